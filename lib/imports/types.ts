/** What an import reports back to the browser (shared by the route handlers and the import page). */

/** One problem in one cell (or one row, when `column` is null). `message` is an i18n key. */
export interface RowProblem {
  row: number;
  column: string | null;
  value: string;
  message: string;
  params?: Record<string, string | number>;
}

/** A problem with the file as a whole: nothing was read row by row. */
export interface FileProblem {
  message: string;
  params?: Record<string, string | number>;
  /** Header names, for missing / unknown / repeated headers. */
  headers?: string[];
}

export type ImportOutcome =
  | { ok: true; rows: number; summary: Record<string, number> }
  | { ok: false; fileProblem: FileProblem }
  | { ok: false; rows: number; badRows: number; problems: RowProblem[]; moreProblems: number };

export type ImportPhase = "reading" | "checking" | "writing";

/** The lines of an import's response (NDJSON): progress as it goes, then one outcome. */
export type ImportEvent =
  | { type: "progress"; phase: ImportPhase; done: number; total: number | null }
  | { type: "outcome"; outcome: ImportOutcome }
  | { type: "error"; message: string };
