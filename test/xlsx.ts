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
