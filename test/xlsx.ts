import { constants as zlibConstants, deflateRawSync } from "node:zlib";
import ExcelJS from "exceljs";
import JSZip from "jszip";

/** An .xlsx whose first sheet holds `rows` (the first being the header row), for import tests. */
export async function makeXlsx(rows: unknown[][], opts: { sheetName?: string; extraSheet?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(opts.sheetName ?? "职工名册");
  for (const row of rows) ws.addRow(row);
  if (opts.extraSheet) wb.addWorksheet("说明").addRow(["这一页不会被读取"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export const WORKER_HEADER = ["工号", "姓名", "班组（科室）", "性别", "学历", "职业资格", "岗位", "出生日期"];

/** A roster row in the template's column order. */
export function workerRow(no: string, name: string, team: string, over: Partial<Record<"gender" | "education" | "skill" | "post" | "birth", unknown>> = {}): unknown[] {
  return [no, name, team, over.gender ?? "男", over.education ?? "高中", over.skill ?? "中级工", over.post ?? "操作工", over.birth ?? "1988-05-20"];
}

/** One entry of a hand-built zip: its raw-deflated bytes and the uncompressed size its headers claim. */
export interface RawZipEntry {
  name: string;
  deflated: Buffer;
  size: number;
}

/**
 * A zip written byte by byte, so that its headers can claim any uncompressed size (zip-bomb tests;
 * no library writes a lying header). CRCs are left 0: readers check them only on request.
 */
export function rawZip(entries: RawZipEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8); // deflate
    local.writeUInt32LE(e.deflated.length, 18);
    local.writeUInt32LE(e.size, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.deflated.length, 20);
    central.writeUInt32LE(e.size, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.deflated);
    centrals.push(central, name);
    offset += local.length + name.length + e.deflated.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/**
 * Raw deflate of `head`, then `times` copies of `block`: each copy is compressed once, flushed to a
 * byte boundary and repeated, so a gigabyte of padding costs a megabyte here and is never held inflated.
 */
export function deflateRepeated(head: Buffer, block: Buffer, times: number): Buffer {
  const flushed = (b: Buffer) => deflateRawSync(b, { finishFlush: zlibConstants.Z_FULL_FLUSH });
  const piece = flushed(block);
  return Buffer.concat([flushed(head), ...Array.from({ length: times }, () => piece), deflateRawSync(Buffer.alloc(0))]);
}

/** The entries of a real workbook as raw-zip entries (honest sizes), for rebuilding it with one part swapped. */
export async function rawEntriesOf(xlsx: Buffer): Promise<RawZipEntry[]> {
  const zip = await JSZip.loadAsync(xlsx);
  const entries: RawZipEntry[] = [];
  for (const f of Object.values(zip.files)) {
    if (f.dir) continue;
    const data = await f.async("nodebuffer");
    entries.push({ name: f.name, deflated: deflateRawSync(data), size: data.length });
  }
  return entries;
}

const xmlEscape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A1-style column letters for a 0-based column index. */
function columnLetters(index: number): string {
  let s = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/**
 * An .xlsx written the way Excel and WPS write one (exceljs writes its own way): every text cell a
 * shared string (`t="s"`, the first occurrence numbering it), rows with spans, a styles part with a
 * Chinese number format and a Chinese sheet name, parts deflated. Text only, which is what rosters hold.
 */
export async function excelStyleXlsx(rows: string[][], opts: { sheetName?: string } = {}): Promise<Buffer> {
  const strings: string[] = [];
  const indexOf = new Map<string, number>();
  let refs = 0;
  const sheetRows = rows.map((cells, r) => {
    const cellXml = cells
      .map((text, c) => {
        if (text === "") return "";
        refs++;
        let i = indexOf.get(text);
        if (i === undefined) {
          i = strings.push(text) - 1;
          indexOf.set(text, i);
        }
        return `<c r="${columnLetters(c)}${r + 1}" t="s"><v>${i}</v></c>`;
      })
      .join("");
    return `<row r="${r + 1}" spans="1:${Math.max(1, cells.length)}" x14ac:dyDescent="0.25">${cellXml}</row>`;
  });
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>`,
  );
  zip.file("_rels/.rels", `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
  zip.file(
    "xl/workbook.xml",
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="${xmlEscape(opts.sheetName ?? "职工名册")}" sheetId="1" r:id="rId1"/></sheets><calcPr calcId="191029"/></workbook>`,
  );
  zip.file(
    "xl/_rels/workbook.xml.rels",
    `${XML_HEAD}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId3" Type="${REL_NS}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId2" Type="${REL_NS}/styles" Target="styles.xml"/><Relationship Id="rId1" Type="${REL_NS}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
  );
  zip.file(
    "xl/styles.xml",
    `${XML_HEAD}<styleSheet xmlns="${MAIN_NS}"><numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts><fonts count="1"><font><sz val="11"/><name val="宋体"/><charset val="134"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="176" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles></styleSheet>`,
  );
  zip.file(
    "xl/sharedStrings.xml",
    `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${refs}" uniqueCount="${strings.length}">${strings.map((s) => `<si><t${/^\s|\s$/.test(s) ? ' xml:space="preserve"' : ""}>${xmlEscape(s)}</t></si>`).join("")}</sst>`,
  );
  zip.file(
    "xl/worksheets/sheet1.xml",
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac"><dimension ref="A1:${columnLetters(Math.max(0, ...rows.map((r) => r.length - 1)))}${rows.length}"/><sheetViews><sheetView tabSelected="1" workbookViewId="0"/></sheetViews><sheetFormatPr defaultRowHeight="13.5" x14ac:dyDescent="0.25"/><sheetData>${sheetRows.join("")}</sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}
