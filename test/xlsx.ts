import ExcelJS from "exceljs";

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
