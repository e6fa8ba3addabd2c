import "server-only";
import ExcelJS from "exceljs";
import { documentDate } from "@/lib/documents/format";
import { percent } from "@/lib/format";
import type { AnnualReport, YearFigures } from "./annual";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** One line of the form: its label key, unit key, and the figure of a year. */
interface FormLine {
  key: string;
  unit: string;
  value: (y: YearFigures) => number;
  /** Decimals kept (money in 万元 has two). */
  digits?: number;
}

const wan = (yuan: number) => Math.round(yuan / 100) / 100;

/**
 * The statistics form's fixed lines, grouped as the higher-level union's form groups them. The order
 * and wording never change with the data, so a form filled in one year reads like the last.
 */
export const STATISTICS_GROUPS: { key: string; lines: FormLine[] }[] = [
  {
    key: "participation",
    lines: [
      { key: "unitsTotal", unit: "units", value: (y) => y.figures.units.total },
      { key: "unitsActive", unit: "units", value: (y) => y.figures.units.active },
      { key: "unitShare", unit: "percent", value: (y) => percent(y.figures.units.active, y.figures.units.total) },
      { key: "workersTotal", unit: "people", value: (y) => y.figures.workers.total },
      { key: "workersActive", unit: "people", value: (y) => y.figures.workers.active },
      { key: "workerShare", unit: "percent", value: (y) => percent(y.figures.workers.active, y.figures.workers.total) },
    ],
  },
  {
    key: "quality",
    lines: [
      { key: "sessions", unit: "times", value: (y) => y.figures.totals.sessions },
      { key: "attendance", unit: "personTimes", value: (y) => y.figures.totals.attendance },
      { key: "trainingClasses", unit: "classes", value: (y) => y.figures.totals.trainingClasses },
      { key: "trainingTrainees", unit: "personTimes", value: (y) => y.figures.totals.trainingTrainees },
      { key: "reemploymentClasses", unit: "classes", value: (y) => y.figures.totals.reemploymentClasses },
      { key: "reemploymentTrainees", unit: "personTimes", value: (y) => y.figures.totals.reemploymentTrainees },
      { key: "reemployed", unit: "people", value: (y) => y.figures.totals.reemployed },
    ],
  },
  {
    key: "technical",
    lines: [
      { key: "proposals", unit: "items", value: (y) => y.figures.totals.proposals },
      { key: "proposalsAdopted", unit: "items", value: (y) => y.figures.totals.proposalsAdopted },
      { key: "proposalsImplemented", unit: "items", value: (y) => y.proposalsImplemented },
      { key: "proposalBenefit", unit: "wan", value: (y) => wan(y.figures.totals.proposalBenefit), digits: 2 },
      { key: "innovations", unit: "results", value: (y) => y.figures.totals.innovations },
      { key: "innovationBenefit", unit: "wan", value: (y) => wan(y.figures.totals.innovationBenefit), digits: 2 },
      { key: "innovations10k", unit: "results", value: (y) => y.figures.totals.innovations10k },
      { key: "innovations10kBenefit", unit: "wan", value: (y) => wan(y.figures.totals.innovations10kBenefit), digits: 2 },
      { key: "competitions", unit: "events", value: (y) => y.figures.totals.competitions },
      { key: "competitionParticipants", unit: "personTimes", value: (y) => y.figures.totals.competitionParticipants },
      { key: "competitionWinners", unit: "people", value: (y) => y.figures.totals.competitionWinners },
    ],
  },
  {
    key: "culture",
    lines: [
      { key: "cultureEvents", unit: "events", value: (y) => y.figures.totals.cultureEvents },
      { key: "cultureParticipants", unit: "personTimes", value: (y) => y.figures.totals.cultureParticipants },
      { key: "publicityItems", unit: "items", value: (y) => y.figures.totals.publicityItems },
    ],
  },
];

const THIN = { style: "thin" as const, color: { argb: "FF6B7280" } };
const BOX = { top: THIN, left: THIN, bottom: THIN, right: THIN };

