import { normaliseHeader } from "./cells";
import type { ImportColumn } from "./columns";

/**
 * Header matching and duplicate finding for the Excel imports (pure, unit-tested).
 */

export type HeaderMatch<K extends string> =
  | { ok: true; index: Record<K, number | undefined>; headers: Record<K, string | undefined> }
  | { ok: false; missing: string[]; unknown: string[]; repeated: string[] };

/**
 * Finds each column in the header row, in any order, by its header or an alias. Required columns
 * must be there; a header that is neither a column nor an export-only column is refused (it is most
 * likely a typo or the wrong template); empty header cells are ignored.
 */
export function matchHeaders<K extends string>(
  headerRow: readonly string[],
  columns: readonly ImportColumn<K>[],
  ignored: readonly string[] = [],
): HeaderMatch<K> {
  const byName = new Map<string, ImportColumn<K>>();
  for (const col of columns) for (const name of [col.header, col.headerEn, ...col.aliases]) byName.set(normaliseHeader(name), col);
  const ignore = new Set(ignored.map(normaliseHeader));
  const index = {} as Record<K, number | undefined>;
  const headers = {} as Record<K, string | undefined>;
  const unknown: string[] = [];
  const repeated: string[] = [];
  headerRow.forEach((raw, i) => {
    const name = normaliseHeader(raw);
    if (!name) return;
    const col = byName.get(name);
    if (!col) return ignore.has(name) ? undefined : unknown.push(raw.trim());
    if (index[col.key] !== undefined) return repeated.push(raw.trim());
    index[col.key] = i;
    headers[col.key] = raw.trim();
  });
  const missing = columns.filter((c) => c.required && index[c.key] === undefined).map((c) => c.header);
  if (missing.length || unknown.length || repeated.length) return { ok: false, missing, unknown, repeated };
  return { ok: true, index, headers };
}

/** For each key seen more than once, every later occurrence with the row where it first appeared. */
export function findRepeats(items: readonly { key: string; row: number }[]): Map<number, number> {
  const first = new Map<string, number>();
  const repeats = new Map<number, number>();
  for (const { key, row } of items) {
    const seen = first.get(key);
    if (seen === undefined) first.set(key, row);
    else repeats.set(row, seen);
  }
  return repeats;
}

