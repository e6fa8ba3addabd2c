/**
 * NOTE: a server action's arguments are whatever the request encoded: a forged call can put a string,
 * null or a plain object where the action expects its FormData. Anything but a FormData reads as an
 * empty form, which every schema refuses (a missing field), instead of a TypeError and a 500.
 */
export function formDataOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}
