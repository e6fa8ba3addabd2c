import "server-only";
import { and, asc, eq, gte, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orgMonthStats, orgs, periods, workerYearStats, workers, type Period } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { UNIT_KINDS, type UnitKind } from "@/lib/domain/enums";
import { ORG_STAT_KEYS, type OrgStatFigures } from "@/lib/stats/aggregates";
import { cachedForCounty } from "@/lib/stats/county-cache";
import { chinaToday, yearEnd } from "@/lib/time";

/** Months a period covers, as the first day of each ('YYYY-MM-01'), for the stats' `month` column. */
export function periodMonthRange(period: Pick<Period, "startsOn" | "endsOn">): [string, string] {
  return [`${period.startsOn.slice(0, 7)}-01`, period.endsOn];
}

export interface Participation {
  total: number;
  /** Orgs (or workers) with approved work in the period. */
  active: number;
}

export interface DashboardData {
  period: Period;
  units: Participation;
  teams: Participation;
  workers: Participation;
  totals: OrgStatFigures;
  byMonth: ({ month: string } & Pick<OrgStatFigures, "sessions" | "attendance" | "proposals" | "trainingTrainees" | "competitionParticipants" | "cultureParticipants">)[];
  /** Per kind of unit; `benefit` is the yuan its proposals and innovations created. */
  byUnitKind: { kind: UnitKind; units: Participation; workers: Participation; sessions: number; attendeeHours: number; proposals: number; benefit: number }[];
}

const sumAll = () =>
  Object.fromEntries(ORG_STAT_KEYS.map((k) => [k, sql<number>`coalesce(sum(${orgMonthStats[k]}), 0)::float8`])) as Record<keyof OrgStatFigures, SQL<number>>;

/**
 * The office's headline figures for a period, read from the maintained aggregates (never from raw
 * records): who takes part, what was done, month by month and by unit kind. Office only.
 */
export async function getDashboard(user: CurrentUser, period: Period): Promise<DashboardData | null> {
  if (!can(user, "dashboard.view") || period.countyId !== user.countyId) return null;
  // The same for every office user of the county: computed once per change (lib/stats/county-cache.ts).
  return cachedForCounty(user.countyId, `dashboard:${period.id}`, () => computeFigures({ countyId: user.countyId, unitId: null }, period));
}

/** Whose figures: a whole county, or one unit of it (its teams' and its own approved work). */
export interface FigureScope {
  countyId: string;
  unitId: string | null;
}

/**
 * The headline figures of a county or of one unit for a period, from the maintained aggregates. No
 * authorization here: the dashboard and the annual report (lib/reports) decide who may see which.
 */
