import "server-only";
import { and, asc, eq, inArray, isNull, isNotNull } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { evaluations, orgs, titles, workers, type Period } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { AutoMetric, EvaluationStatus, Grade, UnitKind } from "@/lib/domain/enums";
import { metricValue, rankBy, type OrgFacts } from "@/lib/evaluations/engine";
import { factsForOrgs } from "@/lib/evaluations/facts";
import { rankingScore } from "@/lib/evaluations/rules";
import { chinaToday } from "@/lib/time";
import { rankMetricsFor, rollingWindow, type RankingFilters } from "./schemas";
import { cachedForCounty } from "@/lib/stats/county-cache";
import { paginate, type Paged } from "@/lib/db/paginate";

export interface RankingRow {
  orgId: string;
  name: string;
  unitId: string;
  unitName: string;
  unitKind: UnitKind | null;
  industry: string | null;
  evaluationId: string | null;
  status: EvaluationStatus | null;
  score: number | null;
  provisional: boolean;
  grade: Grade | null;
  vetoed: boolean;
  /** The figure ranked by (score or the chosen metric). */
  value: number | null;
  rank: number | null;
  metrics: Partial<Record<AutoMetric, number | null>>;
  /** Holds this period's title (学习型班组 …). */
  titled: boolean;
  /** The leader's own row: where it stands on each metric in the whole field. */
  metricRanks?: Partial<Record<AutoMetric, number | null>>;
}

export interface Rankings {
  period: Period;
  filters: RankingFilters;
  /** Whose rows the user sees: the county's (office), its unit's teams (union), its own team's place (leader). */
  scope: "county" | "unit" | "team";
  rows: RankingRow[];
  /** How many orgs were ranked (the whole field, also when only some rows are shown). */
  field: number;
  /** The county's industries, for the filter. */
  industries: string[];
}

/**
 * Teams or units of the user's county ranked by final (else provisional) evaluation score or by a
 * metric from the maintained aggregates, in the period. Ties share a rank; vetoed evaluations rank
 * last. The office sees every row and may filter by unit kind and industry; a union sees its own
 * teams with their county-wide rank; a leader only its own team's row.
 */
export async function getRankings(user: CurrentUser, period: Period, filters: RankingFilters): Promise<Rankings | null> {
  if (!can(user, "rankings.view") || period.countyId !== user.countyId) return null;
  // 知识型职工 have their own ranking (getWorkerRankings); here only teams and units.
  const units = can(user, "rankings.units");
  const level = units && filters.level !== "worker" ? filters.level : "team";
  const effective: RankingFilters = units ? { ...filters, level } : { ...filters, level, unitKind: undefined, industry: undefined };
  const key = ["rankings", period.id, level, effective.unitKind ?? "", effective.industry ?? "", effective.by, effective.window ?? "year", effective.window === "12m" ? chinaToday() : ""].join(":");
  // The whole field is the same for every viewer of the county: computed once per change (lib/stats/county-cache.ts).
  const { ranked, industries } = await cachedForCounty(user.countyId, key, () => rankField(user.countyId, period, level, effective));
  const metrics = rankMetricsFor(level);
  let visible: RankingRow[] = ranked.filter((r) => (user.role === "office" ? true : user.role === "union" ? r.unitId === user.unitId : r.orgId === user.teamId));
  if (user.orgLevel === "team") {
    // The leader's own place on each metric in the whole field (my-team-position.tsx). Ranking the
    // field once per metric is the page's costliest step (2,000 teams × each metric), so it is
    // computed once per change of the county too, and only for the leader, the one who shows it.
    const byMetric = await cachedForCounty(user.countyId, `${key}:metric-ranks`, async () =>
      new Map(metrics.map((k) => [k, new Map(rankBy(ranked, (r) => r.metrics[k] ?? null).map((r) => [r.orgId, r.rank]))])),
    );
    visible = visible.map((r) => ({ ...r, metricRanks: Object.fromEntries(metrics.map((k) => [k, byMetric.get(k)!.get(r.orgId) ?? null])) }));
  }
  return {
    period,
    filters: effective,
    scope: user.orgLevel,
    rows: visible,
    field: ranked.length,
    industries: units ? industries : [],
  };
}

