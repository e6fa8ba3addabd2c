import type { z } from "zod";
import { cellDate, cellText, foldWidth } from "./cells";
import type { ImportColumn } from "./columns";
import { choiceLabels, enumFromLabel } from "./labels";
import type { SheetRow } from "./read-sheet";
import type { HeaderMatch } from "./rules";
import type { FileProblem, ImportEvent, ImportOutcome, RowProblem } from "./types";
import { issueValues } from "@/lib/actions/result";

/** A cell's text as its column reads it: dates as YYYY-MM-DD, codes width-folded, the rest as typed. */
export function columnText(col: ImportColumn, raw: unknown): string {
  if (col.date) return cellDate(raw);
  return col.code ? foldWidth(cellText(raw)) : cellText(raw);
}

const REPLACEMENT_CHARACTER = "\ufffd";

/** At most this many problems are listed; the count of the rest is reported. */
export const MAX_LISTED_PROBLEMS = 5000;

/** The problems found in a file, each tied to an Excel row and column. */
export class ProblemList {
  readonly listed: RowProblem[] = [];
  readonly badRows = new Set<number>();
  more = 0;

  add(problem: RowProblem): void {
    this.badRows.add(problem.row);
    if (this.listed.length < MAX_LISTED_PROBLEMS) this.listed.push(problem);
    else this.more++;
  }

  get any(): boolean {
    return this.badRows.size > 0;
  }

  outcome(rows: number): ImportOutcome {
    const problems = [...this.listed].sort((a, b) => a.row - b.row);
    return { ok: false, rows, badRows: this.badRows.size, problems, moreProblems: this.more };
  }
}

export function headerProblem(match: Extract<HeaderMatch<string>, { ok: false }>): FileProblem {
  if (match.missing.length) return { message: "imports.file.missingHeaders", headers: match.missing };
  if (match.repeated.length) return { message: "imports.file.repeatedHeaders", headers: match.repeated };
  return { message: "imports.file.unknownHeaders", headers: match.unknown };
}

export interface ParsedRow<T> {
  row: number;
  values: T;
  /** Cell text per column, as read. */
  text: Record<string, string>;
}

export type Progress = (event: Extract<ImportEvent, { type: "progress" }>) => void | Promise<void>;

/**
 * Reads every row's cells into the shape of `schema` (labels of choices into enum values, dates into
 * YYYY-MM-DD) and validates it, listing each bad cell with the header it sits under. Returns the good
 * rows; bad ones are only in `problems`.
 */
export async function validateRows<K extends string, T>(
  rows: readonly SheetRow[],
  columns: readonly ImportColumn<K>[],
  match: Extract<HeaderMatch<K>, { ok: true }>,
  schema: z.ZodType<T>,
  problems: ProblemList,
  onProgress: Progress,
): Promise<ParsedRow<T>[]> {
  const good: ParsedRow<T>[] = [];
  const headerOf = (key: string) => match.headers[key as K] ?? columns.find((c) => c.key === key)?.header ?? null;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const text: Record<string, string> = {};
    const input: Record<string, unknown> = {};
    const flagged = new Set<string>();
    for (const col of columns) {
      const at = match.index[col.key];
      const raw = at === undefined ? undefined : row.cells[at];
      const value = columnText(col, raw);
      text[col.key] = value;
      input[col.key] = value;
      // U+FFFD is what a broken file or reader leaves where a character was lost: never store it.
      if (value.includes(REPLACEMENT_CHARACTER)) {
        flagged.add(col.key);
        problems.add({ row: row.number, column: headerOf(col.key), value, message: "imports.error.unreadableText" });
      } else if (col.enum && value !== "") {
        const v = enumFromLabel(col.enum, value);
        if (v === null) {
          flagged.add(col.key);
          problems.add({ row: row.number, column: headerOf(col.key), value, message: "imports.error.notAChoice", params: { choices: choiceLabels(col.enum).join("、") } });
        } else input[col.key] = v;
      }
    }
    const parsed = schema.safeParse(input);
    if (parsed.success && !flagged.size) good.push({ row: row.number, values: parsed.data, text });
    else if (!parsed.success) {
      const seen = new Set<string>();
      for (const issue of parsed.error.issues) {
        const key = String(issue.path[0] ?? "");
        if (flagged.has(key) || seen.has(key)) continue;
        seen.add(key);
        problems.add({ row: row.number, column: headerOf(key), value: text[key] ?? "", message: issue.message, params: issueValues(issue) });
      }
    }
    if ((i + 1) % 2000 === 0) await onProgress({ type: "progress", phase: "checking", done: i + 1, total: rows.length });
  }
  await onProgress({ type: "progress", phase: "checking", done: rows.length, total: rows.length });
  return good;
}