/**
 * The statistics form a county (or a unit) sends to the higher-level union: a title naming the body
 * and the year, the filler and the date, then the fixed lines with this year's figure and last
 * year's. Figures are numbers in their cells (not text), so the receiver can add them up.
 */
export async function statisticsWorkbook(report: AnnualReport, t: Translate, { filler, today, locale }: { filler: string; today: string; locale: string }): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = t("documents.federation", { county: report.scope.countyName });
  const ws = wb.addWorksheet(t("statistics.sheet"), {
    pageSetup: { paperSize: 9, orientation: "portrait", fitToPage: true, fitToWidth: 1, fitToHeight: 0, horizontalCentered: true },
    views: [{ state: "frozen", ySplit: 4 }],
  });
  ws.columns = [{ width: 7 }, { width: 34 }, { width: 9 }, { width: 14 }, { width: 14 }, { width: 11 }];
  ws.mergeCells("A1:F1");
  ws.getCell("A1").value = t("statistics.title", { name: report.scope.name, year: report.year });
  ws.getCell("A1").font = { name: "SimSun", size: 15, bold: true };
  ws.getCell("A1").alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  ws.getRow(1).height = 42;
  ws.mergeCells("A2:C2");
  ws.mergeCells("D2:F2");
  ws.getCell("A2").value = t("statistics.filledBy", { body: report.scope.level === "county" ? t("documents.federation", { county: report.scope.countyName }) : report.scope.name });
  ws.getCell("D2").value = t("statistics.filledOn", { date: documentDate(today, locale) });
  ws.getCell("D2").alignment = { horizontal: "right" };
  ws.mergeCells("A3:F3");
  ws.getCell("A3").value = t("statistics.basis", { date: documentDate(report.asOf, locale) });
  ws.getCell("A3").font = { size: 9, color: { argb: "FF6B7280" } };
  const header = ws.getRow(4);
  header.values = [t("statistics.col.no"), t("statistics.col.item"), t("statistics.col.unit"), t("statistics.col.year", { year: report.year }), t("statistics.col.year", { year: report.year - 1 }), t("statistics.col.change")];
  header.font = { bold: true };
  header.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
  header.height = 30;
  header.eachCell((c) => {
    c.border = BOX;
    c.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE5E7EB" } };
  });

  const cn = ["一", "二", "三", "四"];
  let no = 0;
  STATISTICS_GROUPS.forEach((group, gi) => {
    const row = ws.addRow([locale.startsWith("zh") ? cn[gi] : String(gi + 1), t(`statistics.group.${group.key}`)]);
    ws.mergeCells(`B${row.number}:F${row.number}`);
    row.font = { bold: true };
    row.eachCell((c) => (c.border = BOX));
    ws.getCell(`A${row.number}`).alignment = { horizontal: "center" };
    for (const line of group.lines) {
      no++;
      const current = line.value(report.current);
      const previous = report.previous ? line.value(report.previous) : null;
      const r = ws.addRow([no, t(`statistics.line.${line.key}`), t(`statistics.unit.${line.unit}`), current, previous ?? "—", previous ? (current - previous) / previous : "—"]);
      r.getCell(1).alignment = { horizontal: "center" };
      r.getCell(3).alignment = { horizontal: "center" };
      r.getCell(4).numFmt = line.digits ? "#,##0.00" : "#,##0";
      r.getCell(5).numFmt = line.digits ? "#,##0.00" : "#,##0";
      r.getCell(5).alignment = { horizontal: "right" };
      r.getCell(6).numFmt = "+0.0%;-0.0%;0.0%";
      r.getCell(6).alignment = { horizontal: "right" };
      r.eachCell({ includeEmpty: true }, (c) => (c.border = BOX));
    }
  });
  ws.addRow([]);
  const sign = ws.addRow([t("statistics.filler", { name: filler }), "", "", t("statistics.reviewer")]);
  ws.mergeCells(`A${sign.number}:C${sign.number}`);
  ws.mergeCells(`D${sign.number}:F${sign.number}`);
  ws.headerFooter.oddFooter = `&C${t("statistics.footer")}`;
  return Buffer.from(await wb.xlsx.writeBuffer());
}