/** The rankings as the page shows them: the whole field is ranked (a county of 2,000 teams), one page of the user's rows is rendered. */
export async function getRankingsPage(user: CurrentUser, period: Period, filters: RankingFilters): Promise<(Omit<Rankings, "rows"> & { rows: Paged<RankingRow> }) | null> {
  const rankings = await getRankings(user, period, filters);
  if (!rankings) return null;
  const { rows } = rankings;
  return { ...rankings, rows: await paginate(filters.page, async () => rows.length, async (limit, offset) => rows.slice(offset, offset + limit)) };
}

/** Every team (or unit) of the county ranked under the filters, with the county's industries. */
async function rankField(countyId: string, period: Period, level: "team" | "unit", effective: RankingFilters): Promise<{ ranked: RankingRow[]; industries: string[] }> {
  const db = await getDb();
  const unit = alias(orgs, "unit");
  const [orgRows, evalRows, industryRows, facts, titleRows] = await Promise.all([
    db
      .select({ id: orgs.id, name: orgs.name, unitId: unit.id, unitName: unit.name, unitKind: unit.unitKind, industry: unit.industry })
      .from(orgs)
      .innerJoin(unit, eq(unit.id, orgs.unitId))
      .where(
        and(
          eq(orgs.countyId, countyId),
          eq(orgs.level, level),
          isNull(orgs.archivedAt),
          effective.unitKind ? eq(unit.unitKind, effective.unitKind) : undefined,
          effective.industry ? eq(unit.industry, effective.industry) : undefined,
        ),
      )
      .orderBy(asc(unit.name), asc(orgs.name)),
    db
      .select({
        id: evaluations.id,
        subjectId: evaluations.subjectId,
        status: evaluations.status,
        selfTotal: evaluations.selfTotal,
        reviewTotal: evaluations.reviewTotal,
        finalTotal: evaluations.finalTotal,
        grade: evaluations.grade,
        vetoed: evaluations.vetoed,
      })
      .from(evaluations)
      .where(
        and(
          eq(evaluations.countyId, countyId),
          eq(evaluations.periodId, period.id),
          level === "team" ? eq(evaluations.target, "team") : inArray(evaluations.target, ["enterprise", "organ_institution"]),
        ),
      ),
    db
      .selectDistinct({ industry: orgs.industry })
      .from(orgs)
      .where(and(eq(orgs.countyId, countyId), eq(orgs.level, "unit"), isNull(orgs.archivedAt), isNotNull(orgs.industry)))
      .orderBy(asc(orgs.industry)),
    factsForOrgs(db, countyId, effective.window === "12m" ? rollingWindow(chinaToday()) : period, level, chinaToday()),
    db
      .select({ subjectId: titles.subjectId })
      .from(titles)
      .where(and(eq(titles.countyId, countyId), eq(titles.periodId, period.id), eq(titles.status, "held"), level === "team" ? eq(titles.target, "team") : inArray(titles.target, ["enterprise", "organ_institution"]))),
  ]);
  const titled = new Set(titleRows.map((r) => r.subjectId));
  const evalOf = new Map(evalRows.map((e) => [e.subjectId, e]));
  const metrics = rankMetricsFor(level);
  const all: Omit<RankingRow, "rank">[] = orgRows.map((o) => {
    const e = evalOf.get(o.id);
    const { score, provisional } = e ? rankingScore(e) : { score: null, provisional: true };
    const f: OrgFacts | null = facts.get(o.id) ?? null;
    const m = Object.fromEntries(metrics.map((k) => [k, metricValue(k, { org: f })])) as Partial<Record<AutoMetric, number | null>>;
    return {
      orgId: o.id,
      name: o.name,
      unitId: o.unitId,
      unitName: o.unitName,
      unitKind: o.unitKind,
      industry: o.industry,
      evaluationId: e?.id ?? null,
      status: e?.status ?? null,
      score,
      provisional,
      grade: e?.status === "confirmed" ? e.grade : null,
      vetoed: e?.vetoed ?? false,
      value: effective.by === "score" ? score : (m[effective.by] ?? null),
      metrics: m,
      titled: titled.has(o.id),
    };
  });
  // Among equals (who share a place), confirmed results are listed before provisional ones.
  all.sort((a, b) => Number(a.provisional) - Number(b.provisional));
  const ranked = rankBy(all, (r) => r.value, (r) => effective.by === "score" && r.vetoed);
  return { ranked, industries: industryRows.map((r) => r.industry!).filter(Boolean) };
}

