import "server-only";
import { newWorkbook, styleHeader, workbookBuffer } from "@/lib/xlsx/workbook";
import type { Translate } from "@/lib/i18n/translate";
import { formatMetricValue } from "@/lib/evaluations/format";
import type { Rankings, WorkerRankings } from "./queries";
import { rankMetricsFor } from "./schemas";

/** The rankings as shown, with every metric of the level as a column. */
export async function rankingsWorkbook(r: Rankings, t: Translate, locale: string): Promise<Buffer> {
  const wb = newWorkbook();
  const level = r.filters.level;
  const ws = wb.addWorksheet(t(`rankings.level.${level}`));
  const metrics = rankMetricsFor(level);
  ws.columns = [
    { header: t("rankings.col.rank"), key: "rank", width: 8 },
    { header: t(`rankings.col.name.${level}`), key: "name", width: 24 },
    ...(level === "team" ? [{ header: t("rankings.col.unit"), key: "unit", width: 22 }] : []),
    { header: t("rankings.col.unitKind"), key: "unitKind", width: 12 },
    { header: t("rankings.col.industry"), key: "industry", width: 14 },
    { header: t("rankings.col.status"), key: "status", width: 12 },
    { header: t("rankings.col.score"), key: "score", width: 10 },
    { header: t("rankings.col.provisional"), key: "provisional", width: 10 },
    { header: t("rankings.col.grade"), key: "grade", width: 10 },
    ...metrics.map((m) => ({ header: `${t(`enums.autoMetric.${m}`)}（${formatMetricValue(m, 0, t, locale).replace(/^0\s*/, "")}）`, key: m, width: 16 })),
  ];
  for (const row of r.rows) {
    ws.addRow({
      rank: row.rank ?? "",
      name: row.name,
      unit: row.unitName,
      unitKind: row.unitKind ? t(`enums.unitKind.${row.unitKind}`) : "",
      industry: row.industry ?? "",
      status: row.status ? t(`enums.evaluationStatus.${row.status}`) : t("evaluations.notStarted"),
      score: row.score ?? "",
      provisional: row.score === null ? "" : row.provisional ? t("common.yes") : t("common.no"),
      grade: row.grade ? t(`enums.grade.${row.grade}`) : row.vetoed ? t("rankings.vetoed") : "",
      ...Object.fromEntries(metrics.map((m) => [m, row.metrics[m] === null || row.metrics[m] === undefined ? "" : Math.round(row.metrics[m]! * 100) / 100])),
    });
  }
  styleHeader(ws, { filter: true });
  return workbookBuffer(wb);
}

/** The 知识型职工 ranking as shown. */
export async function workerRankingsWorkbook(r: WorkerRankings, t: Translate): Promise<Buffer> {
  const wb = newWorkbook();
  const ws = wb.addWorksheet(t("rankings.level.worker"));
  ws.columns = [
    { header: t("rankings.col.rank"), key: "rank", width: 8 },
    { header: t("rankings.col.name.worker"), key: "name", width: 16 },
    { header: t("evaluations.col.team"), key: "team", width: 22 },
    { header: t("rankings.col.unit"), key: "unit", width: 22 },
    { header: t("rankings.col.status"), key: "status", width: 12 },
    { header: t("rankings.col.score"), key: "score", width: 10 },
    { header: t("rankings.col.provisional"), key: "provisional", width: 10 },
    { header: t("rankings.col.grade"), key: "grade", width: 10 },
  ];
  for (const row of r.rows) {
    ws.addRow({
      rank: row.rank ?? "",
      name: row.name,
      team: row.teamName ?? "",
      unit: row.unitName,
      status: t(`enums.evaluationStatus.${row.status}`),
      score: row.score ?? "",
      provisional: row.score === null ? "" : row.provisional ? t("common.yes") : t("common.no"),
      grade: row.grade ? t(`enums.grade.${row.grade}`) : row.vetoed ? t("rankings.vetoed") : "",
    });
  }
  styleHeader(ws, { filter: true });
  return workbookBuffer(wb);
}
