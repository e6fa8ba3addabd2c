import "server-only";
import ExcelJS from "exceljs";
import type { FormalDocument } from "./model";

const THIN = { style: "thin" as const, color: { argb: "FF6B7280" } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * A formal document's tables in one worksheet under its head (issuer, title, paragraphs), for
 * editing or forwarding; figures that are numbers in the document stay text as printed.
 */
export async function documentWorkbook(d: FormalDocument, sheetName: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = d.issuer;
  const ws = wb.addWorksheet(sheetName.slice(0, 31), { pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  const width = Math.max(1, ...(d.sections.flatMap((s) => s.tables ?? []).map((t) => t.columns.length)));
  const merged = (text: string, style: Partial<ExcelJS.Style> = {}, height?: number) => {
    const row = ws.addRow([text]);
    ws.mergeCells(row.number, 1, row.number, width);
    Object.assign(row.getCell(1), { style: { alignment: { wrapText: true, vertical: "middle" }, ...style } });
    if (height) row.height = height;
  };
  merged(d.issuer, { font: { bold: true, size: 13, color: { argb: d.redHead ? "FFC8372D" : "FF1F1F1F" } }, alignment: { horizontal: "center" } }, 24);
  merged(d.title.replace(/\n/g, ""), { font: { bold: true, size: 14 }, alignment: { horizontal: "center", wrapText: true } }, 36);
  for (const s of d.sections) {
    if (s.heading) merged(s.heading, { font: { bold: true } });
    for (const p of s.paragraphs ?? []) merged(p, { alignment: { wrapText: true, vertical: "top" } }, Math.min(120, 16 * Math.ceil(p.length / 60)));
    for (const table of s.tables ?? []) {
      if (table.caption) merged(table.caption, { font: { italic: true } });
      const header = ws.addRow(table.columns.map((c) => c.header));
      header.font = { bold: true };
      header.eachCell((c) => {
        c.border = BOX;
        c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
      });
      for (const cells of table.rows) {
        const row = ws.addRow(cells);
        row.eachCell({ includeEmpty: true }, (c, i) => {
          c.border = BOX;
          c.alignment = { horizontal: table.columns[i - 1]?.align ?? "left", wrapText: true };
        });
      }
      ws.addRow([]);
    }
  }
  for (const line of d.closing ?? []) {
    const row = ws.addRow([]);
    row.getCell(width).value = line;
    row.getCell(width).alignment = { horizontal: "right" };
  }
  ws.columns.forEach((col, i) => (col.width = i === 0 ? 8 : 22));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
