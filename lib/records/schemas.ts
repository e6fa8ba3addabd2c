import { z } from "zod";
import { RECORD_KINDS, RECORD_STATUSES, type RecordKind } from "@/lib/domain/enums";
import { KINDS, type FieldDef } from "./kinds";
import type { RecordValues } from "./values";
import { cleanString, dateText, pageNumber, parseDecimal, searchText } from "@/lib/forms/fields";
import { chinaToday, isCalendarDate } from "@/lib/time";
import { idSchema } from "@/lib/forms/ids";

/**
 * Zod schemas for record forms, built from lib/records/kinds.ts and shared by the form (checked in the
 * browser before sending) and its server action. Messages are i18n keys; a number a message needs (a maximum) comes from the zod issue (see fieldErrorsOf).
 */


/** One field of a record form, by its definition in kinds.ts. */
export function fieldSchema(field: FieldDef, today: string): z.ZodType {
  switch (field.type) {
    case "text":
    case "textarea": {
      const base = cleanString().trim().max(field.max, "validation.tooLong");
      return field.required ? base.min(1, "validation.required") : base.optional().transform((v) => v || undefined);
    }
    case "date":
      return dateText()
        .refine((v) => v <= today, "validation.futureDate")
        .refine((v) => v >= `${Number(today.slice(0, 4)) - 1}-01-01`, "validation.tooOld");
    case "number": {
      let n = z.number({ error: "validation.number" }).min(field.min, "validation.min").max(field.max, "validation.max");
      if (field.integer) n = n.int("validation.integer");
      // Hours in half hours, money in fen: what the input's step allows is what the server accepts.
      else n = n.refine((v) => Math.abs(v / field.step - Math.round(v / field.step)) < 1e-4, { message: "validation.step", params: { n: field.step } });
      const fromText = z
        .string()
        .trim()
        .transform((v, ctx) => {
          if (v === "") return undefined;
          const num = parseDecimal(v);
          if (!Number.isFinite(num)) {
            ctx.addIssue({ code: "custom", message: "validation.number" });
            return z.NEVER;
          }
          return num;
        });
      return field.required
        ? fromText.pipe(z.number({ error: "validation.required" }).pipe(n))
        : fromText.pipe(n.optional());
    }
    case "boolean":
      return z.boolean();
    case "select":
      return field.required
        ? z.enum(field.options as [string, ...string[]], { error: "validation.required" })
        : z.enum(field.options as [string, ...string[]], { error: "validation.invalidOption" }).optional();
    case "multiselect":
      return z
        .array(z.enum(field.options as [string, ...string[]], { error: "validation.invalidOption" }))
        .min(field.min, "validation.chooseOne")
        .transform((v) => [...new Set(v)]);
    case "workers":
      return z
        .array(idSchema)
        .transform((v) => [...new Set(v)])
        .pipe(z.array(z.string()).min(field.min, "validation.minWorkers").max(field.max, "validation.maxWorkers"));
    case "team":
      return z
        .string()
        .transform((v) => v || undefined)
        .pipe(idSchema.optional());
  }
}

/** A kind's record form: the raw input (a form's strings, a JSON body) in, the kind's typed values out. */
export function recordInputSchema(kind: RecordKind, today = chinaToday()): z.ZodType<RecordValues, RecordInput> {
  const def = KINDS[kind];
  const shape: Record<string, z.ZodType> = {};
  for (const field of def.fields) shape[field.name] = fieldSchema(field, today);
  return z.object(shape).superRefine((value, ctx) => {
    for (const [a, b] of def.notMoreThan ?? []) {
      const va = value[a] as number | undefined;
      const vb = value[b] as number | undefined;
      if (va !== undefined && vb !== undefined && va > vb) {
        ctx.addIssue({ code: "custom", path: [a], message: `validation.notMoreThan.${a}` });
      }
    }
  }) as unknown as z.ZodType<RecordValues, RecordInput>;
}

/** A record as sent: a form's fields (lists as arrays, checkboxes as booleans) or a JSON body's `values`. */
export type RecordInput = Record<string, unknown>;

/** Reads a record form's FormData into the plain shape the schema expects (FormData holds only strings). */
export function readRecordForm(kind: RecordKind, formData: FormData): RecordInput {
  const out: RecordInput = {};
  for (const field of KINDS[kind].fields) {
    switch (field.type) {
      case "boolean":
        out[field.name] = ["on", "true", "1"].includes(String(formData.get(field.name) ?? ""));
        break;
      case "multiselect":
      case "workers":
        out[field.name] = formData.getAll(field.name).map(String);
        break;
      default: {
        const v = formData.get(field.name);
        out[field.name] = typeof v === "string" ? v : "";
      }
    }
  }
  return out;
}

export const recordKindSchema = z.enum(RECORD_KINDS);

export const rejectSchema = z.object({
  reason: cleanString().trim().min(2, "validation.reasonRequired").max(500, "validation.tooLong"),
});

export const reopenSchema = rejectSchema;

const optionalUuid = idSchema.optional().catch(undefined);
const optionalDate = z.string().refine(isCalendarDate).optional().catch(undefined);

/** URL filters of record lists and review queues; bad values fall back to "no filter". */
export const recordListFiltersSchema = z.object({
  kind: z.enum(RECORD_KINDS).optional().catch(undefined),
  status: z.enum(RECORD_STATUSES).optional().catch(undefined),
  from: optionalDate,
  to: optionalDate,
  team: optionalUuid,
  unit: optionalUuid,
  q: searchText(),
  page: pageNumber(),
});
export type RecordListFilters = z.infer<typeof recordListFiltersSchema>;

/** The query string of a filtered list, without empty values (for export links and pagination). */
export function filterQuery(filters: Partial<RecordListFilters>, extra: Record<string, string> = {}): string {
  const entries = Object.entries({ ...filters, ...extra }).filter(([k, v]) => k !== "page" && v !== undefined && v !== "");
  return new URLSearchParams(entries.map(([k, v]) => [k, String(v)])).toString();
}

/** The record list filtered to `filters`: every link into the list is written here, so its field names live in one place. */
export function recordListHref(filters: Partial<RecordListFilters>): string {
  const query = filterQuery(filters);
  return query ? `/records?${query}` : "/records";
}
