import "server-only";
import ExcelJS from "exceljs";


export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const HEADER_FILL = "FFF3F4F6";
/** A required column's header in the import templates. */
const REQUIRED_FILL = "FFFDE8E8";

/** An empty workbook signed by the platform. */
export function newWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "创争平台";
  return wb;
}

/**
 * The one header look of every sheet the platform writes: a bold, shaded first row that stays in view
 * while scrolling, required columns (templates) shaded red, and a filter on each column where asked.
 * Call it after the columns are set.
 */
export function styleHeader(ws: ExcelJS.Worksheet, opts: { required?: readonly boolean[]; filter?: boolean } = {}): void {
  const row = ws.getRow(1);
  row.font = { bold: true };
  row.height = 20;
  const width = ws.columnCount;
  for (let i = 1; i <= width; i++) {
    row.getCell(i).fill = { type: "pattern", pattern: "solid", fgColor: { argb: opts.required?.[i - 1] ? REQUIRED_FILL : HEADER_FILL } };
  }
  ws.views = [{ state: "frozen", ySplit: 1 }];
  if (opts.filter) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: width } };
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookBuffer(wb: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await wb.xlsx.writeBuffer());
}
