import { z } from "zod";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from the client (bound arguments, form fields, URLs) are untrusted text until this says otherwise. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}

/** An id field of a form or JSON body: a uuid, or the field message "not one of the choices". */
export const idSchema = z.string().regex(UUID, "validation.invalidOption");

/** PostgreSQL's integer ceiling: a version above it can match no row, and SQL would fail on it. */
const MAX_VERSION = 2 ** 31 - 1;

/**
 * A row version from the client (a form field's digits or a JSON number), else -1, which matches no
 * row, so the guarded update answers "someone else handled it". `true`, "1e308", 2^31 are not versions.
 */
export function versionFrom(value: unknown): number {
  const v = typeof value === "number" ? value : typeof value === "string" && /^\d{1,10}$/.test(value) ? Number(value) : Number.NaN;
  return Number.isInteger(v) && v > 0 && v <= MAX_VERSION ? v : -1;
}

/** A form's or body's `version` field, read by `versionFrom` (never refused here: the guard answers it). */
export const versionField = z.unknown().optional().transform(versionFrom);
