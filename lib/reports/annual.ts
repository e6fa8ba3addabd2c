import "server-only";
import { and, asc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orgMonthStats, orgs, periods, records, titles, workerYearStats, workers, type Period } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { computeFigures, periodMonthRange, type DashboardData } from "@/lib/dashboard/queries";
import { rowsOf } from "@/lib/db-rows";
import { COMPETITION_LEVELS, CULTURE_TYPES, STUDY_CONTENTS, STUDY_FORMS, type EvaluationTarget, type TitleStatus, type UnitKind } from "@/lib/domain/enums";
import { resolvePeriod } from "@/lib/periods/queries";
import { chinaToday } from "@/lib/time";
import { reportScopeFor, type ReportScope } from "./scope";

type StudyForm = (typeof STUDY_FORMS)[number];
type StudyContent = (typeof STUDY_CONTENTS)[number];
type CompetitionLevel = (typeof COMPETITION_LEVELS)[number];
type CultureType = (typeof CULTURE_TYPES)[number];

/** The breakdowns the maintained aggregates do not keep, counted from the approved records themselves. */
export interface RecordBreakdowns {
  /** Sessions, 人次 (attendees) and hours by 岗位学习 / 集中培训 / 社会教育. */
  studyByForm: Record<StudyForm, { sessions: number; attendance: number; hours: number }>;
  /** By 五学 content; a session that covers two contents counts under both. */
  studyByContent: Record<StudyContent, { sessions: number; attendance: number }>;
  /** 合理化建议 implemented (adopted ones put into practice) and the benefit of those. */
  proposalsImplemented: number;
  competitionsByLevel: Record<CompetitionLevel, { competitions: number; participants: number; winners: number }>;
  cultureByType: Record<CultureType, { events: number; participants: number }>;
}

export interface YearFigures extends RecordBreakdowns {
  period: Period;
  figures: DashboardData;
}

/** One row per unit (county report) or per team (unit report; the unit's own work in a row of its own). */
export interface BreakdownRow {
  orgId: string;
  name: string;
  unitKind: UnitKind | null;
  /** The unit's own records not attributed to a team (unit report only). */
  own: boolean;
  workers: { total: number; active: number };
  sessions: number;
  attendance: number;
  trainingTrainees: number;
  competitionParticipants: number;
  proposals: number;
  proposalsAdopted: number;
  proposalBenefit: number;
  innovations10k: number;
  cultureEvents: number;
}

export interface NamedTitle {
  target: EvaluationTarget;
  holder: string;
  /** The unit (and team, for a worker) the holder belongs to; empty for a unit. */
  where: string;
  status: TitleStatus;
  withdrawnAt: Date | null;
}

export interface AnnualReport {
  scope: ReportScope;
  year: number;
  /** The last day the figures cover: today while the year runs, else its last day. */
  asOf: string;
  current: YearFigures;
  /** The same figures a year earlier (同比), when the county had that year. */
  previous: YearFigures | null;
  breakdown: BreakdownRow[];
  titles: NamedTitle[];
}

const f8 = (e: SQL) => sql<number>`coalesce(${e}, 0)::float8`;

/** Approved records of the scope dated in the period. */
function approvedIn(scope: ReportScope, period: Period): SQL {
  return and(
    eq(records.countyId, scope.countyId),
    scope.unitId ? eq(records.unitId, scope.unitId) : undefined,
    eq(records.status, "approved"),
    sql`${records.occurredOn} between ${period.startsOn} and ${period.endsOn}`,
  )!;
}

