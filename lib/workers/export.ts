import "server-only";
import type { Locale } from "@/lib/domain/enums";
import { headerIn, WORKER_COLUMNS, type ImportColumn } from "@/lib/imports/columns";
import { newWorkbook, styleHeader, workbookBuffer } from "@/lib/xlsx/workbook";
import type { Translate } from "@/lib/i18n/translate";

export interface RosterExportRow {
  employeeNo: string;
  name: string;
  teamName: string;
  unitName: string;
  gender: string;
  education: string;
  skillLevel: string;
  post: string | null;
  birthDate: string | null;
  status: string;
}

/**
 * The roster as .xlsx: the import's columns (so it can be edited and imported again), then the unit
 * (office) and status, in the interface's language.
 */
export async function rosterWorkbook(rows: RosterExportRow[], opts: { locale: Locale; showUnit: boolean; t: Translate }): Promise<Buffer> {
  const { locale, t } = opts;
  const wb = newWorkbook();
  const ws = wb.addWorksheet(t("workers.title"));
  ws.columns = [
    ...(WORKER_COLUMNS as readonly ImportColumn[]).map((c) => ({ header: headerIn(c, locale), key: c.key, width: c.width, style: c.date ? { numFmt: "yyyy-mm-dd" } : {} })),
    ...(opts.showUnit ? [{ header: locale === "en" ? "Unit" : "单位", key: "unit", width: 24 }] : []),
    { header: locale === "en" ? "Status" : "状态", key: "status", width: 8 },
  ];
  for (const r of rows) {
    ws.addRow({
      employeeNo: r.employeeNo,
      name: r.name,
      team: r.teamName,
      gender: t(`enums.gender.${r.gender}`),
      education: t(`enums.education.${r.education}`),
      skillLevel: t(`enums.skillLevel.${r.skillLevel}`),
      post: r.post ?? "",
      birthDate: r.birthDate ? new Date(`${r.birthDate}T00:00:00Z`) : null,
      unit: r.unitName,
      status: t(`enums.workerStatus.${r.status}`),
    });
  }
  styleHeader(ws, { filter: true });
  return workbookBuffer(wb);
}