export async function computeFigures(scope: FigureScope, period: Period): Promise<DashboardData> {
  const user = { countyId: scope.countyId };
  const db = await getDb();
  const [from, to] = periodMonthRange(period);
  const ofUnit = (col: AnyPgColumn) => (scope.unitId ? eq(col, scope.unitId) : undefined);
  const inPeriod = and(eq(orgMonthStats.countyId, user.countyId), gte(orgMonthStats.month, from), lte(orgMonthStats.month, to), ofUnit(orgMonthStats.unitId));
  const unitOrg = and(eq(orgs.countyId, user.countyId), eq(orgs.level, "unit"), isNull(orgs.archivedAt), ofUnit(orgs.id));
  const teamOrg = and(eq(orgs.countyId, user.countyId), eq(orgs.level, "team"), isNull(orgs.archivedAt), ofUnit(orgs.unitId));
  const unitActive = sql`exists (select 1 from ${orgMonthStats} s where s.unit_id = ${orgs.id} and s.month >= ${from} and s.month <= ${to} and s.records > 0)`;
  const teamActive = sql`exists (select 1 from ${orgMonthStats} s where s.org_id = ${orgs.id} and s.month >= ${from} and s.month <= ${to} and s.records > 0)`;
  const workerActive = sql`${workerYearStats.sessions} + ${workerYearStats.proposals} + ${workerYearStats.innovations} > 0`;

  const [totalsRows, monthRows, unitRows, teamRows, workerRows, kindRows] = await Promise.all([
    db.select(sumAll()).from(orgMonthStats).where(inPeriod),
    db
      .select({
        month: orgMonthStats.month,
        sessions: sql<number>`sum(${orgMonthStats.sessions})::float8`,
        attendance: sql<number>`sum(${orgMonthStats.attendance})::float8`,
        proposals: sql<number>`sum(${orgMonthStats.proposals})::float8`,
        trainingTrainees: sql<number>`sum(${orgMonthStats.trainingTrainees})::float8`,
        competitionParticipants: sql<number>`sum(${orgMonthStats.competitionParticipants})::float8`,
        cultureParticipants: sql<number>`sum(${orgMonthStats.cultureParticipants})::float8`,
      })
      .from(orgMonthStats)
      .where(inPeriod)
      .groupBy(orgMonthStats.month)
      .orderBy(asc(orgMonthStats.month)),
    db
      .select({ kind: orgs.unitKind, total: sql<number>`count(*)::int`, active: sql<number>`(count(*) filter (where ${unitActive}))::int` })
      .from(orgs)
      .where(unitOrg)
      .groupBy(orgs.unitKind),
    db.select({ total: sql<number>`count(*)::int`, active: sql<number>`(count(*) filter (where ${teamActive}))::int` }).from(orgs).where(teamOrg),
    // One hash join with the county's worker-year rows, not an EXISTS probe per worker (30,000 of them per county).
    db
      .select({ kind: orgs.unitKind, total: sql<number>`count(*)::int`, active: sql<number>`(count(*) filter (where ${workerActive}))::int` })
      .from(workers)
      .innerJoin(orgs, eq(orgs.id, workers.unitId))
      .leftJoin(workerYearStats, and(eq(workerYearStats.workerId, workers.id), eq(workerYearStats.year, period.year), eq(workerYearStats.countyId, user.countyId)))
      .where(and(eq(workers.countyId, user.countyId), eq(workers.status, "active"), isNull(orgs.archivedAt), ofUnit(workers.unitId)))
      .groupBy(orgs.unitKind),
    db
      .select({
        kind: orgs.unitKind,
        sessions: sql<number>`coalesce(sum(${orgMonthStats.sessions}), 0)::float8`,
        attendeeHours: sql<number>`coalesce(sum(${orgMonthStats.attendeeHours}), 0)::float8`,
        proposals: sql<number>`coalesce(sum(${orgMonthStats.proposals}), 0)::float8`,
        benefit: sql<number>`coalesce(sum(${orgMonthStats.proposalBenefit} + ${orgMonthStats.innovationBenefit}), 0)::float8`,
      })
      .from(orgMonthStats)
      .innerJoin(orgs, eq(orgs.id, orgMonthStats.unitId))
      .where(and(inPeriod, isNull(orgs.archivedAt)))
      .groupBy(orgs.unitKind),
  ]);

  const sumOf = (rows: { total: number; active: number }[]): Participation => ({
    total: rows.reduce((s, r) => s + r.total, 0),
    active: rows.reduce((s, r) => s + r.active, 0),
  });
  return {
    period,
    units: sumOf(unitRows),
    teams: sumOf(teamRows),
    workers: sumOf(workerRows),
    totals: totalsRows[0] as OrgStatFigures,
    byMonth: monthRows,
    byUnitKind: UNIT_KINDS.map((kind) => {
      const figures = kindRows.find((r) => r.kind === kind);
      return {
        kind,
        units: sumOf(unitRows.filter((r) => r.kind === kind)),
        workers: sumOf(workerRows.filter((r) => r.kind === kind)),
        sessions: figures?.sessions ?? 0,
        attendeeHours: figures?.attendeeHours ?? 0,
        proposals: figures?.proposals ?? 0,
        benefit: figures?.benefit ?? 0,
      };
    }),
  };
}

// ---- 同比 (year on year) and the two-year monthly trend ------------------------------------------

/** The headline figures compared a year apart. */
export const YOY_FIGURES = ["sessions", "attendance", "trainingTrainees", "competitions", "proposals", "innovations10k", "cultureEvents", "publicityItems"] as const;
export type YoyFigure = (typeof YOY_FIGURES)[number] | "unitShare" | "workerShare" | "teamShare";

export interface YearOnYear {
  /** The year compared with, and the last day of it that counts (the same point of the year, by month). */
  year: number;
  through: string;
  /** Each figure's value a year earlier and its change in % (null when there was nothing to compare with). */
  figures: Record<YoyFigure, { previous: number; change: number | null }>;
}

/** The change from `previous` to `current` in %, one decimal; null when there was nothing before. */
export function changePercent(current: number, previous: number): number | null {
  if (!previous) return null;
  return Math.round(((current - previous) / previous) * 1000) / 10;
}