async function recordBreakdowns(scope: ReportScope, period: Period): Promise<RecordBreakdowns> {
  const db = await getDb();
  const where = approvedIn(scope, period);
  const [forms, contents, proposals, levels, cultures] = await Promise.all([
    db
      .select({ key: sql<string>`${records.details}->>'form'`, sessions: sql<number>`count(*)::int`, attendance: f8(sql`sum(${records.participants})`), hours: f8(sql`sum(${records.hours})`) })
      .from(records)
      .where(and(where, eq(records.kind, "study_session")))
      .groupBy(sql`1`),
    db.execute(sql`select c.content as key, count(*)::int as sessions, coalesce(sum(${records.participants}), 0)::float8 as attendance
      from ${records} cross join lateral jsonb_array_elements_text(coalesce(${records.details}->'contents', '[]'::jsonb)) as c(content)
      where ${where} and ${records.kind} = 'study_session' group by 1`),
    db
      .select({ implemented: sql<number>`(count(*) filter (where coalesce((${records.details}->>'implemented')::boolean, false)))::int` })
      .from(records)
      .where(and(where, eq(records.kind, "proposal"))),
    db
      .select({ key: sql<string>`${records.details}->>'level'`, competitions: sql<number>`count(*)::int`, participants: f8(sql`sum(${records.participants})`), winners: f8(sql`sum((${records.details}->>'winners')::int)`) })
      .from(records)
      .where(and(where, eq(records.kind, "competition")))
      .groupBy(sql`1`),
    db
      .select({ key: sql<string>`${records.details}->>'eventType'`, events: sql<number>`count(*)::int`, participants: f8(sql`sum(${records.participants})`) })
      .from(records)
      .where(and(where, eq(records.kind, "culture")))
      .groupBy(sql`1`),
  ]);
  const contentRows = rowsOf<{ key: string; sessions: number; attendance: number }>(contents);
  const pick = <K extends string, V>(keys: readonly K[], rows: ({ key: string } & V)[], empty: V) =>
    Object.fromEntries(keys.map((k) => [k, rows.find((r) => r.key === k) ?? empty])) as Record<K, V>;
  return {
    studyByForm: pick(STUDY_FORMS, forms, { sessions: 0, attendance: 0, hours: 0 }),
    studyByContent: pick(STUDY_CONTENTS, contentRows.map((r) => ({ ...r, sessions: Number(r.sessions), attendance: Number(r.attendance) })), { sessions: 0, attendance: 0 }),
    proposalsImplemented: proposals[0]?.implemented ?? 0,
    competitionsByLevel: pick(COMPETITION_LEVELS, levels, { competitions: 0, participants: 0, winners: 0 }),
    cultureByType: pick(CULTURE_TYPES, cultures, { events: 0, participants: 0 }),
  };
}

async function yearFigures(scope: ReportScope, period: Period): Promise<YearFigures> {
  const [figures, breakdowns] = await Promise.all([computeFigures(scope, period), recordBreakdowns(scope, period)]);
  return { period, figures, ...breakdowns };
}

/** Per unit (county) or per team (unit): live orgs with their approved work and worker participation. */
async function breakdownRows(scope: ReportScope, period: Period): Promise<BreakdownRow[]> {
  const db = await getDb();
  const [from, to] = periodMonthRange(period);
  const byUnit = scope.level === "county";
  // The bucket a stats row falls in: its unit, or (unit report) its team, else the unit itself.
  const bucket = byUnit ? orgMonthStats.unitId : sql`coalesce(${orgMonthStats.teamId}, ${orgMonthStats.unitId})`;
  const workerBucket = byUnit ? workers.unitId : workers.teamId;
  const [orgRows, statRows, workerRows] = await Promise.all([
    db
      .select({ id: orgs.id, name: orgs.name, unitKind: orgs.unitKind })
      .from(orgs)
      .where(and(eq(orgs.countyId, scope.countyId), isNull(orgs.archivedAt), byUnit ? eq(orgs.level, "unit") : eq(orgs.unitId, scope.unitId!)))
      .orderBy(sql`${orgs.level} = 'unit' desc`, asc(orgs.name)),
    db
      .select({
        orgId: sql<string>`${bucket}`,
        sessions: f8(sql`sum(${orgMonthStats.sessions})`),
        attendance: f8(sql`sum(${orgMonthStats.attendance})`),
        trainingTrainees: f8(sql`sum(${orgMonthStats.trainingTrainees})`),
        competitionParticipants: f8(sql`sum(${orgMonthStats.competitionParticipants})`),
        proposals: f8(sql`sum(${orgMonthStats.proposals})`),
        proposalsAdopted: f8(sql`sum(${orgMonthStats.proposalsAdopted})`),
        proposalBenefit: f8(sql`sum(${orgMonthStats.proposalBenefit})`),
        innovations10k: f8(sql`sum(${orgMonthStats.innovations10k})`),
        cultureEvents: f8(sql`sum(${orgMonthStats.cultureEvents})`),
      })
      .from(orgMonthStats)
      .where(and(eq(orgMonthStats.countyId, scope.countyId), scope.unitId ? eq(orgMonthStats.unitId, scope.unitId) : sql`${orgMonthStats.unitId} is not null`, sql`${orgMonthStats.month} between ${from} and ${to}`))
      .groupBy(sql`1`),
    db
      .select({
        orgId: workerBucket,
        total: sql<number>`count(*)::int`,
        active: sql<number>`(count(*) filter (where ${workerYearStats.sessions} + ${workerYearStats.proposals} + ${workerYearStats.innovations} > 0))::int`,
      })
      .from(workers)
      .leftJoin(workerYearStats, and(eq(workerYearStats.workerId, workers.id), eq(workerYearStats.year, period.year)))
      .where(and(eq(workers.countyId, scope.countyId), eq(workers.status, "active"), scope.unitId ? eq(workers.unitId, scope.unitId) : undefined))
      .groupBy(workerBucket),
  ]);
  const stats = new Map(statRows.map((r) => [r.orgId, r]));
  const people = new Map(workerRows.map((r) => [r.orgId, r]));
  return orgRows.map((o) => {
    const s = stats.get(o.id);
    const w = people.get(o.id);
    return {
      orgId: o.id,
      name: o.name,
      unitKind: o.unitKind,
      own: !byUnit && o.id === scope.unitId,
      workers: { total: w?.total ?? 0, active: w?.active ?? 0 },
      sessions: s?.sessions ?? 0,
      attendance: s?.attendance ?? 0,
      trainingTrainees: s?.trainingTrainees ?? 0,
      competitionParticipants: s?.competitionParticipants ?? 0,
      proposals: s?.proposals ?? 0,
      proposalsAdopted: s?.proposalsAdopted ?? 0,
      proposalBenefit: s?.proposalBenefit ?? 0,
      innovations10k: s?.innovations10k ?? 0,
      cultureEvents: s?.cultureEvents ?? 0,
    };
  });
}

