import { getLocale, getTranslations } from "next-intl/server";
import { Trophy } from "@/components/icons";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { formatMetricValue, formatPoints } from "@/lib/evaluations/format";
import type { getRankingsPage, RankingRow } from "@/lib/rankings/queries";
import { rankMetricsFor, rollingWindow } from "@/lib/rankings/schemas";
import { chinaToday } from "@/lib/time";
import { RankingFilters } from "./ranking-filters";
import { gradeParts, nameParts, RankingList, scoreParts, standingText, statusParts, type RankingColumn } from "./ranking-list";

type RankingsPage = NonNullable<Awaited<ReturnType<typeof getRankingsPage>>>;

/** Teams or units ranked by score or by a metric: the filters, one page of places, and how ties rank. */
export async function OrgRanking({ data, byUnit }: { data: RankingsPage; byUnit: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { filters: f, period, rows } = data;
  const rolling = rollingWindow(chinaToday());
  const byLabel = f.by === "score" ? t("rankings.byScore") : t(`enums.autoMetric.${f.by}`);
  const value = (r: RankingRow) => (f.by === "score" ? scoreParts(r, t, locale) : [formatMetricValue(f.by, r.value, t, locale)]);
  const titleOf = (r: RankingRow) =>
    r.titled ? t(`titles.name.${f.level === "team" ? "team" : r.unitKind === "enterprise" || r.unitKind === null ? "enterprise" : "organ_institution"}`, { year: period.year }) : null;
  const name = (r: RankingRow) => nameParts(r.name, r.evaluationId, titleOf(r));
  const columns: RankingColumn<RankingRow>[] = [
    { header: t(`rankings.col.name.${f.level}`), cell: name, className: "font-medium" },
    ...(f.level === "team" ? [{ header: t("rankings.col.unit"), cell: (r: RankingRow) => [r.unitName], className: "text-muted-foreground" }] : []),
    {
      header: t("rankings.col.unitKind"),
      cell: (r) => [`${r.unitKind ? t(`enums.unitKind.${r.unitKind}`) : "—"}${r.industry ? ` · ${r.industry}` : ""}`],
      className: "text-muted-foreground",
    },
    { header: t("rankings.col.status"), cell: (r) => statusParts(r.status, t) },
    { header: byLabel, cell: value, figure: true, className: "font-medium", testId: "ranking-value" },
    ...(f.by !== "score" ? [{ header: t("rankings.col.score"), cell: (r: RankingRow) => [formatPoints(r.score, t, locale)], figure: true }] : []),
    { header: t("rankings.col.grade"), cell: (r) => gradeParts(r, t), testId: "ranking-grade" },
  ];

  return (
    <>
      <RankingFilters year={period.year} filters={f} metrics={rankMetricsFor(f.level)} industries={data.industries} byUnit={byUnit} />
      <p className="mb-2 text-sm text-muted-foreground">{data.scope === "unit" ? t("rankings.unionLine", { field: data.field, by: byLabel }) : t("rankings.officeLine", { field: data.field, by: byLabel })}</p>
      {f.window === "12m" ? (
        <p className="mb-2 text-xs text-muted-foreground" data-testid="rolling-window">
          {t("rankings.window.note", { from: rolling.startsOn, to: rolling.endsOn })}
        </p>
      ) : null}
      {rows.total === 0 ? (
        <EmptyState icon={Trophy} title={t("rankings.emptyTitle")} description={t("rankings.emptyHint")} />
      ) : (
        <>
          <RankingList
            rows={rows.rows}
            columns={columns}
            place={(r) => ({
              key: r.orgId,
              rank: r.rank,
              label: r.name,
              name: name(r),
              line: `${f.level === "team" ? `${r.unitName} · ` : ""}${standingText(r, t)}`,
              value: value(r),
            })}
            testIds={{ cards: "rankings-cards", table: "rankings-table", row: "ranking-row" }}
            nameClassName="truncate font-medium"
          />
          {rows.pageCount > 1 ? (
            <Pagination page={rows.page} pageCount={rows.pageCount} params={{ year: period.year, level: f.level, by: f.by, unitKind: f.unitKind, industry: f.industry, window: f.window === "12m" ? f.window : undefined }} basePath="/rankings" />
          ) : null}
          <p className="mt-2 text-xs text-muted-foreground">{t("rankings.tieNote")}</p>
        </>
      )}
    </>
  );
}
