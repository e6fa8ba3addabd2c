import { z } from "zod";

/** A required line of text, trimmed; FormData's null (field absent) reads as empty. Messages are i18n keys. */
export function requiredText(max: number) {
  return z.preprocess((v) => v ?? "", z.string().trim().min(1, "validation.required").max(max, `validation.tooLong|${max}`));
}

/** An optional line of text, trimmed: empty becomes null (the stored "nothing"). */
export function optionalText(max: number) {
  return z.preprocess(
    (v) => v ?? "",
    z
      .string()
      .trim()
      .max(max, `validation.tooLong|${max}`)
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
