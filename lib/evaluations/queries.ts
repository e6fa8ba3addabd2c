import "server-only";
import { cache } from "react";
import { and, asc, count, desc, eq, inArray, isNull, or, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditLog, evaluationIndicators, evaluationItems, evaluationSchemes, evaluationScores, evaluations, orgs, periods, users, workers, type Evaluation, type EvaluationItem, type EvaluationScore, type Period } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { EvaluationStatus, EvaluationTarget, Grade, SkillLevel, WorkerStatus } from "@/lib/domain/enums";
import { getCurrentPeriod } from "@/lib/periods/queries";
import { chinaToday } from "@/lib/time";
import { targetForUnitKind } from "./default-schemes";
import { totalsOf, type GradeBands, type OrgFacts, type WorkerFacts } from "./engine";
import { factsForOrgs, factsForWorkers, scoreAutoItems, type AutoScore } from "./facts";
import { evaluationScopeFor } from "./scope";
import { allowedEvaluationActions, canWithdrawNomination, nominationLimit, type EvaluationAction } from "./rules";
import { paginate, type Paged } from "@/lib/db/paginate";
import { isUuid } from "@/lib/forms/ids";

export { evaluationScopeFor };



const subject = alias(orgs, "subject");
const unit = alias(orgs, "unit");
const team = alias(orgs, "team");
/** The evaluated: an org's name, or for 知识型职工 the worker's. */
const subjectName = sql<string>`coalesce(${subject.name}, ${workers.name})`;

export interface EvaluationListRow {
  id: string;
  subjectId: string;
  target: EvaluationTarget;
  status: EvaluationStatus;
  version: number;
  subjectName: string;
  unitName: string;
  /** The team of a team's or worker's evaluation. */
  teamName: string | null;
  workerId: string | null;
  year: number;
  selfTotal: number | null;
  reviewTotal: number | null;
  finalTotal: number | null;
  grade: Grade | null;
  vetoed: boolean;
  submittedAt: Date | null;
  /** When the office confirmed it: its scores, auto items included, are fixed as of then. */
  confirmedAt: Date | null;
  updatedAt: Date;
}

const listColumns = {
  id: evaluations.id,
  subjectId: evaluations.subjectId,
  target: evaluations.target,
  status: evaluations.status,
  version: evaluations.version,
  subjectName,
  unitName: unit.name,
  teamName: team.name,
  workerId: evaluations.workerId,
  year: periods.year,
  selfTotal: evaluations.selfTotal,
  reviewTotal: evaluations.reviewTotal,
  finalTotal: evaluations.finalTotal,
  grade: evaluations.grade,
  vetoed: evaluations.vetoed,
  submittedAt: evaluations.submittedAt,
  confirmedAt: evaluations.confirmedAt,
  updatedAt: evaluations.updatedAt,
};

async function listWhere(where: SQL | undefined, order: SQL[], slice?: { limit: number; offset: number }): Promise<EvaluationListRow[]> {
  const db = await getDb();
  const query = db
    .select(listColumns)
    .from(evaluations)
    .leftJoin(subject, eq(subject.id, evaluations.subjectId))
    .leftJoin(workers, eq(workers.id, evaluations.workerId))
    .leftJoin(team, eq(team.id, evaluations.teamId))
    .innerJoin(unit, eq(unit.id, evaluations.unitId))
    .innerJoin(periods, eq(periods.id, evaluations.periodId))
    .where(where)
    .orderBy(...order);
  return slice ? query.limit(slice.limit).offset(slice.offset) : query;
}

/** The conditions of what waits for this user: self-assessments to review (union: its teams'; office: units'), and for the office, reviews to confirm. */
function queueConditions(user: CurrentUser): { review: SQL | undefined; confirm: SQL | undefined } {
  // A closed year's evaluations take no review nor confirmation: they wait in no queue.
  const yearOpen = sql`exists (select 1 from periods p where p.id = ${evaluations.periodId} and p.status = 'open')`;
  return {
    review:
      user.role === "union"
        ? and(eq(evaluations.countyId, user.countyId), eq(evaluations.unitId, user.unitId!), inArray(evaluations.target, ["team", "worker"]), eq(evaluations.status, "submitted"), yearOpen)
        : and(eq(evaluations.countyId, user.countyId), inArray(evaluations.target, ["enterprise", "organ_institution"]), eq(evaluations.status, "submitted"), yearOpen),
    confirm: user.role === "office" ? and(eq(evaluations.countyId, user.countyId), eq(evaluations.status, "accepted"), yearOpen) : undefined,
  };
}

