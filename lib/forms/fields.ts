import { z } from "zod";
import { isCalendarDate } from "@/lib/time";

/*
 * Text fields refuse what PostgreSQL cannot store or a page cannot show as typed: a NUL (a text column
 * refuses it: a 500), other control characters, and half of a surrogate pair (JSON's "\ud800" escape,
 * stored as U+FFFD, silently changed). Tabs and line breaks are text in a multi-line field only.
 */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const CONTROL_IN_LINE = /[\u0000-\u001f\u007f]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Whether `text` holds only characters a text field keeps as typed. */
export function isCleanText(text: string, { multiline = false } = {}): boolean {
  return !(multiline ? CONTROL : CONTROL_IN_LINE).test(text) && !LONE_SURROGATE.test(text);
}

/** A string refused with a field message when it holds control characters or lone surrogates. */
export function cleanString(multiline = true) {
  return z.string().refine((v) => isCleanText(v, { multiline }), "validation.controlCharacters");
}

/** A list's search box from the URL, trimmed; control characters or more than `max` characters read as no search. */
export function searchText(max = 50) {
  return cleanString(false).trim().max(max).optional().catch(undefined);
}

/** A list's page number from the URL; anything but a whole number from 1 to `max` reads as the first page. */
export function pageNumber(max = 100_000) {
  return z.coerce.number().int().min(1).max(max).default(1).catch(1);
}

/** A required line of text, trimmed; FormData's null (field absent) reads as empty. Messages are i18n keys. */
export function requiredText(max: number, { multiline = false } = {}) {
  return z.preprocess((v) => v ?? "", cleanString(multiline).trim().min(1, "validation.required").max(max, "validation.tooLong"));
}

/** An optional line of text, trimmed: empty becomes null (the stored "nothing"). */
export function optionalText(max: number, { multiline = false } = {}) {
  return z.preprocess(
    (v) => v ?? "",
    cleanString(multiline)
      .trim()
      .max(max, "validation.tooLong")
      .transform((v) => (v === "" ? null : v)),
  );
}

/**
 * A required day typed as YYYY-MM-DD (what a date input sends), trimmed. Anything else (a day not in the
 * calendar, year 0, another format, a datetime, a number in a JSON body) is "validation.date", never a
 * value PostgreSQL would refuse with a 500. Bounds are the caller's: `.refine` them on.
 */
export function dateText() {
  return z.preprocess(
    (v) => v ?? "",
    z
      .string({ error: "validation.date" })
      .trim()
      .min(1, { message: "validation.required", abort: true })
      // abort: one message per field; the caller's bounds only judge a real day.
      .refine(isCalendarDate, { message: "validation.date", abort: true }),
  );
}

/** An optional day as `dateText` reads it: empty (or only spaces) becomes null, the stored "nothing". */
export function optionalDateText() {
  return z.preprocess(
    (v) => v ?? "",
    z
      .string({ error: "validation.date" })
      .trim()
      .refine((v) => v === "" || isCalendarDate(v), { message: "validation.date", abort: true })
      .transform((v) => (v === "" ? null : v)),
  );
}

/** A choice from an `as const` enum; an empty choice reads as "required". */
export function choice<T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess((v) => (v === "" || v === null ? undefined : v), z.enum(values, { error: (i) => (i.input === undefined ? "validation.required" : "validation.invalidOption") }));
}

const PLAIN_DECIMAL = /^[+-]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number typed as plain decimal digits ("12", "4.5"), else NaN. `Number()` alone would also take
 * "1e2", "0x10" and "Infinity", which no one types into a score or an hours field on purpose.
 */
export function parseDecimal(text: string): number {
  return PLAIN_DECIMAL.test(text) ? Number(text) : Number.NaN;
}
