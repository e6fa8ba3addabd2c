import type { z } from "zod";

/** What every server action returns. Messages and field errors are i18n keys, never raw error text. */
export type ActionResult<T = undefined> =
  | { ok: true; data?: T; message?: string }
  | {
      ok: false;
      message?: string;
      fieldErrors?: Record<string, string[] | undefined>;
      /** Safe fields to show again after a refused submission (never passwords). */
      values?: Record<string, string>;
    };

export function fieldErrorsOf(error: z.ZodError): Record<string, string[] | undefined> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    // Forms are flat: an error inside a list (attendees.3) belongs to the list's field.
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    (out[key] ??= []).push(issue.message);
  }
  return out;
}
