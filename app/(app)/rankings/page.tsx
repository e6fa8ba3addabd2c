import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Award, Download, Medal, Trophy } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { NativeSelect } from "@/components/ui/select-native";
import { Label } from "@/components/ui/label";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { UNIT_KINDS, type AutoMetric } from "@/lib/domain/enums";
import { formatMetricValue, formatPoints } from "@/lib/evaluations/format";
import { listLayout } from "@/lib/http/device";
import { listPeriods, resolvePeriod } from "@/lib/periods/queries";
import { getRankings, getWorkerRankings, type RankingRow, type WorkerRankings } from "@/lib/rankings/queries";
import { normaliseFilters, RANKING_PAGE_SIZE, rankingLevelsFor, rankMetricsFor, rankingFiltersSchema } from "@/lib/rankings/schemas";
import { LinkTabs } from "@/components/link-tabs";
import { Pagination } from "@/components/pagination";
import { parseSearchParams } from "@/lib/http/search-params";
import { cn } from "@/lib/utils";
import { PeriodPills } from "../dashboard/period-pills";
import { EvaluationStatusBadge, GradeBadge } from "../evaluations/status-badges";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("rankings");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function RankMark({ rank }: { rank: number | null }) {
  if (rank === null) return <span className="text-muted-foreground">—</span>;
  return (
    <span
      className={cn(
        "inline-grid size-8 place-items-center rounded-full text-sm font-semibold tabular-nums",
        rank === 1 ? "bg-primary text-primary-foreground" : rank <= 3 ? "bg-accent text-accent-foreground" : "bg-secondary text-secondary-foreground",
      )}
      data-testid="rank"
    >
      {rank}
    </span>
  );
}

