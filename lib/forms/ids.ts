const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids from the client (bound arguments, form fields, URLs) are untrusted text until this says otherwise. */
export function isUuid(value: unknown): value is string {
  return typeof value === "string" && UUID.test(value);
}