/** What waits for this user: self-assessments to review (union: its teams'; office: units'), and for the office, reviews to confirm. */
export async function listEvaluationQueue(user: CurrentUser): Promise<{ review: EvaluationListRow[]; confirm: EvaluationListRow[] }> {
  if (user.role === "leader") return { review: [], confirm: [] };
  const where = queueConditions(user);
  const [review, confirm] = await Promise.all([
    listWhere(where.review, [asc(evaluations.submittedAt)]),
    where.confirm ? listWhere(where.confirm, [asc(evaluations.reviewedAt)]) : Promise.resolve([]),
  ]);
  return { review, confirm };
}

/**
 * One page of each queue (the evaluations page's 待办): at city scale an office has hundreds waiting,
 * and a page lists PAGE_SIZE of each, oldest first, with the totals for the tab's count.
 */
export async function listEvaluationQueuePage(user: CurrentUser, pages: { review: number; confirm: number }): Promise<{ review: Paged<EvaluationListRow>; confirm: Paged<EvaluationListRow> }> {
  const none: Paged<EvaluationListRow> = { rows: [], total: 0, page: 1, pageCount: 1 };
  if (user.role === "leader") return { review: none, confirm: none };
  const where = queueConditions(user);
  const totals = countEvaluationQueues(user);
  const [review, confirm] = await Promise.all([
    paginate(pages.review, async () => (await totals).review, (limit, offset) => listWhere(where.review, [asc(evaluations.submittedAt), asc(evaluations.id)], { limit, offset })),
    where.confirm ? paginate(pages.confirm, async () => (await totals).confirm, (limit, offset) => listWhere(where.confirm, [asc(evaluations.reviewedAt), asc(evaluations.id)], { limit, offset })) : Promise.resolve(none),
  ]);
  return { review, confirm };
}

/**
 * How many wait in each of this user's queues, in one query. Once per request: every page's layout
 * counts them for the navigation's badge, and the evaluations page's 待办 pages the same queues.
 */
const countEvaluationQueues = cache(async (user: CurrentUser): Promise<{ review: number; confirm: number }> => {
  if (user.role === "leader") return { review: 0, confirm: 0 };
  const where = queueConditions(user);
  const db = await getDb();
  const [row] = await db
    .select({
      review: sql<number>`(count(*) filter (where ${where.review}))::int`,
      confirm: where.confirm ? sql<number>`(count(*) filter (where ${where.confirm}))::int` : sql<number>`0`,
    })
    .from(evaluations)
    .where(where.confirm ? or(where.review, where.confirm) : where.review);
  return { review: row?.review ?? 0, confirm: row?.confirm ?? 0 };
});

/**
 * Badge count for the navigation (every page's layout): evaluations waiting for this user's review or
 * confirmation. Counts, not the lists: at city scale an office has hundreds waiting.
 */
export async function countEvaluationsWaiting(user: CurrentUser): Promise<number> {
  const { review, confirm } = await countEvaluationQueues(user);
  return review + confirm;
}

export interface SubjectStatusRow {
  subjectId: string;
  subjectName: string;
  unitName: string;
  evaluation: EvaluationListRow | null;
}

