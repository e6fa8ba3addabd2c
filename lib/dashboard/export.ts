import "server-only";
import ExcelJS from "exceljs";
import { PUBLICITY_KINDS } from "@/lib/domain/enums";
import { percent } from "@/lib/format";
import { publicityKey } from "@/lib/reports/annual-document";
import type { DashboardData } from "./queries";

type Translate = (key: string, values?: Record<string, string | number>) => string;

const header = (ws: ExcelJS.Worksheet) => {
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFF3F4F6" } };
};

/**
 * The dashboard as it shows: the headline figures (with what each card's hint says), publicity by
 * channel, the monthly trend and the unit kinds, each in a sheet, figures as numbers.
 */
export async function dashboardWorkbook(d: DashboardData, t: Translate): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "创争平台";
  const tot = d.totals;
  const figures = wb.addWorksheet(t("dashboard.work"), { views: [{ state: "frozen", ySplit: 1 }] });
  figures.columns = [
    { header: t("reports.col.figure"), key: "label", width: 34 },
    { header: t("reports.col.year", { year: d.period.year }), key: "value", width: 16 },
  ];
  const lines: [string, number][] = [
    [t("reports.line.unitsActive"), d.units.active],
    [t("statistics.line.unitsTotal"), d.units.total],
    [t("reports.line.unitShare"), percent(d.units.active, d.units.total)],
    [t("reports.line.teamsActive"), d.teams.active],
    [t("reports.line.teamShare"), percent(d.teams.active, d.teams.total)],
    [t("reports.line.workersActive"), d.workers.active],
    [t("statistics.line.workersTotal"), d.workers.total],
    [t("reports.line.workerShare"), percent(d.workers.active, d.workers.total)],
    [t("reports.line.sessions"), tot.sessions],
    [t("reports.line.attendance"), tot.attendance],
    [t("reports.line.sessionHours"), tot.sessionHours],
    [t("reports.line.trainingClasses"), tot.trainingClasses],
    [t("reports.line.trainingTrainees"), tot.trainingTrainees],
    [t("reports.line.reemploymentClasses"), tot.reemploymentClasses],
    [t("reports.line.reemploymentTrainees"), tot.reemploymentTrainees],
    [t("reports.line.reemployed"), tot.reemployed],
    [t("reports.line.competitions"), tot.competitions],
    [t("reports.line.competitionParticipants"), tot.competitionParticipants],
    [t("reports.line.competitionWinners"), tot.competitionWinners],
    [t("reports.line.proposals"), tot.proposals],
    [t("reports.line.proposalsAdopted"), tot.proposalsAdopted],
    [t("reports.line.proposalBenefit"), Math.round(tot.proposalBenefit / 100) / 100],
    [t("reports.line.innovations"), tot.innovations],
    [t("reports.line.innovations10k"), tot.innovations10k],
    [t("reports.line.innovations10kBenefit"), Math.round(tot.innovations10kBenefit / 100) / 100],
    [t("reports.line.cultureEvents"), tot.cultureEvents],
    [t("reports.line.cultureParticipants"), tot.cultureParticipants],
    [t("reports.line.publicityItems"), tot.publicityItems],
    ...PUBLICITY_KINDS.map((c) => [`${t("dashboard.publicity")} · ${t(`enums.publicityKind.${c}`)}`, tot[publicityKey(c)]] as [string, number]),
  ];
  for (const [label, value] of lines) figures.addRow({ label, value });
  header(figures);

  const months = wb.addWorksheet(t("dashboard.trendTitle"), { views: [{ state: "frozen", ySplit: 1 }] });
  months.columns = [
    { header: t("reports.col.month"), key: "month", width: 10 },
    { header: t("dashboard.series.sessions"), key: "sessions", width: 16 },
    { header: t("dashboard.series.attendance"), key: "attendance", width: 14 },
    { header: t("dashboard.series.proposals"), key: "proposals", width: 16 },
    { header: t("dashboard.series.trainees"), key: "trainingTrainees", width: 14 },
    { header: t("reports.line.competitionParticipants"), key: "competitionParticipants", width: 16 },
    { header: t("reports.line.cultureParticipants"), key: "cultureParticipants", width: 18 },
  ];
  for (const m of d.byMonth) months.addRow({ ...m, month: m.month.slice(0, 7) });
  header(months);

  const kinds = wb.addWorksheet(t("dashboard.byKindTitle"), { views: [{ state: "frozen", ySplit: 1 }] });
  kinds.columns = [
    { header: t("reports.col.unitKind"), key: "kind", width: 14 },
    { header: t("reports.col.units"), key: "units", width: 12 },
    { header: t("reports.line.unitsActive"), key: "unitsActive", width: 14 },
    { header: t("reports.col.workers"), key: "workers", width: 14 },
    { header: t("reports.line.workersActive"), key: "workersActive", width: 14 },
    { header: t("reports.col.sessions"), key: "sessions", width: 14 },
    { header: t("reports.col.hoursPerWorker"), key: "hours", width: 12 },
    { header: t("reports.col.proposals"), key: "proposals", width: 12 },
  ];
  for (const k of d.byUnitKind) {
    kinds.addRow({
      kind: t(`enums.unitKind.${k.kind}`),
      units: k.units.total,
      unitsActive: k.units.active,
      workers: k.workers.total,
      workersActive: k.workers.active,
      sessions: k.sessions,
      hours: k.workers.total ? Math.round((k.attendeeHours / k.workers.total) * 10) / 10 : 0,
      proposals: k.proposals,
    });
  }
  header(kinds);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
