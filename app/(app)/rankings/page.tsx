import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Download, Trophy } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import { LinkTabs } from "@/components/link-tabs";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { parseSearchParams } from "@/lib/http/search-params";
import { listPeriods, resolvePeriod } from "@/lib/periods/queries";
import { getRankingsPage, getWorkerRankings } from "@/lib/rankings/queries";
import { normaliseFilters, rankingFiltersSchema, rankingLevelsFor, rankMetricsFor } from "@/lib/rankings/schemas";
import { PeriodPills } from "../dashboard/period-pills";
import { MyTeamPosition } from "./my-team-position";
import { OrgRanking } from "./org-ranking";
import { WorkerRanking } from "./worker-ranking";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rankings");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** 排行榜: teams and units by evaluation score or by a metric, per year; the office filters and exports; a union sees its teams, a leader its own place. */
export default async function RankingsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "rankings.view")) notFound();
  const filters = normaliseFilters(parseSearchParams(rankingFiltersSchema, await searchParams));
  const [t, period, periods] = await Promise.all([getTranslations(), resolvePeriod(user, filters.year), listPeriods(user)]);
  if (!period) {
    return (
      <>
        <PageHeader title={t("rankings.title")} />
        <EmptyState icon={Trophy} title={t("home.noPeriod")} description={t("rankings.noPeriodHint")} />
      </>
    );
  }
  const workerLevel = filters.level === "worker";
  const [data, workerData] = await Promise.all([getRankingsPage(user, period, filters), workerLevel ? getWorkerRankings(user, period, filters) : null]);
  if (!data || (workerLevel && !workerData)) notFound();
  const f = workerData ? workerData.filters : data.filters;
  const query = (over: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries({ year: String(period.year), level: f.level, by: f.by, unitKind: f.unitKind, industry: f.industry, window: f.window === "12m" ? f.window : undefined, ...over }).filter(([, v]) => v !== undefined && v !== "") as [string, string][],
    ).toString();

  return (
    <>
      <PageHeader
        eyebrow={t("rankings.eyebrow", { year: period.year })}
        title={t("rankings.title")}
        description={
          <>
            {t(`rankings.description.${user.role}`)}
            <span className="mt-1 block text-xs" data-testid="snapshot-note">
              {t("rankings.snapshotNote")}
            </span>
          </>
        }
        actions={
          <>
            <PeriodPills periods={periods.map((p) => p.year)} current={period.year} basePath="/rankings" params={{ level: f.level, by: f.by, unitKind: f.unitKind, industry: f.industry, window: f.window === "12m" ? f.window : undefined }} />
            {can(user, "rankings.download") ? (
              <Button asChild variant="outline">
                <a href={`/rankings/export?${query({})}`} download>
                  <Download />
                  {t("rankings.export")}
                </a>
              </Button>
            ) : null}
          </>
        }
      />

      <LinkTabs
        label={t("rankings.levels")}
        current={f.level}
        tabs={rankingLevelsFor(user).map((level) => ({ key: level, href: `/rankings?${query({ level, by: "score" })}`, label: t(`rankings.level.${level}`) }))}
      />

      {workerData ? (
        <WorkerRanking data={workerData} showUnit={can(user, "lists.acrossUnits")} nominate={can(user, "evaluations.nominateWorkers")} />
      ) : data.scope === "team" ? (
        <MyTeamPosition row={data.rows.rows[0] ?? null} field={data.field} metrics={rankMetricsFor(f.level)} />
      ) : (
        <OrgRanking data={data} byUnit={can(user, "rankings.units")} />
      )}
    </>
  );
}