/** The titles named in the year within the scope (withdrawn ones too, marked), by kind then holder. */
async function namedTitles(scope: ReportScope, period: Period): Promise<NamedTitle[]> {
  const db = await getDb();
  const subject = alias(orgs, "subject");
  const unit = alias(orgs, "unit");
  const team = alias(orgs, "team");
  const rows = await db
    .select({
      target: titles.target,
      holder: sql<string>`coalesce(${subject.name}, ${workers.name})`,
      unitName: unit.name,
      teamName: team.name,
      status: titles.status,
      withdrawnAt: titles.withdrawnAt,
    })
    .from(titles)
    .innerJoin(unit, eq(unit.id, titles.unitId))
    .leftJoin(team, eq(team.id, titles.teamId))
    .leftJoin(subject, eq(subject.id, titles.subjectId))
    .leftJoin(workers, eq(workers.id, titles.workerId))
    .where(and(eq(titles.countyId, scope.countyId), eq(titles.periodId, period.id), scope.unitId ? eq(titles.unitId, scope.unitId) : undefined))
    .orderBy(asc(titles.target), asc(unit.name), sql`2`);
  return rows.map((r) => ({
    target: r.target,
    holder: r.holder,
    where: r.target === "worker" ? [r.unitName, r.teamName].filter(Boolean).join(" · ") : r.target === "team" ? r.unitName : "",
    status: r.status,
    withdrawnAt: r.withdrawnAt,
  }));
}

/**
 * The annual report of the year asked for (else the current one): the office's county or a union's
 * unit, from approved records only, with last year's figures beside this year's where the county
 * had that year. Null for anyone else (a leader) and for a county without years.
 */
export async function getAnnualReport(user: CurrentUser, year?: number, today = chinaToday()): Promise<AnnualReport | null> {
  const scope = await reportScopeFor(user);
  if (!scope) return null;
  const period = await resolvePeriod(user, year);
  if (!period) return null;
  const db = await getDb();
  const [previousPeriod] = await db.select().from(periods).where(and(eq(periods.countyId, scope.countyId), eq(periods.year, period.year - 1)));
  const [current, previous, breakdown, named] = await Promise.all([
    yearFigures(scope, period),
    previousPeriod ? yearFigures(scope, previousPeriod) : Promise.resolve(null),
    breakdownRows(scope, period),
    namedTitles(scope, period),
  ]);
  return { scope, year: period.year, asOf: today < period.endsOn ? today : period.endsOn, current, previous, breakdown, titles: named };
}
