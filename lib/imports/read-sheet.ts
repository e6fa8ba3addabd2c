import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { cellText } from "./cells";
import type { FileProblem } from "./types";

/** Larger files are refused before reading: 20,000 workers take well under 1 MB. */
export const MAX_IMPORT_BYTES = 8 * 1024 * 1024;
/** Data rows per file; the reader stops as soon as a file goes past it. */
export const MAX_IMPORT_ROWS = 50_000;

export interface SheetRow {
  /** The row number Excel shows. */
  number: number;
  /** Cell values, first column at 0. */
  cells: unknown[];
}

export type SheetRead = { ok: true; header: SheetRow; rows: SheetRow[] } | { ok: false; problem: FileProblem };

/** What the first bytes say the file is: an .xlsx is a zip; an old .xls (or an encrypted file) is an OLE container. */
export function sniffSpreadsheet(buf: Buffer): "zip" | "ole" | "other" {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && buf[2] === 0x03 && buf[3] === 0x04) return "zip";
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))) return "ole";
  return "other";
}

const isBlank = (cells: unknown[]) => cells.every((c) => cellText(c) === "");

/** What the entries of a legitimate roster file may add up to once inflated (a guard against zip bombs). */
const MAX_INFLATED_BYTES = 200 * 1024 * 1024;
const EMPTY_SHARED_STRINGS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

type Entry = JSZip.JSZipObject & { _data?: { uncompressedSize?: number } };

/** The zip path of the first tab's worksheet, from xl/workbook.xml and its relationships. */
async function firstSheetPath(zip: JSZip): Promise<string | null> {
  const workbook = await zip.file("xl/workbook.xml")?.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")?.async("string");
  const rid = workbook && /<(?:\w+:)?sheet\b[^>]*?\s(?:\w+:)id="([^"]+)"/.exec(workbook)?.[1];
  if (rid && rels) {
    for (const [rel] of rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
      if (/\bId="([^"]+)"/.exec(rel)?.[1] !== rid) continue;
      const target = /\bTarget="([^"]+)"/.exec(rel)?.[1];
      if (!target) break;
      const path = target.startsWith("/") ? target.slice(1) : `xl/${target.replace(/^\.\//, "")}`;
      if (zip.file(path)) return path;
    }
  }
  // No usable workbook part: the lowest-numbered sheet.
  const sheets = Object.keys(zip.files).filter((n) => /^xl\/worksheets\/sheet\d+\.xml$/.test(n));
  sheets.sort((a, b) => Number(/(\d+)\.xml$/.exec(a)![1]) - Number(/(\d+)\.xml$/.exec(b)![1]));
  return sheets[0] ?? null;
}

/**
 * Rebuilds the workbook as exceljs's streaming reader reads it reliably: relationships, workbook,
 * styles and shared strings first, then the first tab's worksheet alone (streamed, never inflated
 * whole). Its reader mishandles other entry orders, which Excel, WPS and exceljs itself all differ on.
 */
async function canonicalWorkbook(buf: Buffer): Promise<{ ok: true; stream: PassThrough } | { ok: false; problem: FileProblem }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return { ok: false, problem: { message: "imports.file.notXlsx" } };
  }
  const inflated = Object.values(zip.files).reduce((sum, f) => sum + ((f as Entry)._data?.uncompressedSize ?? 0), 0);
  if (inflated > MAX_INFLATED_BYTES) return { ok: false, problem: { message: "imports.file.tooLarge", params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 } } };
  const sheet = await firstSheetPath(zip);
  if (!sheet) return { ok: false, problem: { message: "imports.file.notXlsx" } };
  const out = new JSZip();
  const copy = async (path: string, fallback?: string) => {
    const f = zip.file(path);
    if (f) out.file(path, await f.async("nodebuffer"));
    else if (fallback) out.file(path, fallback);
  };
  await copy("[Content_Types].xml");
  await copy("_rels/.rels");
  await copy("xl/_rels/workbook.xml.rels");
  await copy("xl/workbook.xml");
  await copy("xl/styles.xml");
  await copy("xl/sharedStrings.xml", EMPTY_SHARED_STRINGS);
  out.file("xl/worksheets/sheet1.xml", zip.file(sheet)!.nodeStream());
  // JSZip's stream is a readable-stream one; exceljs wants Node's own.
  const stream = new PassThrough();
  out
    .generateNodeStream({ streamFiles: true, compression: "DEFLATE", compressionOptions: { level: 1 } })
    .on("error", (err) => stream.destroy(err))
    .pipe(stream);
  return { ok: true, stream };
}

/**
 * Reads the first worksheet (in tab order): its first non-empty row is the header row, the non-empty
 * rows after it are data. Streamed, so a huge (or maliciously compressed) sheet is dropped as soon
 * as it passes MAX_IMPORT_ROWS rather than after it has filled memory.
 */
export async function readFirstSheet(buf: Buffer, onRows?: (read: number) => void | Promise<void>): Promise<SheetRead> {
  if (buf.length === 0) return { ok: false, problem: { message: "imports.file.empty" } };
  if (buf.length > MAX_IMPORT_BYTES) return { ok: false, problem: { message: "imports.file.tooLarge", params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 } } };
  const kind = sniffSpreadsheet(buf);
  if (kind === "ole") return { ok: false, problem: { message: "imports.file.oldXls" } };
  if (kind !== "zip") return { ok: false, problem: { message: "imports.file.notXlsx" } };
  const canonical = await canonicalWorkbook(buf);
  if (!canonical.ok) return canonical;

  let header: SheetRow | null = null;
  const rows: SheetRow[] = [];
  let sawSheet = false;
  try {
    const reader = new ExcelJS.stream.xlsx.WorkbookReader(canonical.stream, {
      sharedStrings: "cache",
      hyperlinks: "ignore",
      styles: "cache",
      worksheets: "emit",
      entries: "emit",
    });
    for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet) {
        const cells = (row.values as unknown[]).slice(1);
        if (isBlank(cells)) continue;
        if (!header) {
          header = { number: row.number, cells };
          continue;
        }
        rows.push({ number: row.number, cells });
        if (rows.length > MAX_IMPORT_ROWS) return { ok: false, problem: { message: "imports.file.tooManyRows", params: { max: MAX_IMPORT_ROWS } } };
        if (onRows && rows.length % 2000 === 0) await onRows(rows.length);
      }
    }
  } catch {
    return { ok: false, problem: { message: "imports.file.notXlsx" } };
  }
  if (!sawSheet) return { ok: false, problem: { message: "imports.file.notXlsx" } };
  if (!header || rows.length === 0) return { ok: false, problem: { message: "imports.file.empty" } };
  return { ok: true, header, rows };
}
