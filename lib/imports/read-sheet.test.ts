import fs from "node:fs";
import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
// exceljs's own zip library (a dependency of exceljs), used here to reorder a workbook's entries.
import JSZip from "jszip";
import { createRandom } from "@/db/seed/random";
import { excelStyleXlsx } from "@/test/xlsx";
import { cellText } from "./cells";
import { MAX_IMPORT_ROWS, readFirstSheet } from "./read-sheet";

async function workbook(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("名册");
  for (const r of rows) ws.addRow(r);
  wb.addWorksheet("说明").addRow(["not read"]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

describe("reading the first worksheet", () => {
  it("reads header and data rows, skipping blank rows, with Excel's row numbers", async () => {
    const read = await readFirstSheet(await workbook([["工号", "姓名"], ["A1", "张三"], [], ["A2", "李四"]]));
    expect(read).toEqual({
      ok: true,
      header: { number: 1, cells: ["工号", "姓名"] },
      rows: [
        { number: 2, cells: ["A1", "张三"] },
        { number: 4, cells: ["A2", "李四"] },
      ],
    });
  });

  it("reads a workbook whatever order its zip entries come in (writers differ; exceljs tripped on some)", async () => {
    const zip = await JSZip.loadAsync(await workbook([["工号", "出生日期"], ["A1", new Date(Date.UTC(1985, 2, 12))]]));
    const names = Object.keys(zip.files).filter((n) => !zip.files[n]!.dir);
    const rng = createRandom(7);
    for (let round = 0; round < 60; round++) {
      const order = [...names];
      for (let i = order.length - 1; i > 0; i--) {
        const j = rng.int(0, i);
        [order[i], order[j]] = [order[j]!, order[i]!];
      }
      const out = new JSZip();
      for (const n of order) out.file(n, await zip.files[n]!.async("nodebuffer"));
      const read = await readFirstSheet(await out.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
      expect(read.ok, order.join(" ")).toBe(true);
      if (!read.ok) return;
      expect(read.rows[0]!.cells[0]).toBe("A1");
      expect(read.rows[0]!.cells[1]).toEqual(new Date(Date.UTC(1985, 2, 12)));
    }
  });

  it("reads the first tab, wherever its file sits in the zip", async () => {
    const zip = await JSZip.loadAsync(await workbook([["工号"], ["A1"]]));
    const xml = await zip.file("xl/workbook.xml")!.async("string");
    // Move the 说明 tab in front of 名册: sheet2.xml becomes the first tab.
    const tabs = /<sheets>(<sheet [^>]+\/>)(<sheet [^>]+\/>)<\/sheets>/.exec(xml)!;
    zip.file("xl/workbook.xml", xml.replace(tabs[0], `<sheets>${tabs[2]}${tabs[1]}</sheets>`));
    const read = await readFirstSheet(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect(read).toEqual({ ok: false, problem: { message: "imports.file.empty" } }); // 说明 has one row: a header, no data
    const moved = await readFirstSheet(await workbook([["工号"], ["A1"]]));
    expect(moved.ok && moved.rows[0]!.cells).toEqual(["A1"]);
  });

  it("stops reading as soon as a file has too many rows", async () => {
    const rows: unknown[][] = [["工号"]];
    for (let i = 0; i <= MAX_IMPORT_ROWS; i++) rows.push([`A${i}`]);
    const read = await readFirstSheet(await workbook(rows));
    expect(read).toEqual({ ok: false, problem: { message: "imports.file.tooManyRows", params: { max: MAX_IMPORT_ROWS } } });
  }, 60_000);

  it("refuses a zip that is no workbook", async () => {
    const zip = new JSZip().file("readme.txt", "hello");
    expect(await readFirstSheet(await zip.generateAsync({ type: "nodebuffer" }))).toEqual({ ok: false, problem: { message: "imports.file.notXlsx" } });
  });

  /** A roster as big offices keep one: Chinese in every cell, each post and name its own shared string. */
  const chineseRoster = (n: number) => [
    ["工号", "姓名", "班组（科室）", "岗位"],
    ...Array.from({ length: n }, (_, i) => [`A${i}`, `职工${i}号`, i % 3 ? "奶粉车间包装班" : "液态奶车间灌装甲班", `岗位${i}号操作工（液态奶）`]),
  ];

  /**
   * How many 16 KiB borders fall inside a character of the file's shared strings: exceljs's reader
   * gets an inflated entry in chunks of that size (zlib's) and decoded each on its own.
   */
  async function bordersInsideCharacters(xlsx: Buffer): Promise<number> {
    const xml = await (await JSZip.loadAsync(xlsx)).file("xl/sharedStrings.xml")!.async("nodebuffer");
    let n = 0;
    for (let at = 16_384; at < xml.length; at += 16_384) if ((xml[at]! & 0xc0) === 0x80) n++;
    return n;
  }

  for (const n of [3_000, 20_000]) {
    it(`keeps every Chinese character of a ${n.toLocaleString("en")}-row file written as Excel and WPS write one`, async () => {
      const rows = chineseRoster(n);
      const xlsx = await excelStyleXlsx(rows);
      expect(await bordersInsideCharacters(xlsx)).toBeGreaterThan(n / 1000);
      const read = await readFirstSheet(xlsx);
      if (!read.ok) throw new Error(JSON.stringify(read.problem));
      expect(read.rows).toHaveLength(n);
      const changed = read.rows.filter((r, i) => r.cells.join("|") !== rows[i + 1]!.join("|"));
      expect(changed.map((r) => r.cells.join("|"))).toEqual([]);
    }, 60_000);
  }

  it("keeps every character of a roster saved by LibreOffice (rich-text shared strings, date cells)", async () => {
    // Made with: soffice --headless --infilter="CSV:44,34,76,1" --convert-to xlsx roster-libreoffice.csv
    const csv = fs.readFileSync("test/files/roster-libreoffice.csv", "utf8").trim().split("\n").map((line) => line.split(","));
    const xlsx = fs.readFileSync("test/files/roster-libreoffice.xlsx");
    expect(await bordersInsideCharacters(xlsx)).toBeGreaterThan(0);
    const read = await readFirstSheet(xlsx);
    if (!read.ok) throw new Error(JSON.stringify(read.problem));
    expect(read.header.cells).toEqual(csv[0]);
    expect(read.rows).toHaveLength(csv.length - 1);
    const asText = (cells: unknown[]) => cells.map((c) => (c instanceof Date ? c.toISOString().slice(0, 10) : cellText(c)));
    const changed = read.rows.filter((r, i) => asText(r.cells).join("|") !== csv[i + 1]!.join("|").replace(/\|+$/, ""));
    expect(changed.map((r) => asText(r.cells).join("|"))).toEqual([]);
  });

  it("reads text that a writer put in CDATA sections", async () => {
    const zip = await JSZip.loadAsync(await excelStyleXlsx([["工号", "岗位"], ["A1", "占位"]]));
    const strings = await zip.file("xl/sharedStrings.xml")!.async("string");
    zip.file("xl/sharedStrings.xml", strings.replace("<t>占位</t>", "<t><![CDATA[灌装<甲>&乙]]>班</t>"));
    const read = await readFirstSheet(await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
    expect(read.ok && read.rows[0]!.cells).toEqual(["A1", "灌装<甲>&乙班"]);
  });
});
