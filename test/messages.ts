import type { FieldErrors, Message } from "@/lib/actions/result";

/** A message as compact text for test tables: its key, with `|n` when it carries a number. */
export function messageText(m: Message): string {
  return m.values?.n === undefined ? m.key : `${m.key}|${m.values.n}`;
}

/** Field errors as compact text (see `messageText`). */
export function errorTexts(errors: FieldErrors | undefined): Record<string, string[]> {
  return Object.fromEntries(Object.entries(errors ?? {}).map(([field, list]) => [field, (list ?? []).map(messageText)]));
}
