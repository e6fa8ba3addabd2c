/**
 * NOTE: a server action's arguments are whatever the request encoded: a forged call can put a string,
 * null or a plain object where the action expects its FormData. Anything but a FormData reads as an
 * empty form, which every schema refuses (a missing field), instead of a TypeError and a 500.
 */
export function formDataOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** A form's fields by name, the first value of each: what a schema reads when its form has no reader of its own (the browser's check and the action's). */
export function firstValues(formData: FormData): Record<string, FormDataEntryValue> {
  const out: Record<string, FormDataEntryValue> = {};
  for (const [k, v] of formData) if (!(k in out)) out[k] = v;
  return out;
}