/** One page of the teams (union: its own; office: the county's) or units (office), each with its evaluation of the period, if opened. */
export async function listSubjectsWithEvaluations(user: CurrentUser, period: Period, level: "team" | "unit", page = 1): Promise<Paged<SubjectStatusRow>> {
  const db = await getDb();
  const none = user.role === "leader" || (user.role === "union" && level === "unit");
  const where = and(eq(orgs.countyId, user.countyId), eq(orgs.level, level), isNull(orgs.archivedAt), user.role === "union" ? eq(orgs.unitId, user.unitId!) : undefined);
  const subjects = await paginate(
    page,
    async () => (none ? 0 : (await db.select({ n: count() }).from(orgs).where(where))[0]!.n),
    (limit, offset) =>
      db
        .select({ id: orgs.id, name: orgs.name, unitName: unit.name })
        .from(orgs)
        .innerJoin(unit, eq(unit.id, orgs.unitId))
        .where(where)
        .orderBy(asc(unit.name), asc(orgs.name))
        .limit(limit)
        .offset(offset),
  );
  const ids = subjects.rows.map((o) => o.id);
  const evals = ids.length
    ? await listWhere(
        and(
          evaluationScopeFor(user),
          eq(evaluations.periodId, period.id),
          level === "team" ? eq(evaluations.target, "team") : inArray(evaluations.target, ["enterprise", "organ_institution"]),
          inArray(evaluations.subjectId, ids),
        ),
        [asc(evaluations.createdAt)],
      )
    : [];
  const bySubject = new Map(evals.map((e) => [e.subjectId, e]));
  return { ...subjects, rows: subjects.rows.map((o) => ({ subjectId: o.id, subjectName: o.name, unitName: o.unitName, evaluation: bySubject.get(o.id) ?? null })) };
}

export interface MyEvaluation {
  period: Period | null;
  target: EvaluationTarget | null;
  subjectName: string;
  schemeId: string | null;
  schemeName: string | null;
  evaluation: EvaluationListRow | null;
}

/** A leader's team's or a union's unit's evaluation of the current year: open, not yet opened, or without a published scheme. */
export async function getMyEvaluation(user: CurrentUser): Promise<MyEvaluation | null> {
  if (user.role === "office") return null;
  const db = await getDb();
  const period = await getCurrentPeriod(user);
  const [own] = await db.select({ name: orgs.name, unitKind: unit.unitKind }).from(orgs).innerJoin(unit, eq(unit.id, orgs.unitId)).where(eq(orgs.id, user.orgId));
  const target: EvaluationTarget = user.role === "leader" ? "team" : targetForUnitKind(own?.unitKind ?? null);
  if (!period) return { period: null, target, subjectName: own?.name ?? "", schemeId: null, schemeName: null, evaluation: null };
  const [scheme] = await db
    .select({ id: evaluationSchemes.id, name: evaluationSchemes.name })
    .from(evaluationSchemes)
    .where(and(eq(evaluationSchemes.countyId, user.countyId), eq(evaluationSchemes.periodId, period.id), eq(evaluationSchemes.target, target), eq(evaluationSchemes.status, "published")))
    .orderBy(desc(evaluationSchemes.version))
    .limit(1);
  const [evaluation] = await listWhere(and(eq(evaluations.periodId, period.id), eq(evaluations.target, target), eq(evaluations.subjectId, user.orgId), evaluationScopeFor(user)), [asc(evaluations.createdAt)]);
  return { period, target, subjectName: own?.name ?? "", schemeId: scheme?.id ?? null, schemeName: scheme?.name ?? null, evaluation: evaluation ?? null };
}

export interface DetailItem extends EvaluationItem {
  score: EvaluationScore;
  /** For an editable self-assessment: the auto item scored against today's figures. */
  live: AutoScore | null;
}

export interface EvaluationDetail {
  evaluation: Evaluation & { subjectName: string; unitName: string; teamName: string | null; workerStatus: WorkerStatus | null; year: number; startsOn: string; endsOn: string };
  scheme: { id: string; name: string; version: number; bands: GradeBands };
  indicators: { id: string; name: string; items: DetailItem[] }[];
  /** Totals of the self-assessment as it stands (with live auto scores while editable) and of the review. */
  selfTotals: ReturnType<typeof totalsOf>;
  reviewTotals: ReturnType<typeof totalsOf> | null;
  facts: OrgFacts | null;
  /** For 知识型职工: the worker's figures. */
  workerFacts: WorkerFacts | null;
  actions: EvaluationAction[];
  /** The leader may still withdraw this nomination. */
  canWithdraw: boolean;
  /** The evaluation's year when that year is closed: the page says so, and offers nothing (no actions, no prompts). */
  closedYear: number | null;
  history: { id: number; action: string; actorName: string | null; at: Date; before: unknown; after: unknown }[];
}

