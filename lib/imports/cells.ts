/**
 * Turning what exceljs reads from a cell into text the row schemas can judge (pure, unit-tested).
 * Spreadsheets hold numbers where people meant text (工号 12345), dates as serial numbers, rich
 * text, formulas and full-width characters typed with a Chinese input method.
 */

/** Odd spaces (no-break, ideographic, zero-width, BOM) become plain ones, and the ends are trimmed. Text is otherwise kept as typed. */
export function normaliseText(s: string): string {
  return s.replace(/[\u00a0\u3000\u200b\ufeff]/g, " ").trim();
}

/**
 * Full-width ASCII (ＡＢＣ１２３，（）) folded to its plain forms: for comparing, and for fields that
 * are codes rather than prose (employee numbers, dates). Names keep their full-width punctuation.
 */
export function foldWidth(s: string): string {
  return s.normalize("NFKC");
}

export function isoDate(d: Date): string {
  return d.toISOString().slice(0, 10);
}

/** The text a person sees in a cell. */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return normaliseText(value);
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDate(value);
  if (typeof value === "object") {
    const v = value as { richText?: { text?: string }[]; result?: unknown; formula?: string; text?: unknown; error?: string };
    if (Array.isArray(v.richText)) return normaliseText(v.richText.map((r) => r.text ?? "").join(""));
    if ("formula" in v || "sharedFormula" in v) return cellText(v.result);
    if ("text" in v) return cellText(v.text);
    if ("error" in v) return "";
  }
  return normaliseText(String(value));
}

// Excel counts days from 1899-12-30 (with its 1900 leap-year bug already folded in from March 1900).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/**
 * A date cell as YYYY-MM-DD when it can be read as one: a date, an Excel serial number, or text such
 * as 1985-3-12, 1985/03/12, 1985.3.12, 1985年3月12日 or 19850312. Anything else comes back as its
 * text, for the schema to refuse with a message.
 */
export function cellDate(value: unknown): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : isoDate(value);
  if (typeof value === "number" && Number.isFinite(value) && value >= 1 && value < 110_000) {
    return isoDate(new Date(EXCEL_EPOCH + Math.round(value) * 86_400_000));
  }
  if (typeof value === "object" && value !== null && "result" in value) return cellDate((value as { result: unknown }).result);
  const text = foldWidth(cellText(value));
  const m = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/.exec(text) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(text);
  if (m) return `${m[1]}-${m[2]!.padStart(2, "0")}-${m[3]!.padStart(2, "0")}`;
  return text;
}

/** A header as compared: width-folded, no spaces, no required-marks (*, ＊, 必填), lower case. */
export function normaliseHeader(s: string): string {
  return foldWidth(normaliseText(s))
    .replace(/\s+/g, "")
    .replace(/[*]|\(必填\)|必填/g, "")
    .toLowerCase();
}

/** A name (unit, team) as stored: trimmed, inner runs of spaces collapsed. */
export function normaliseName(s: string): string {
  return normaliseText(s).replace(/\s+/g, " ");
}

/** A name as matched: 一厂（甲班） and 一厂(甲班) are the same team. */
export function nameKey(s: string): string {
  return foldWidth(normaliseName(s)).replace(/\s+/g, " ");
}