const share = (p: Participation) => (p.total ? Math.round((p.active / p.total) * 1000) / 10 : 0);

/**
 * The point of last year to compare `period` with on `today`: for a year in progress, the same month
 * of last year (the aggregates are monthly), so January compares with last January, not last year's
 * twelve months; for an ended year, all of last year.
 */
export function comparisonEnd(period: Pick<Period, "year" | "endsOn">, today: string): string {
  const previousYear = period.year - 1;
  if (today >= period.endsOn || today.slice(0, 4) !== String(period.year)) return yearEnd(previousYear);
  const month = Number(today.slice(5, 7));
  const last = new Date(Date.UTC(previousYear, month, 0)).getUTCDate();
  return `${previousYear}-${String(month).padStart(2, "0")}-${String(last).padStart(2, "0")}`;
}

/** Compares a year's headline figures with last year's at the same point; null when last year is not on record. */
export function yearOnYear(current: DashboardData, previous: DashboardData | null, through: string): YearOnYear | null {
  if (!previous) return null;
  const figures = {} as YearOnYear["figures"];
  for (const key of YOY_FIGURES) figures[key] = { previous: previous.totals[key], change: changePercent(current.totals[key], previous.totals[key]) };
  const shares = { unitShare: [current.units, previous.units], workerShare: [current.workers, previous.workers], teamShare: [current.teams, previous.teams] } as const;
  for (const [key, [now, before]] of Object.entries(shares) as [keyof typeof shares, readonly [Participation, Participation]][]) {
    // A share's change is in percentage points, not a percentage of a percentage.
    figures[key] = { previous: share(before), change: before.total ? Math.round((share(now) - share(before)) * 10) / 10 : null };
  }
  return { year: previous.period.year, through, figures };
}

export interface TwoYearTrend {
  /** Calendar months 1–12. */
  months: number[];
  /** Per year (last year first), per figure, one value per month; months not yet reached are null. */
  years: { year: number; sessions: (number | null)[]; attendance: (number | null)[]; proposals: (number | null)[] }[];
}

/** This year's and last year's months side by side, so a month reads against the same month a year earlier. */
export function twoYearTrend(current: DashboardData, previous: DashboardData | null, today: string): TwoYearTrend {
  const months = Array.from({ length: 12 }, (_, i) => i + 1);
  const series = (data: DashboardData) => {
    const reached = (m: number) => `${data.period.year}-${String(m).padStart(2, "0")}-01` <= today;
    const of = (m: number) => data.byMonth.find((r) => Number(r.month.slice(5, 7)) === m);
    const pick = (k: "sessions" | "attendance" | "proposals") => months.map((m) => (reached(m) ? (of(m)?.[k] ?? 0) : null));
    return { year: data.period.year, sessions: pick("sessions"), attendance: pick("attendance"), proposals: pick("proposals") };
  };
  return { months, years: [...(previous ? [series(previous)] : []), series(current)] };
}

export interface DashboardComparison {
  yoy: YearOnYear | null;
  trend: TwoYearTrend;
}

/**
 * 同比 and the two-year trend of a period's dashboard: last year read from the same aggregates. Office
 * only. The workers' share compares whole years (worker participation is kept per year, not per month).
 */
export async function getDashboardComparison(user: CurrentUser, current: DashboardData, today = chinaToday()): Promise<DashboardComparison | null> {
  if (!can(user, "dashboard.view") || current.period.countyId !== user.countyId) return null;
  const db = await getDb();
  const [previousPeriod] = await db.select().from(periods).where(and(eq(periods.countyId, user.countyId), eq(periods.year, current.period.year - 1)));
  if (!previousPeriod) return { yoy: null, trend: twoYearTrend(current, null, today) };
  const through = comparisonEnd(current.period, today);
  const scope = { countyId: user.countyId, unitId: null };
  const [whole, sameTime] = await Promise.all([
    cachedForCounty(user.countyId, `dashboard:${previousPeriod.id}`, () => computeFigures(scope, previousPeriod)),
    through === previousPeriod.endsOn ? null : cachedForCounty(user.countyId, `dashboard:${previousPeriod.id}:${through}`, () => computeFigures(scope, { ...previousPeriod, endsOn: through })),
  ]);
  return { yoy: yearOnYear(current, sameTime ?? whole, through), trend: twoYearTrend(current, whole, today) };
}