export interface WorkerRankingRow {
  evaluationId: string;
  workerId: string;
  name: string;
  teamId: string | null;
  teamName: string | null;
  unitId: string;
  unitName: string;
  unitKind: UnitKind | null;
  status: EvaluationStatus;
  score: number | null;
  provisional: boolean;
  grade: Grade | null;
  vetoed: boolean;
  rank: number | null;
  /** Holds the 知识型职工 title of this period. */
  titled: boolean;
}

export interface WorkerRankings {
  period: Period;
  filters: RankingFilters;
  rows: WorkerRankingRow[];
  /** How many nominated workers were ranked in the county (the whole field). */
  field: number;
}

/**
 * The county's nominated 知识型职工 of a period ranked by final (else provisional) score; ties share
 * a place, vetoed ones last. The office sees all (filterable by unit kind and industry), a union its
 * unit's workers, a leader its own team's nominees, each with the county-wide place.
 */
export async function getWorkerRankings(user: CurrentUser, period: Period, filters: RankingFilters): Promise<WorkerRankings | null> {
  if (!can(user, "rankings.view") || period.countyId !== user.countyId) return null;
  const effective: RankingFilters = can(user, "rankings.units") ? { ...filters, level: "worker", by: "score" } : { ...filters, level: "worker", by: "score", unitKind: undefined, industry: undefined };
  const db = await getDb();
  const unit = alias(orgs, "unit");
  const team = alias(orgs, "team");
  const rows = await db
    .select({
      evaluationId: evaluations.id,
      workerId: workers.id,
      name: workers.name,
      teamId: evaluations.teamId,
      teamName: team.name,
      unitId: unit.id,
      unitName: unit.name,
      unitKind: unit.unitKind,
      status: evaluations.status,
      selfTotal: evaluations.selfTotal,
      reviewTotal: evaluations.reviewTotal,
      finalTotal: evaluations.finalTotal,
      grade: evaluations.grade,
      vetoed: evaluations.vetoed,
      titleId: titles.id,
    })
    .from(evaluations)
    .innerJoin(workers, eq(workers.id, evaluations.workerId))
    .innerJoin(unit, eq(unit.id, evaluations.unitId))
    .leftJoin(team, eq(team.id, evaluations.teamId))
    .leftJoin(titles, and(eq(titles.evaluationId, evaluations.id), eq(titles.status, "held")))
    .where(
      and(
        eq(evaluations.countyId, user.countyId),
        eq(evaluations.periodId, period.id),
        eq(evaluations.target, "worker"),
        effective.unitKind ? eq(unit.unitKind, effective.unitKind) : undefined,
        effective.industry ? eq(unit.industry, effective.industry) : undefined,
      ),
    )
    .orderBy(asc(unit.name), asc(team.name), asc(workers.name));
  const all = rows.map((r) => {
    const { score, provisional } = rankingScore(r);
    return {
      evaluationId: r.evaluationId,
      workerId: r.workerId,
      name: r.name,
      teamId: r.teamId,
      teamName: r.teamName,
      unitId: r.unitId,
      unitName: r.unitName,
      unitKind: r.unitKind,
      status: r.status,
      score,
      provisional,
      grade: r.status === "confirmed" ? r.grade : null,
      vetoed: r.vetoed,
      titled: r.titleId !== null,
    };
  });
  all.sort((a, b) => Number(a.provisional) - Number(b.provisional));
  const ranked = rankBy(all, (r) => r.score, (r) => r.vetoed);
  const visible = ranked.filter((r) => (user.role === "office" ? true : user.role === "union" ? r.unitId === user.unitId : r.teamId === user.teamId));
  return { period, filters: effective, rows: visible, field: ranked.length };
}