/** One evaluation with its scheme, scores, the figures behind the auto items and its history; null outside the user's scope. */
export async function getEvaluationDetail(user: CurrentUser, id: string): Promise<EvaluationDetail | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [row] = await db
    .select({ evaluation: evaluations, subjectName, unitName: unit.name, teamName: team.name, workerStatus: workers.status, year: periods.year, startsOn: periods.startsOn, endsOn: periods.endsOn, periodStatus: periods.status })
    .from(evaluations)
    .leftJoin(subject, eq(subject.id, evaluations.subjectId))
    .leftJoin(workers, eq(workers.id, evaluations.workerId))
    .leftJoin(team, eq(team.id, evaluations.teamId))
    .innerJoin(unit, eq(unit.id, evaluations.unitId))
    .innerJoin(periods, eq(periods.id, evaluations.periodId))
    .where(and(eq(evaluations.id, id), evaluationScopeFor(user)));
  if (!row) return null;
  const e = row.evaluation;
  const actor = alias(users, "actor");
  const [[scheme], indicators, items, scores, history] = await Promise.all([
    db.select({ id: evaluationSchemes.id, name: evaluationSchemes.name, version: evaluationSchemes.version, bands: evaluationSchemes.bands }).from(evaluationSchemes).where(eq(evaluationSchemes.id, e.schemeId)),
    db.select().from(evaluationIndicators).where(eq(evaluationIndicators.schemeId, e.schemeId)).orderBy(asc(evaluationIndicators.position)),
    db.select().from(evaluationItems).where(eq(evaluationItems.schemeId, e.schemeId)).orderBy(asc(evaluationItems.position)),
    db.select().from(evaluationScores).where(eq(evaluationScores.evaluationId, id)),
    db
      .select({ id: auditLog.id, action: auditLog.action, actorName: actor.displayName, at: auditLog.at, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .where(and(eq(auditLog.entity, "evaluation"), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id)),
  ]);
  // A closed year's evaluations are read-only for everyone: nothing to offer.
  const actions = row.periodStatus === "open" ? allowedEvaluationActions(user, e) : [];
  const editable = actions.includes("save");
  const level = e.target === "team" ? "team" : "unit";
  const subjectId = level === "team" ? e.teamId! : e.unitId;
  const workerFacts = e.target === "worker" ? ((await factsForWorkers(db, e.countyId, row.year, [e.workerId!])).get(e.workerId!) ?? null) : null;
  const facts = e.target === "worker" ? null : ((await factsForOrgs(db, e.countyId, { year: row.year, startsOn: row.startsOn, endsOn: row.endsOn }, level, chinaToday(), [subjectId])).get(subjectId) ?? null);
  const live = editable ? new Map(scoreAutoItems(items, facts, workerFacts).map((a) => [a.itemId, a])) : new Map<string, AutoScore>();
  const scoreOf = new Map(scores.map((s) => [s.itemId, s]));
  const detailItems: DetailItem[] = items.map((it) => ({ ...it, score: scoreOf.get(it.id)!, live: live.get(it.id) ?? null }));
  const selfTotals = totalsOf(
    items,
    new Map(detailItems.map((it) => [it.id, { points: it.live ? it.live.points : (it.score?.selfPoints ?? null), vetoed: it.score?.selfVetoed ?? false }])),
  );
  const reviewed = scores.some((s) => s.reviewPoints !== null);
  const reviewTotals = reviewed ? totalsOf(items, new Map(scores.map((s) => [s.itemId, { points: s.reviewPoints, vetoed: s.reviewVetoed }]))) : null;
  return {
    evaluation: { ...e, subjectName: row.subjectName, unitName: row.unitName, teamName: row.teamName, workerStatus: row.workerStatus, year: row.year, startsOn: row.startsOn, endsOn: row.endsOn },
    scheme: scheme!,
    indicators: indicators.map((ind) => ({ id: ind.id, name: ind.name, items: detailItems.filter((it) => it.indicatorId === ind.id) })),
    selfTotals,
    reviewTotals,
    facts,
    workerFacts,
    actions,
    canWithdraw: row.periodStatus === "open" && canWithdrawNomination(user, e),
    closedYear: row.periodStatus === "closed" ? row.year : null,
    history,
  };
}

// ---- 知识型职工 ---------------------------------------------------------------------------------------

/** One page of the 知识型职工 evaluations of a period in the user's scope (leader: its team's; union: its unit's; office: the county's). */
export async function listWorkerEvaluations(user: CurrentUser, period: Period, page = 1): Promise<Paged<EvaluationListRow>> {
  const where = and(evaluationScopeFor(user), eq(evaluations.periodId, period.id), eq(evaluations.target, "worker"));
  const db = await getDb();
  return paginate(
    page,
    async () => (await db.select({ n: count() }).from(evaluations).where(where))[0]!.n,
    (limit, offset) => listWhere(where, [asc(unit.name), asc(team.name), asc(workers.name)], { limit, offset }),
  );
}

/** One worker's 知识型职工 evaluations, newest year first, within the user's scope (a worker who moved keeps them with the nominating team). */
export async function listEvaluationsOfWorker(user: CurrentUser, workerId: string): Promise<EvaluationListRow[]> {
  return listWhere(and(evaluationScopeFor(user), eq(evaluations.target, "worker"), eq(evaluations.workerId, workerId)), [desc(periods.year)]);
}

export interface NominationCandidate {
  id: string;
  name: string;
  employeeNo: string;
  post: string | null;
  skillLevel: SkillLevel;
  facts: WorkerFacts | null;
}

export interface TeamNominations {
  period: Period;
  schemeId: string | null;
  limit: number;
  nominated: EvaluationListRow[];
  /** Active workers of the team not yet nominated this period. */
  candidates: NominationCandidate[];
}

/** A leader's 知识型职工 nominations of the current period: who is nominated, who could be, and the limit. Null for other roles or without a period. */
export async function getTeamNominations(user: CurrentUser): Promise<TeamNominations | null> {
  if (user.role !== "leader" || !user.teamId) return null;
  const period = await getCurrentPeriod(user);
  if (!period) return null;
  const db = await getDb();
  const [[scheme], roster, nominated] = await Promise.all([
    db
      .select({ id: evaluationSchemes.id })
      .from(evaluationSchemes)
      .where(and(eq(evaluationSchemes.countyId, user.countyId), eq(evaluationSchemes.periodId, period.id), eq(evaluationSchemes.target, "worker"), eq(evaluationSchemes.status, "published")))
      .orderBy(desc(evaluationSchemes.version))
      .limit(1),
    db
      .select({ id: workers.id, name: workers.name, employeeNo: workers.employeeNo, post: workers.post, skillLevel: workers.skillLevel })
      .from(workers)
      .where(and(eq(workers.countyId, user.countyId), eq(workers.teamId, user.teamId), eq(workers.status, "active")))
      .orderBy(asc(workers.name)),
    listWhere(and(evaluationScopeFor(user), eq(evaluations.periodId, period.id), eq(evaluations.target, "worker")), [asc(evaluations.createdAt)]),
  ]);
  const taken = new Set(nominated.map((n) => n.subjectId));
  const open = roster.filter((w) => !taken.has(w.id));
  const facts = await factsForWorkers(db, user.countyId, period.year, open.map((w) => w.id));
  return {
    period,
    schemeId: scheme?.id ?? null,
    limit: nominationLimit(roster.length),
    nominated,
    // The most active first: innovations, adopted proposals, skill, then study hours.
    candidates: open
      .map((w) => ({ ...w, facts: facts.get(w.id) ?? null }))
      .sort((a, b) => {
        const fa = a.facts, fb = b.facts;
        return (fb?.innovations10k ?? 0) - (fa?.innovations10k ?? 0) || (fb?.proposalsAdopted ?? 0) - (fa?.proposalsAdopted ?? 0) || (fb?.skillLevel ?? 0) - (fa?.skillLevel ?? 0) || (fb?.studyHours ?? 0) - (fa?.studyHours ?? 0);
      }),
  };
}
