import { and, eq, gte, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import type { Queryable } from "@/db/client";
import { orgMonthStats, orgs, workerYearStats, workers } from "@/db/schema";
import { SKILL_LEVELS } from "@/lib/domain/enums";
import { autoPoints, metricValue, monthsElapsed, type AutoRule, type OrgFacts, type WorkerFacts } from "./engine";

/*
 * The figures behind auto-scored items and metric rankings, read from the maintained aggregates
 * (never raw records). No `server-only`: the demo seed scores its evaluations with it too. It holds no
 * authorization; callers pass org ids they have already scoped.
 */

export interface PeriodRef {
  year: number;
  startsOn: string;
  endsOn: string;
}

/**
 * Facts for every team (level "team") or unit (level "unit") of a county in a period, or only for
 * `orgIds`. A team counts its own records and the unit records attributed to it; a unit counts its
 * own and all its teams'. Orgs without any approved work still get a row (zeros).
 */
export async function factsForOrgs(db: Queryable, countyId: string, period: PeriodRef, level: "team" | "unit", today: string, orgIds?: string[]): Promise<Map<string, OrgFacts>> {
  const from = `${period.startsOn.slice(0, 7)}-01`;
  const months = monthsElapsed(period, today);
  const statsKey = level === "team" ? orgMonthStats.orgId : orgMonthStats.unitId;
  const workerKey = level === "team" ? workers.teamId : workers.unitId;
  const yearKey = level === "team" ? workerYearStats.teamId : workerYearStats.unitId;
  const only = (col: AnyPgColumn): SQL | undefined => (orgIds ? (orgIds.length ? inArray(col, orgIds) : sql`false`) : undefined);

  const [orgRows, statRows, rosterRows, attendingRows] = await Promise.all([
    db
      .select({ id: orgs.id })
      .from(orgs)
      .where(and(eq(orgs.countyId, countyId), eq(orgs.level, level), isNull(orgs.archivedAt), only(orgs.id))),
    db
      .select({
        id: sql<string>`${statsKey}`,
        sessions: sql<number>`sum(${orgMonthStats.sessions})::float8`,
        attendeeHours: sql<number>`sum(${orgMonthStats.attendeeHours})::float8`,
        proposals: sql<number>`sum(${orgMonthStats.proposals})::float8`,
        proposalsAdopted: sql<number>`sum(${orgMonthStats.proposalsAdopted})::float8`,
        benefitYuan: sql<number>`sum(${orgMonthStats.proposalBenefit} + ${orgMonthStats.innovationBenefit})::float8`,
        innovations10k: sql<number>`sum(${orgMonthStats.innovations10k})::float8`,
        trainingTrainees: sql<number>`sum(${orgMonthStats.trainingTrainees})::float8`,
        competitions: sql<number>`sum(${orgMonthStats.competitions})::float8`,
        competitionWinners: sql<number>`sum(${orgMonthStats.competitionWinners})::float8`,
        cultureEvents: sql<number>`sum(${orgMonthStats.cultureEvents})::float8`,
        publicityItems: sql<number>`sum(${orgMonthStats.publicityItems})::float8`,
      })
      .from(orgMonthStats)
      .where(and(eq(orgMonthStats.countyId, countyId), gte(orgMonthStats.month, from), lte(orgMonthStats.month, period.endsOn), sql`${statsKey} is not null`, only(statsKey)))
      .groupBy(statsKey),
    db
      .select({ id: sql<string>`${workerKey}`, n: sql<number>`count(*)::int` })
      .from(workers)
      .where(and(eq(workers.countyId, countyId), eq(workers.status, "active"), only(workerKey)))
      .groupBy(workerKey),
    db
      .select({ id: sql<string>`${yearKey}`, n: sql<number>`count(distinct ${workerYearStats.workerId})::int` })
      .from(workerYearStats)
      // The county condition on workers too: without it the planner joins the whole roster (every county's).
      .innerJoin(workers, and(eq(workers.id, workerYearStats.workerId), eq(workers.status, "active"), eq(workers.countyId, countyId)))
      // Participation is kept per calendar year: a window across New Year (the rankings' last 12 months) counts both years.
      .where(
        and(
          eq(workerYearStats.countyId, countyId),
          gte(workerYearStats.year, Number(period.startsOn.slice(0, 4))),
          lte(workerYearStats.year, Number(period.endsOn.slice(0, 4))),
          sql`${workerYearStats.sessions} > 0`,
          only(yearKey),
        ),
      )
      .groupBy(yearKey),
  ]);

  const stats = new Map(statRows.map((r) => [r.id, r]));
  const roster = new Map(rosterRows.map((r) => [r.id, r.n]));
  const attending = new Map(attendingRows.map((r) => [r.id, r.n]));
  const out = new Map<string, OrgFacts>();
  for (const { id } of orgRows) {
    const s = stats.get(id);
    out.set(id, {
      roster: roster.get(id) ?? 0,
      months,
      sessions: s?.sessions ?? 0,
      attendeeHours: s?.attendeeHours ?? 0,
      attendingWorkers: attending.get(id) ?? 0,
      proposals: s?.proposals ?? 0,
      proposalsAdopted: s?.proposalsAdopted ?? 0,
      benefitYuan: s?.benefitYuan ?? 0,
      innovations10k: s?.innovations10k ?? 0,
      trainingTrainees: s?.trainingTrainees ?? 0,
      competitions: s?.competitions ?? 0,
      competitionWinners: s?.competitionWinners ?? 0,
      cultureEvents: s?.cultureEvents ?? 0,
      publicityItems: s?.publicityItems ?? 0,
    });
  }
  return out;
}

export interface AutoScore {
  itemId: string;
  value: number | null;
  points: number;
  noData: boolean;
}

/**
 * 知识型职工 facts for some workers in a calendar year: their approved participation from
 * worker_year_stats (keyed on the worker, wherever it sat when the records were approved) and their
 * current skill level from the roster. Workers without any approved participation get zeros.
 */
export async function factsForWorkers(db: Queryable, countyId: string, year: number, workerIds: string[]): Promise<Map<string, WorkerFacts>> {
  if (!workerIds.length) return new Map();
  const [roster, stats] = await Promise.all([
    db
      .select({ id: workers.id, skillLevel: workers.skillLevel })
      .from(workers)
      .where(and(eq(workers.countyId, countyId), inArray(workers.id, workerIds))),
    db
      .select({
        id: workerYearStats.workerId,
        sessions: sql<number>`sum(${workerYearStats.sessions})::float8`,
        studyHours: sql<number>`sum(${workerYearStats.studyHours})::float8`,
        proposalsAdopted: sql<number>`sum(${workerYearStats.proposalsAdopted})::float8`,
        innovations10k: sql<number>`sum(${workerYearStats.innovations10k})::float8`,
      })
      .from(workerYearStats)
      .where(and(eq(workerYearStats.countyId, countyId), eq(workerYearStats.year, year), inArray(workerYearStats.workerId, workerIds)))
      .groupBy(workerYearStats.workerId),
  ]);
  const byId = new Map(stats.map((s) => [s.id, s]));
  return new Map(
    roster.map((w) => {
      const s = byId.get(w.id);
      return [w.id, { sessions: s?.sessions ?? 0, studyHours: s?.studyHours ?? 0, proposalsAdopted: s?.proposalsAdopted ?? 0, innovations10k: s?.innovations10k ?? 0, skillLevel: SKILL_LEVELS.indexOf(w.skillLevel) }];
    }),
  );
}

/** Scores the auto items of a scheme against an org's (or, for 知识型职工, a worker's) facts (null facts: no data, no points). */
export function scoreAutoItems(items: readonly { id: string; maxPoints: number; mode: "manual" | "auto"; rule: AutoRule | null }[], facts: OrgFacts | null, worker: WorkerFacts | null = null): AutoScore[] {
  return items
    .filter((it) => it.mode === "auto" && it.rule)
    .map((it) => {
      const value = metricValue(it.rule!.metric, { org: facts, worker });
      const scored = autoPoints(it.rule!, value, it.maxPoints);
      return { itemId: it.id, value: value === null ? null : Math.round(value * 100) / 100, ...scored };
    });
}