/** 排行榜: teams and units by evaluation score or by a metric, per year; the office filters and exports; a union sees its teams, a leader its own place. */
export default async function RankingsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "rankings.view")) notFound();
  const raw = await searchParams;
  const filters = normaliseFilters(parseSearchParams(rankingFiltersSchema, raw));
  const [t, locale, period, periods, layout] = await Promise.all([getTranslations(), getLocale(), resolvePeriod(user, filters.year), listPeriods(user), listLayout()]);
  if (!period) {
    return (
      <>
        <PageHeader title={t("rankings.title")} />
        <EmptyState icon={Trophy} title={t("home.noPeriod")} description={t("rankings.noPeriodHint")} />
      </>
    );
  }
  const workerLevel = filters.level === "worker";
  const data = await getRankings(user, period, filters);
  const workerData = workerLevel ? await getWorkerRankings(user, period, filters) : null;
  if (!data || (workerLevel && !workerData)) notFound();
  const f = workerData ? workerData.filters : data.filters;
  const levels = rankingLevelsFor(user);
  const metrics = rankMetricsFor(f.level);
  // Rendering is what costs at city scale: show one page of the ranked field.
  const pageCount = Math.max(1, Math.ceil(data.rows.length / RANKING_PAGE_SIZE));
  const page = Math.min(f.page, pageCount);
  const shown = data.rows.slice((page - 1) * RANKING_PAGE_SIZE, page * RANKING_PAGE_SIZE);
  const query = (over: Record<string, string | undefined>) =>
    new URLSearchParams(
      Object.entries({ year: String(period.year), level: f.level, by: f.by, unitKind: f.unitKind, industry: f.industry, ...over }).filter(([, v]) => v !== undefined && v !== "") as [string, string][],
    ).toString();
  // The card's word for what the table shows in its status and grade columns.
  const standing = (r: RankingRow) =>
    r.vetoed && r.status === "confirmed" ? t("rankings.vetoed") : r.grade ? t(`enums.grade.${r.grade}`) : r.status ? t(`enums.evaluationStatus.${r.status}`) : t("evaluations.notStarted");
  const valueText = (r: RankingRow) =>
    f.by === "score" ? (
      <>
        {formatPoints(r.score, t, locale)}
        {r.score !== null && r.provisional ? (
          <Badge variant="outline" className="ml-1.5">
            {t("rankings.provisional")}
          </Badge>
        ) : null}
      </>
    ) : (
      formatMetricValue(f.by, r.value, t, locale)
    );
  const nameCell = (r: RankingRow) => (
    <>
      {r.evaluationId ? (
        <Link href={`/evaluations/${r.evaluationId}`} className="hover:text-primary hover:underline" data-user-content>
          {r.name}
        </Link>
      ) : (
        <span data-user-content>{r.name}</span>
      )}
      {r.titled ? <TitleBadge label={t(`titles.name.${f.level === "team" ? "team" : r.unitKind === "enterprise" || r.unitKind === null ? "enterprise" : "organ_institution"}`, { year: period.year })} /> : null}
    </>
  );
  const byLabel = f.by === "score" ? t("rankings.byScore") : t(`enums.autoMetric.${f.by}`);

  return (
    <>
      <PageHeader
        eyebrow={t("rankings.eyebrow", { year: period.year })}
        title={t("rankings.title")}
        description={t(`rankings.description.${user.role}`)}
        actions={
          <>
            <PeriodPills periods={periods.map((p) => p.year)} current={period.year} basePath="/rankings" params={{ level: f.level, by: f.by, unitKind: f.unitKind, industry: f.industry }} />
            {can(user, "rankings.export") ? (
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
        tabs={levels.map((level) => ({ key: level, href: `/rankings?${query({ level, by: "score" })}`, label: t(`rankings.level.${level}`) }))}
      />

      {workerData ? (
        <WorkerRanking data={workerData} showUnit={can(user, "lists.acrossUnits")} nominate={can(user, "evaluations.nominate")} />
      ) : data.scope === "team" ? (
        <LeaderPosition row={data.rows[0] ?? null} field={data.field} metrics={metrics} />
      ) : (
        <>
          <form method="get" action="/rankings" className="mb-4 grid grid-cols-2 gap-3 rounded-xl border bg-card p-3 sm:flex sm:flex-wrap sm:items-end" role="search">
            <input type="hidden" name="year" value={period.year} />
            <input type="hidden" name="level" value={f.level} />
            <div className="col-span-2 grid gap-1.5 sm:w-56">
              <Label htmlFor="rank-by">{t("rankings.rankBy")}</Label>
              <NativeSelect id="rank-by" name="by" defaultValue={f.by}>
                <option value="score">{t("rankings.byScore")}</option>
                {metrics.map((m) => (
                  <option key={m} value={m}>
                    {t(`enums.autoMetric.${m}`)}
                  </option>
                ))}
              </NativeSelect>
            </div>
            {can(user, "rankings.units") ? (
              <>
                <div className="grid gap-1.5 sm:w-40">
                  <Label htmlFor="rank-kind">{t("rankings.col.unitKind")}</Label>
                  <NativeSelect id="rank-kind" name="unitKind" defaultValue={f.unitKind ?? ""}>
                    <option value="">{t("rankings.allKinds")}</option>
                    {UNIT_KINDS.map((k) => (
                      <option key={k} value={k}>
                        {t(`enums.unitKind.${k}`)}
                      </option>
                    ))}
                  </NativeSelect>
                </div>
                <div className="grid gap-1.5 sm:w-44">
                  <Label htmlFor="rank-industry">{t("rankings.col.industry")}</Label>
                  <NativeSelect id="rank-industry" name="industry" defaultValue={f.industry ?? ""}>
                    <option value="">{t("rankings.allIndustries")}</option>
                    {data.industries.map((i) => (
                      <option key={i} value={i}>
                        {i}
                      </option>
                    ))}
                  </NativeSelect>
                </div>
              </>
            ) : null}
            <Button type="submit" variant="outline" className="col-span-2 h-10 sm:h-9">
              {t("common.filter")}
            </Button>
          </form>

          <p className="mb-2 text-sm text-muted-foreground">
            {t(data.scope === "unit" ? "rankings.unionLine" : "rankings.officeLine", { field: data.field, by: byLabel })}
          </p>

          {data.rows.length === 0 ? (
            <EmptyState icon={Trophy} title={t("rankings.emptyTitle")} description={t("rankings.emptyHint")} />
          ) : (
            <>
              {layout === "cards" ? (
                <ol className="grid grid-cols-1 gap-2" data-testid="rankings-cards">
                  {shown.map((r) => (
                    <RankCard
                      key={r.orgId}
                      rank={r.rank}
                      name={<div className="truncate font-medium">{nameCell(r)}</div>}
                      line={`${f.level === "team" ? `${r.unitName} · ` : ""}${standing(r)}`}
                      value={valueText(r)}
                    />
                  ))}
                </ol>
              ) : (
                <div className="overflow-hidden rounded-xl border bg-card" data-testid="rankings-table">
                  <Table>
                    <TableHeader>
                      <TableRow>
                        <TableHead className="w-16">{t("rankings.col.rank")}</TableHead>
                        <TableHead>{t(`rankings.col.name.${f.level}`)}</TableHead>
                        {f.level === "team" ? <TableHead>{t("rankings.col.unit")}</TableHead> : null}
                        <TableHead>{t("rankings.col.unitKind")}</TableHead>
                        <TableHead>{t("rankings.col.status")}</TableHead>
                        <TableHead className="text-right">{byLabel}</TableHead>
                        {f.by !== "score" ? <TableHead className="text-right">{t("rankings.col.score")}</TableHead> : null}
                        <TableHead>{t("rankings.col.grade")}</TableHead>
                      </TableRow>
                    </TableHeader>
                    <TableBody>
                      {shown.map((r) => (
                        <TableRow key={r.orgId} data-testid="ranking-row" data-name={r.name}>
                          <TableCell>
                            <RankMark rank={r.rank} />
                          </TableCell>
                          <TableCell className="font-medium">{nameCell(r)}</TableCell>
                          {f.level === "team" ? <TableCell className="text-muted-foreground">{r.unitName}</TableCell> : null}
                          <TableCell className="text-muted-foreground">
                            {r.unitKind ? t(`enums.unitKind.${r.unitKind}`) : "—"}
                            {r.industry ? ` · ${r.industry}` : ""}
                          </TableCell>
                          <TableCell>
                            <EvaluationStatusBadge status={r.status} />
                          </TableCell>
                          <TableCell className="text-right font-medium tabular-nums" data-testid="ranking-value">
                            {valueText(r)}
                          </TableCell>
                          {f.by !== "score" ? <TableCell className="text-right tabular-nums">{formatPoints(r.score, t, locale)}</TableCell> : null}
                          <TableCell data-testid="ranking-grade">{r.vetoed && r.status === "confirmed" ? <Badge variant="accent">{t("rankings.vetoed")}</Badge> : <GradeBadge grade={r.grade} />}</TableCell>
                        </TableRow>
                      ))}
                    </TableBody>
                  </Table>
                </div>
              )}
              {pageCount > 1 ? (
                <Pagination page={page} pageCount={pageCount} params={{ year: period.year, level: f.level, by: f.by, unitKind: f.unitKind, industry: f.industry }} basePath="/rankings" />
              ) : null}
              <p className="mt-2 text-xs text-muted-foreground">{t("rankings.tieNote")}</p>
            </>
          )}
        </>
      )}
    </>
  );
}

/** A leader's own place: by score and by each metric, among all the county's teams; no one else's names. */
async function LeaderPosition({ row, field, metrics }: { row: RankingRow | null; field: number; metrics: readonly AutoMetric[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (!row) return <EmptyState icon={Trophy} title={t("rankings.emptyTitle")} description={t("rankings.emptyHint")} />;
  return (
    <div className="grid gap-4 lg:grid-cols-[22rem_1fr]">
      <Card data-testid="my-position">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Medal className="size-4 text-primary" />
            {t("rankings.leader.title")}
          </CardTitle>
          <CardDescription>{t("rankings.leader.field", { field })}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          <div className="flex items-baseline gap-2">
            <span className="text-4xl font-semibold tabular-nums text-primary">{row.rank ?? "—"}</span>
            <span className="text-sm text-muted-foreground">{row.rank ? t("rankings.leader.ofField", { field }) : t("rankings.leader.unranked")}</span>
          </div>
          <p className="text-sm" hidden={row.score === null}>
            {formatPoints(row.score, t, locale)}
            {row.score !== null && row.provisional ? <span className="ml-1 text-muted-foreground">{t("common.aside", { text: t("rankings.provisional") })}</span> : null}
            {row.grade ? <span className="ml-2">{t(`enums.grade.${row.grade}`)}</span> : null}
          </p>
          {row.evaluationId ? (
            <Link href={`/evaluations/${row.evaluationId}`} className="text-sm text-primary hover:underline">
              {t("rankings.leader.viewEvaluation")}
            </Link>
          ) : (
            <Link href="/evaluations" className="text-sm text-primary hover:underline">
              {t("rankings.leader.startEvaluation")}
            </Link>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("rankings.leader.byMetric")}</CardTitle>
          <CardDescription>{t("rankings.leader.byMetricHint")}</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {metrics.map((m) => (
              <div key={m} className="flex items-center justify-between gap-3 border-b pb-2 text-sm">
                <dt className="text-muted-foreground">{t(`enums.autoMetric.${m}`)}</dt>
                <dd className="text-right tabular-nums">
                  <span className="font-medium">{formatMetricValue(m, row.metrics[m], t, locale)}</span>
                  <span className="ml-2 text-xs text-muted-foreground">{row.metricRanks?.[m] ? t("rankings.leader.place", { rank: row.metricRanks[m]! }) : "—"}</span>
                </dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}

/** One place of a ranking on a phone: the rank, the name (with its link and badges), a line of context, the figure. */
function RankCard({ rank, name, line, value }: { rank: number | null; name: React.ReactNode; line: string; value: React.ReactNode }) {
  return (
    <li className="flex min-h-16 items-center gap-3 rounded-xl border bg-card px-4 py-3">
      <RankMark rank={rank} />
      <div className="min-w-0 flex-1">
        {name}
        <div className="mt-0.5 truncate text-xs text-muted-foreground">{line}</div>
      </div>
      <div className="text-right text-sm font-semibold tabular-nums">{value}</div>
    </li>
  );
}

function TitleBadge({ label }: { label: string }) {
  return (
    <Badge variant="success" className="ml-2 align-middle" data-testid="title-badge">
      <Award />
      {label}
    </Badge>
  );
}

/** 知识型职工 by evaluation score: the office sees the county's, a union its unit's, a leader its team's nominees, each with the county-wide place. */
async function WorkerRanking({ data, showUnit, nominate }: { data: WorkerRankings; showUnit: boolean; nominate: boolean }) {
  const [t, locale, layout] = await Promise.all([getTranslations(), getLocale(), listLayout()]);
  const year = data.period.year;
  const standing = (r: WorkerRankings["rows"][number]) =>
    r.vetoed && r.status === "confirmed" ? t("rankings.vetoed") : r.grade ? t(`enums.grade.${r.grade}`) : t(`enums.evaluationStatus.${r.status}`);
  const score = (r: WorkerRankings["rows"][number]) => (
    <>
      {formatPoints(r.score, t, locale)}
      {r.score !== null && r.provisional ? (
        <Badge variant="outline" className="ml-1.5">
          {t("rankings.provisional")}
        </Badge>
      ) : null}
    </>
  );
  if (!data.rows.length) {
    return (
      <EmptyState
        icon={Trophy}
        title={t("rankings.workers.emptyTitle")}
        description={t("rankings.workers.emptyHint")}
        action={
          nominate ? (
            <Button asChild>
              <Link href="/evaluations/nominate">{t("evaluations.workers.nominate")}</Link>
            </Button>
          ) : undefined
        }
      />
    );
  }
  return (
    <>
      <p className="mb-2 text-sm text-muted-foreground">{t("rankings.workers.line", { field: data.field })}</p>
      {layout === "cards" ? (
        <ol className="grid grid-cols-1 gap-2" data-testid="worker-rankings-cards">
          {data.rows.map((r) => (
            <RankCard
              key={r.evaluationId}
              rank={r.rank}
              name={
                <div className="font-medium">
                  <Link href={`/evaluations/${r.evaluationId}`} className="hover:text-primary hover:underline" data-user-content>
                    {r.name}
                  </Link>
                  {r.titled ? <TitleBadge label={t("titles.name.worker", { year })} /> : null}
                </div>
              }
              line={`${showUnit ? `${r.unitName} · ` : ""}${r.teamName ?? ""} · ${standing(r)}`}
              value={score(r)}
            />
          ))}
        </ol>
      ) : (
        <div className="overflow-hidden rounded-xl border bg-card" data-testid="worker-rankings-table">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead className="w-16">{t("rankings.col.rank")}</TableHead>
                <TableHead>{t("rankings.col.name.worker")}</TableHead>
                <TableHead>{t("evaluations.col.team")}</TableHead>
                {showUnit ? <TableHead>{t("rankings.col.unit")}</TableHead> : null}
                <TableHead>{t("rankings.col.status")}</TableHead>
                <TableHead className="text-right">{t("rankings.col.score")}</TableHead>
                <TableHead>{t("rankings.col.grade")}</TableHead>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.rows.map((r) => (
                <TableRow key={r.evaluationId} data-testid="worker-ranking-row" data-name={r.name}>
                  <TableCell>
                    <RankMark rank={r.rank} />
                  </TableCell>
                  <TableCell className="font-medium">
                    <Link href={`/evaluations/${r.evaluationId}`} className="hover:text-primary hover:underline" data-user-content>
                      {r.name}
                    </Link>
                    {r.titled ? <TitleBadge label={t("titles.name.worker", { year })} /> : null}
                  </TableCell>
                  <TableCell className="text-muted-foreground">{r.teamName ?? "—"}</TableCell>
                  {showUnit ? <TableCell className="text-muted-foreground">{r.unitName}</TableCell> : null}
                  <TableCell>
                    <EvaluationStatusBadge status={r.status} />
                  </TableCell>
                  <TableCell className="text-right font-medium tabular-nums" data-testid="ranking-value">
                    {score(r)}
                  </TableCell>
                  <TableCell data-testid="ranking-grade">{r.vetoed && r.status === "confirmed" ? <Badge variant="accent">{t("rankings.vetoed")}</Badge> : <GradeBadge grade={r.grade} />}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
      <p className="mt-2 text-xs text-muted-foreground">{t("rankings.tieNote")}</p>
    </>
  );
}
