import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
// exceljs's own zip library (a dependency of exceljs), used here to reorder a workbook's entries.
import JSZip from "jszip";
import { createRandom } from "@/db/seed/random";
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
});
