import "server-only";
import { PassThrough } from "node:stream";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { asciiXmlStream, toAsciiXml } from "./ascii-xml";
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

/**
 * What the entries of a file may add up to once inflated (a guard against zip bombs): a roster at
 * the row limit inflates to about 20 MB.
 */
export const MAX_INFLATED_BYTES = 100 * 1024 * 1024;
const EMPTY_SHARED_STRINGS = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="0" uniqueCount="0"/>';

type Entry = JSZip.JSZipObject & { _data?: { uncompressedSize?: number } };

const inflatesTooLarge: FileProblem = { message: "imports.file.inflatesTooLarge", params: { mb: MAX_INFLATED_BYTES / 1024 / 1024 } };
const damaged: FileProblem = { message: "imports.file.notXlsx" };

/** The inflated bytes a file may still take; `problem` is set once an entry overstepped. */
interface InflateBudget {
  left: number;
  problem: FileProblem | null;
}

/**
 * NOTE: a zip's sizes are the sender's word. An entry is inflated as a stream and its bytes counted
 * as they come: the moment it passes the size its header declared (a lying header) or what is left
 * of the file's budget, inflating stops and the stream ends early with `budget.problem` set, so no
 * header can make us inflate more than the cap. It never errors: readers downstream (JSZip's input,
 * exceljs's) drop or never hear a stream's error and hang or crash, so callers check the budget.
 */
function inflateCounted(entry: Entry, budget: InflateBudget): PassThrough {
  const declared = entry._data?.uncompressedSize ?? 0;
  let seen = 0;
  const out = new PassThrough();
  const source = entry.nodeStream("nodebuffer");
  const stop = (problem: FileProblem) => {
    budget.problem ??= problem;
    source.removeAllListeners("data");
    source.pause();
    (source as { destroy?: () => void }).destroy?.();
    out.end();
  };
  source.on("data", (chunk: Buffer) => {
    seen += chunk.length;
    budget.left -= chunk.length;
    if (seen > declared) return stop(damaged);
    if (budget.left < 0) return stop(inflatesTooLarge);
    if (!out.write(chunk)) {
      source.pause();
      out.once("drain", () => source.resume());
    }
  });
  // JSZip reports a short entry (fewer bytes than declared) or broken deflate data this way.
  source.on("error", () => stop(damaged));
  source.on("end", () => out.end());
  return out;
}

async function inflateWhole(entry: Entry, budget: InflateBudget): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of inflateCounted(entry, budget)) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The zip path of the first tab's worksheet, from xl/workbook.xml and its relationships. */
async function firstSheetPath(zip: JSZip, part: (path: string) => Promise<Buffer | undefined>): Promise<string | null> {
  const workbook = (await part("xl/workbook.xml"))?.toString("utf8");
  const rels = (await part("xl/_rels/workbook.xml.rels"))?.toString("utf8");
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
 * styles and shared strings first, then the first tab's worksheet alone (shared strings and worksheet
 * streamed, never inflated whole). Its reader mishandles other entry orders, which Excel, WPS and
 * exceljs itself all differ on, and cuts characters at chunk borders, so every part is written in
 * ASCII (see ascii-xml.ts).
 */
async function canonicalWorkbook(buf: Buffer): Promise<{ ok: true; stream: PassThrough; budget: InflateBudget } | { ok: false; problem: FileProblem }> {
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(buf);
  } catch {
    return { ok: false, problem: damaged };
  }
  // What the central directory declares, before anything is inflated; each entry is then held to its word.
  const declared = Object.values(zip.files).reduce((sum, f) => sum + ((f as Entry)._data?.uncompressedSize ?? 0), 0);
  if (declared > MAX_INFLATED_BYTES) return { ok: false, problem: inflatesTooLarge };
  const budget: InflateBudget = { left: MAX_INFLATED_BYTES, problem: null };
  const parts = new Map<string, Promise<Buffer | undefined>>();
  const part = (path: string) => {
    if (!parts.has(path)) {
      const f = zip.file(path);
      parts.set(path, f ? inflateWhole(f, budget) : Promise.resolve(undefined));
    }
    return parts.get(path)!;
  };
  const out = new JSZip();
  const copy = async (path: string) => {
    const data = await part(path);
    if (data) out.file(path, toAsciiXml(data));
  };
  let sheet: string | null;
  try {
    sheet = await firstSheetPath(zip, part);
    if (!sheet) return { ok: false, problem: damaged };
    await copy("[Content_Types].xml");
    await copy("_rels/.rels");
    await copy("xl/_rels/workbook.xml.rels");
    await copy("xl/workbook.xml");
    await copy("xl/styles.xml");
  } catch {
    return { ok: false, problem: budget.problem ?? damaged };
  }
  if (budget.problem) return { ok: false, problem: budget.problem };
  const sharedStrings = zip.file("xl/sharedStrings.xml");
  out.file("xl/sharedStrings.xml", sharedStrings ? inflateCounted(sharedStrings, budget).pipe(asciiXmlStream()) : EMPTY_SHARED_STRINGS);
  out.file("xl/worksheets/sheet1.xml", inflateCounted(zip.file(sheet)!, budget).pipe(asciiXmlStream()));
  // JSZip's stream is a readable-stream one; exceljs wants Node's own.
  const stream = new PassThrough();
  out
    .generateNodeStream({ streamFiles: true, compression: "DEFLATE", compressionOptions: { level: 1 } })
    .on("error", (err) => stream.destroy(err))
    .pipe(stream);
  return { ok: true, stream, budget };
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
    return { ok: false, problem: canonical.budget.problem ?? damaged };
  }
  // A worksheet cut off while inflating may look like a short one to the reader: refuse it all the same.
  if (canonical.budget.problem) return { ok: false, problem: canonical.budget.problem };
  if (!sawSheet) return { ok: false, problem: { message: "imports.file.notXlsx" } };
  if (!header || rows.length === 0) return { ok: false, problem: { message: "imports.file.empty" } };
  return { ok: true, header, rows };
}
