import type { z } from "zod";

/**
 * The one answer shape of every server action, JSON route and data-layer mutation.
 * Messages are i18n keys with their values, never raw error text: the client renders
 * `t(message.key, message.values)` in the user's language.
 */
export type MessageValues = Record<string, string | number>;
export type Message = { key: string; values?: MessageValues };
export type FieldErrors = Record<string, Message[] | undefined>;

/**
 * A form's server action as a client form receives it, its ids bound by the server page
 * (`action.bind(null, id)` there), never by `.bind` in the client component: bound in the browser's
 * render, each render makes a new reference whose bound id is still to be encoded, and the answer to a
 * form posted without JavaScript never finished rendering (the server spun on it at full CPU).
 */
export type FormAction<T = undefined> = (prev: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>;

/**
 * What went wrong, as a machine reads it; the HTTP status of each code is fixed here and only here.
 * - bad_request: not a request this endpoint understands (no JSON object, an unknown kind or action).
 * - invalid_input: the request itself is wrong (a field, a rule on what was typed).
 * - conflict: the request was fine but the data moved on (someone else handled it, a version changed,
 *   the thing is in a state that does not allow it).
 * - period_closed: the evaluation year it belongs to is closed (read-only until the office reopens it).
 */
export const ERROR_STATUS = {
  bad_request: 400,
  invalid_input: 422,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  period_closed: 409,
  too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
} as const;
export type ErrorCode = keyof typeof ERROR_STATUS;

export type Refused = {
  ok: false;
  code: ErrorCode;
  message?: Message;
  fieldErrors?: FieldErrors;
  /** Safe fields to show again after a refused submission (never passwords). */
  values?: Record<string, string>;
};
export type Succeeded<T> = { ok: true; data?: T; message?: Message };
export type ActionResult<T = undefined> = Succeeded<T> | Refused;

export const message = (key: string, values?: MessageValues): Message => (values ? { key, values } : { key });

/** A refusal: `code` says what kind, `key` (with `values`) what the user reads. */
export function refuse(code: ErrorCode, key: string, values?: MessageValues): Refused {
  return { ok: false, code, message: message(key, values) };
}

/** Field errors, each field's messages as keys (or keys with values). */
export function invalid(fieldErrors: Record<string, (string | Message)[] | undefined>): Refused {
  const out: FieldErrors = {};
  for (const [field, list] of Object.entries(fieldErrors)) out[field] = list?.map((m) => (typeof m === "string" ? message(m) : m));
  return { ok: false, code: "invalid_input", fieldErrors: out };
}

/** Success, with what to tell the user and what the caller needs (a new row's id, a count). */
export function done<T = undefined>(key?: string, data?: T, values?: MessageValues): Succeeded<T> {
  return { ok: true, ...(data === undefined ? {} : { data }), ...(key ? { message: message(key, values) } : {}) };
}

/**
 * A zod error as field errors. The numbers a message needs come from the issue itself (a `max` of
 * 500 gives `{ n: 500 }`, a custom issue passes `params`), so schemas name plain keys.
 */
const MESSAGE_KEY = /^[a-zA-Z]+(\.[a-zA-Z0-9_]+)+$/;

export function fieldErrorsOf(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    // Forms are flat: an error inside a list (attendees.3) belongs to the list's field.
    const key = issue.path.length ? String(issue.path[0]) : "_form";
    // A schema's own messages are keys; zod's defaults (a field missing altogether, a wrong type) are not.
    (out[key] ??= []).push(MESSAGE_KEY.test(issue.message) ? message(issue.message, issueValues(issue)) : message("errors.invalidInput"));
  }
  return out;
}

/** The numbers a zod issue's message needs: a custom issue's `params`, a bound's limit as `n`. */
export function issueValues(issue: z.core.$ZodIssue): MessageValues | undefined {
  if (issue.code === "custom" && issue.params) return issue.params as MessageValues;
  if (issue.code === "too_big") return { n: Number(issue.maximum) };
  // A string's min(1) is "required": nothing to count.
  if (issue.code === "too_small") return issue.origin === "string" && Number(issue.minimum) === 1 ? undefined : { n: Number(issue.minimum) };
  return undefined;
}

/** The HTTP status of a result: one table, so a JSON route never guesses from a message. */
export function httpStatusOf(result: ActionResult<unknown>, okStatus = 200): number {
  return result.ok ? okStatus : ERROR_STATUS[result.code];
}

/** A stored or older answer (the phone's outbox keeps them) whose message may still be a plain key. */
export function asMessage(value: unknown): Message | null {
  if (typeof value === "string") return message(value);
  if (value && typeof value === "object" && typeof (value as Message).key === "string") return value as Message;
  return null;
}
