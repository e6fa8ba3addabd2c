import "server-only";
import type { Locale } from "@/lib/domain/enums";
import { headerIn, ORG_COLUMNS } from "@/lib/imports/columns";
import { newWorkbook, styleHeader, workbookBuffer } from "@/lib/xlsx/workbook";
import type { Translate } from "@/lib/i18n/translate";

export interface OrgExportRow {
  unitName: string;
  unitKind: string;
  industry: string | null;
  contactName: string | null;
  contactPhone: string | null;
  teamName: string | null;
  teamKind: string | null;
  workers: number;
  leaderName: string | null;
}

export interface AccountExport {
  username: string;
  displayName: string;
  role: string;
  active: boolean;
  lastLoginAt: Date | null;
  unitName: string | null;
  teamName: string | null;
}

/** Units and teams in the import's columns (plus head count and leader), and the accounts below the user. */
export async function orgWorkbook(rows: OrgExportRow[], accounts: AccountExport[], opts: { locale: Locale; t: Translate }): Promise<Buffer> {
  const { locale, t } = opts;
  const wb = newWorkbook();
  const ws = wb.addWorksheet(t("org.export.orgSheet"));
  ws.columns = [
    ...ORG_COLUMNS.map((c) => ({ header: headerIn(c, locale), key: c.key, width: c.width })),
    { header: locale === "en" ? "Workers" : "职工人数", key: "workers", width: 10 },
    { header: locale === "en" ? "Team leader" : "班组长", key: "leader", width: 12 },
  ];
  for (const r of rows) {
    ws.addRow({
      unitName: r.unitName,
      unitKind: t(`enums.unitKind.${r.unitKind}`),
      industry: r.industry ?? "",
      contactName: r.contactName ?? "",
      contactPhone: r.contactPhone ?? "",
      teamName: r.teamName ?? "",
      teamKind: r.teamKind ? t(`enums.teamKind.${r.teamKind}`) : "",
      workers: r.workers,
      leader: r.leaderName ?? "",
    });
  }
  styleHeader(ws, { filter: true });

  const acc = wb.addWorksheet(t("org.export.accountsSheet"));
  acc.columns = [
    { header: t("users.col.username"), key: "username", width: 16 },
    { header: t("users.col.displayName"), key: "displayName", width: 12 },
    { header: t("users.col.role"), key: "role", width: 10 },
    { header: t("org.col.unit"), key: "unit", width: 24 },
    { header: t("org.col.team"), key: "team", width: 24 },
    { header: t("users.col.status"), key: "status", width: 10 },
    { header: t("users.col.lastLogin"), key: "lastLogin", width: 20 },
  ];
  for (const a of accounts) {
    acc.addRow({
      username: a.username,
      displayName: a.displayName,
      role: t(`enums.role.${a.role}`),
      unit: a.unitName ?? "",
      team: a.teamName ?? "",
      status: a.active ? t("users.status.active") : t("users.status.inactive"),
      lastLogin: a.lastLoginAt ?? t("org.neverSignedIn"),
    });
  }
  acc.getColumn("lastLogin").numFmt = "yyyy-mm-dd hh:mm";
  styleHeader(acc);
  return workbookBuffer(wb);
}
