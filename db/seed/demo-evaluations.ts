import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { Transaction } from "../client";
import { auditLog, evaluationItems, evaluationPublications, evaluationScores, evaluations, titles, type Period } from "../schema";
import type { EvaluationStatus, EvaluationTarget } from "../../lib/domain/enums";
import { gradeFor, roundPoints, totalsOf, type GradeBands } from "../../lib/evaluations/engine";
import { targetForUnitKind } from "../../lib/evaluations/default-schemes";
import { factsForOrgs, factsForWorkers, scoreAutoItems } from "../../lib/evaluations/facts";
import { nominationLimit } from "../../lib/evaluations/rules";
import type { DemoUnitRef } from "./demo-records";
import { createRandom } from "./random";
import { chinaToday } from "../../lib/time";

/**
 * The demo year's evaluations at every stage, so the rankings and queues are full on first start:
 * most confirmed, some waiting for the office's confirmation, some for review (the union's and the
 * office's queues), one returned, one still a draft, and `leader`'s team not yet started. Auto items
 * are scored from the seeded aggregates exactly as the app scores them; manual items get plausible
 * points. Every stage has its audit row.
 */

export const DEMO_EVALUATIONS_SEED = 20260401;
const DAY_MS = 86_400_000;
const RETURN_NOTE = "台账资料中缺少下半年的学习照片，请补充后重新提交。";
const ADJUST_REASONS = ["学习园地更新不及时，酌情扣分。", "计划执行记录不完整，按标准扣分。", "佐证材料不足，按实际核减。"];

interface Context {
  today: Date;
  countyId: string;
  period: Period;
  officeUserId: string;
  units: readonly DemoUnitRef[];
  schemes: Record<EvaluationTarget, { id: string; bands: GradeBands }>;
  /**
   * Last year, finished: every evaluation confirmed, each kind's results posted in December and named
   * (the best graded 优秀 hold the title; at least the top one of each kind). `today` is its last evening.
   */
  pastYear?: boolean;
}

/** Which stage each team's and unit's evaluation is at. */
function stageOfTeam(unit: DemoUnitRef, teamIndex: number, leaderUsername: string): EvaluationStatus | null {
  if (leaderUsername === "leader") return null; // `leader`'s team: not started, for the story the e2e tells
  if (unit.unionUsername === "union") return (["confirmed", "submitted", "draft", "confirmed", "returned"] as const)[teamIndex] ?? "confirmed";
  if (unit.unionUsername === "union2") return leaderUsername === "leader2" ? "submitted" : teamIndex === 1 ? "accepted" : "confirmed";
  return teamIndex % 4 === 3 ? "accepted" : "confirmed";
}

/** Which stage a team's 知识型职工 nominations are at (null: none; `leader`'s team nominates in the e2e story). */
function stageOfWorker(unit: DemoUnitRef, teamIndex: number, leaderUsername: string): EvaluationStatus | null {
  if (leaderUsername === "leader") return null;
  if (unit.unionUsername === "union") return (["confirmed", "submitted", "draft", "confirmed", "accepted"] as const)[teamIndex] ?? "confirmed";
  if (unit.unionUsername === "union2") return leaderUsername === "leader2" ? "submitted" : "confirmed";
  return teamIndex % 3 === 2 ? "accepted" : "confirmed";
}

function stageOfUnit(unit: DemoUnitRef, index: number): EvaluationStatus {
  if (unit.unionUsername === "union") return "draft";
  if (unit.unionUsername === "union2") return "submitted";
  return index === 2 ? "accepted" : "confirmed";
}

export async function seedDemoEvaluations(tx: Transaction, ctx: Context): Promise<number> {
  const rng = createRandom(DEMO_EVALUATIONS_SEED);
  const todayIso = chinaToday(ctx.today);
  const itemsOf = new Map<string, (typeof evaluationItems.$inferSelect)[]>();
  for (const s of Object.values(ctx.schemes)) itemsOf.set(s.id, await tx.select().from(evaluationItems).where(eq(evaluationItems.schemeId, s.id)));
  const teamFacts = await factsForOrgs(tx, ctx.countyId, ctx.period, "team", todayIso);
  const unitFacts = await factsForOrgs(tx, ctx.countyId, ctx.period, "unit", todayIso);
  const allWorkers = ctx.units.flatMap((u) => u.teams.flatMap((t) => t.workers.map((w) => w.id)));
  const workerFacts = await factsForWorkers(tx, ctx.countyId, ctx.period.year, allWorkers);
  // Nothing happens before the scheme was published (5 January) nor after now.
  const floor = Math.min(Date.UTC(ctx.period.year, 0, 6), ctx.today.getTime() - 5 * 60_000);
  const at = (daysAgo: number, minute: number) => new Date(Math.max(floor + minute * 60_000, Math.min(ctx.today.getTime() - 60_000, ctx.today.getTime() - daysAgo * DAY_MS + minute * 60_000)));

  const evalRows: (typeof evaluations.$inferInsert)[] = [];
  const scoreRows: (typeof evaluationScores.$inferInsert)[] = [];
  const auditRows: (typeof auditLog.$inferInsert)[] = [];

  const add = (subject: { target: EvaluationTarget; unit: DemoUnitRef; teamId: string | null; workerId?: string; subjectId: string; ownerUserId: string; reviewerUserId: string }, status: EvaluationStatus, offset: number) => {
    const scheme = ctx.schemes[subject.target];
    const items = itemsOf.get(scheme.id)!;
    const facts = subject.workerId ? null : ((subject.teamId ? teamFacts.get(subject.teamId) : unitFacts.get(subject.unit.id)) ?? null);
    const auto = new Map(scoreAutoItems(items, facts, subject.workerId ? (workerFacts.get(subject.workerId) ?? null) : null).map((a) => [a.itemId, a]));
    const self = new Map(
      items.map((it) => {
        const a = auto.get(it.id);
        const points = a ? a.points : it.maxPoints > 0 && status !== "draft" ? roundPoints(Math.round(it.maxPoints * (0.68 + rng.next() * 0.32) * 2) / 2) : it.maxPoints > 0 ? null : 0;
        return [it.id, { points, vetoed: false }] as const;
      }),
    );
    // Drafts are half done: some manual items scored, the rest still open.
    if (status === "draft") {
      for (const it of items.filter((i) => i.mode === "manual" && i.maxPoints > 0).slice(0, 3)) self.set(it.id, { points: roundPoints(Math.round(it.maxPoints * 0.85 * 2) / 2), vetoed: false });
    }
    const selfTotals = totalsOf(items, self);
    const reviewed = status === "accepted" || status === "confirmed";
    const review = new Map(self);
    let adjusted: { itemId: string; from: number; to: number; reason: string } | null = null;
    if (reviewed && rng.chance(0.5)) {
      const manual = items.filter((i) => i.mode === "manual" && (self.get(i.id)?.points ?? 0) >= 2);
      if (manual.length) {
        const it = rng.pick(manual);
        const from = self.get(it.id)!.points!;
        const to = roundPoints(from - rng.pick([1, 1.5, 2]));
        review.set(it.id, { points: to, vetoed: false });
        adjusted = { itemId: it.id, from, to, reason: rng.pick(ADJUST_REASONS) };
      }
    }
    const reviewTotals = reviewed ? totalsOf(items, review) : null;
    const id = randomUUID();
    const opened = at(40 + offset, 0);
    const submitted = at(30 + offset, 30);
    const reviewedAt = at(20 + offset, 60);
    const confirmed = at(10 + offset, 90);
    const finalTotal = status === "confirmed" ? reviewTotals!.total : null;
    evalRows.push({
      id,
      countyId: ctx.countyId,
      unitId: subject.unit.id,
      teamId: subject.teamId,
      workerId: subject.workerId ?? null,
      subjectId: subject.subjectId,
      target: subject.target,
      periodId: ctx.period.id,
      schemeId: scheme.id,
      status,
      version: { draft: 2, submitted: 2, returned: 3, accepted: 3, confirmed: 4 }[status],
      selfTotal: selfTotals.total,
      reviewTotal: reviewTotals?.total ?? null,
      finalTotal,
      grade: finalTotal === null ? null : gradeFor(finalTotal, scheme.bands, false),
      vetoed: false,
      returnNote: status === "returned" ? RETURN_NOTE : null,
      createdBy: subject.ownerUserId,
      submittedAt: status === "draft" ? null : submitted,
      submittedBy: status === "draft" ? null : subject.ownerUserId,
      reviewedAt: reviewed || status === "returned" ? reviewedAt : null,
      reviewedBy: reviewed || status === "returned" ? subject.reviewerUserId : null,
      confirmedAt: status === "confirmed" ? confirmed : null,
      confirmedBy: status === "confirmed" ? ctx.officeUserId : null,
      createdAt: opened,
      updatedAt: status === "confirmed" ? confirmed : reviewed || status === "returned" ? reviewedAt : status === "draft" ? opened : submitted,
    });
    for (const it of items) {
      scoreRows.push({
        evaluationId: id,
        itemId: it.id,
        autoValue: auto.get(it.id)?.value ?? null,
        selfPoints: self.get(it.id)!.points,
        selfVetoed: false,
        selfNote: it.mode === "manual" && self.get(it.id)!.points !== null && rng.chance(0.3) ? "佐证材料已整理归档，可随时查阅。" : "",
        reviewPoints: reviewed ? review.get(it.id)!.points : null,
        reviewVetoed: false,
        reviewNote: adjusted?.itemId === it.id ? adjusted.reason : "",
      });
    }
    const entry = { entity: "evaluation", entityId: id, countyId: ctx.countyId };
    auditRows.push({ ...entry, actorId: subject.ownerUserId, action: subject.workerId ? "evaluation.nominated" : "evaluation.opened", at: opened, after: { schemeId: scheme.id, ...(subject.workerId ? { workerId: subject.workerId } : {}) } });
    if (status !== "draft") auditRows.push({ ...entry, actorId: subject.ownerUserId, action: "evaluation.submitted", at: submitted, after: { selfTotal: selfTotals.total, status: "submitted" } });
    if (status === "returned") auditRows.push({ ...entry, actorId: subject.reviewerUserId, action: "evaluation.returned", at: reviewedAt, after: { status: "returned", reason: RETURN_NOTE } });
    if (reviewed) {
      if (adjusted) {
        const name = items.find((i) => i.id === adjusted!.itemId)!.name;
        auditRows.push({
          ...entry,
          actorId: subject.reviewerUserId,
          action: "evaluation.adjusted",
          at: reviewedAt,
          before: { itemId: adjusted.itemId, item: name, points: adjusted.from, vetoed: false },
          after: { itemId: adjusted.itemId, item: name, points: adjusted.to, vetoed: false, reason: adjusted.reason },
        });
      }
      auditRows.push({ ...entry, actorId: subject.reviewerUserId, action: "evaluation.accepted", at: reviewedAt, after: { status: "accepted", reviewTotal: reviewTotals!.total } });
    }
    if (status === "confirmed") {
      auditRows.push({ ...entry, actorId: ctx.officeUserId, action: "evaluation.confirmed", at: confirmed, after: { status: "confirmed", finalTotal, grade: gradeFor(finalTotal!, scheme.bands, false), vetoed: false } });
    }
  };

  ctx.units.forEach((unit, unitIndex) => {
    unit.teams.forEach((team, teamIndex) => {
      const stage = ctx.pastYear ? "confirmed" : stageOfTeam(unit, teamIndex, team.leaderUsername);
      if (stage) add({ target: "team", unit, teamId: team.id, subjectId: team.id, ownerUserId: team.leaderUserId, reviewerUserId: unit.unionUserId }, stage, teamIndex);
      const workerStage = ctx.pastYear ? "confirmed" : stageOfWorker(unit, teamIndex, team.leaderUsername);
      if (workerStage) {
        // The team's strongest workers by their auto-scored figures (big teams two, confirmed ones only).
        const workerItems = itemsOf.get(ctx.schemes.worker.id)!;
        const autoTotal = (id: string) => scoreAutoItems(workerItems, null, workerFacts.get(id) ?? null).reduce((sum, a) => sum + a.points, 0);
        const ranked = [...team.workers].map((w) => ({ ...w, auto: autoTotal(w.id) })).sort((a, b) => b.auto - a.auto);
        const count = workerStage === "confirmed" ? nominationLimit(team.workers.length) : 1;
        ranked.slice(0, count).forEach((w, i) => {
          add({ target: "worker", unit, teamId: team.id, workerId: w.id, subjectId: w.id, ownerUserId: team.leaderUserId, reviewerUserId: unit.unionUserId }, workerStage, teamIndex + 2 + i);
        });
      }
    });
    add({ target: targetForUnitKind(unit.kind), unit, teamId: null, subjectId: unit.id, ownerUserId: unit.unionUserId, reviewerUserId: ctx.officeUserId }, ctx.pastYear ? "confirmed" : stageOfUnit(unit, unitIndex), unitIndex);
  });

  if (ctx.pastYear) {
    await tx.insert(evaluations).values(evalRows);
    for (let i = 0; i < scoreRows.length; i += 500) await tx.insert(evaluationScores).values(scoreRows.slice(i, i + 500));
    auditRows.push(...(await namePastYear(tx, ctx, evalRows)));
    auditRows.sort((a, b) => a.at!.getTime() - b.at!.getTime());
    await tx.insert(auditLog).values(auditRows);
    return evalRows.length;
  }

  // 公示: the confirmed team results have been posted since two days ago, for the usual seven days.
  const postedTeams = evalRows
    .filter((e) => e.target === "team" && e.status === "confirmed")
    .sort((a, b) => (b.finalTotal ?? 0) - (a.finalTotal ?? 0))
    .map((e) => e.id!);
  const startsOn = chinaToday(new Date(ctx.today.getTime() - 2 * DAY_MS));
  const endsOn = chinaToday(new Date(ctx.today.getTime() + 4 * DAY_MS));
  const publicationId = randomUUID();
  const postedAt = new Date(ctx.today.getTime() - 2 * DAY_MS);

  await tx.insert(evaluations).values(evalRows);
  if (postedTeams.length) {
    await tx.insert(evaluationPublications).values({ id: publicationId, countyId: ctx.countyId, periodId: ctx.period.id, target: "team", startsOn, endsOn, evaluationIds: postedTeams, createdBy: ctx.officeUserId, createdAt: postedAt, updatedAt: postedAt });
    await tx.insert(auditLog).values({ actorId: ctx.officeUserId, action: "publication.published", entity: "publication", entityId: publicationId, countyId: ctx.countyId, at: postedAt, after: { target: "team", startsOn, endsOn, count: postedTeams.length } });
  }
  for (let i = 0; i < scoreRows.length; i += 500) await tx.insert(evaluationScores).values(scoreRows.slice(i, i + 500));
  auditRows.sort((a, b) => a.at!.getTime() - b.at!.getTime());
  await tx.insert(auditLog).values(auditRows);
  return evalRows.length;
}

/** Last year's 公示 (10–16 December) and 命名 (22 December) of every kind, with their titles and audit rows. */
async function namePastYear(tx: Transaction, ctx: Context, evalRows: (typeof evaluations.$inferInsert)[]): Promise<(typeof auditLog.$inferInsert)[]> {
  const year = ctx.period.year;
  const postedAt = new Date(`${year}-12-10T09:30:00+08:00`);
  const namedAt = new Date(`${year}-12-22T10:00:00+08:00`);
  const audit: (typeof auditLog.$inferInsert)[] = [];
  for (const target of ["team", "enterprise", "organ_institution", "worker"] as const) {
    const posted = evalRows.filter((e) => e.target === target).sort((a, b) => (b.finalTotal ?? 0) - (a.finalTotal ?? 0));
    if (!posted.length) continue;
    const publicationId = randomUUID();
    const named = posted.filter((e, i) => e.grade === "excellent" || i === 0);
    await tx.insert(evaluationPublications).values({
      id: publicationId,
      countyId: ctx.countyId,
      periodId: ctx.period.id,
      target,
      startsOn: `${year}-12-10`,
      endsOn: `${year}-12-16`,
      status: "named",
      version: 2,
      evaluationIds: posted.map((e) => e.id!),
      createdBy: ctx.officeUserId,
      namedAt,
      namedBy: ctx.officeUserId,
      createdAt: postedAt,
      updatedAt: namedAt,
    });
    const titleRows = named.map((e) => ({
      id: randomUUID(),
      countyId: ctx.countyId,
      unitId: e.unitId,
      teamId: e.teamId ?? null,
      workerId: e.workerId ?? null,
      subjectId: e.subjectId,
      target,
      periodId: ctx.period.id,
      year,
      publicationId,
      evaluationId: e.id!,
      namedAt,
      namedBy: ctx.officeUserId,
    }));
    await tx.insert(titles).values(titleRows);
    const entry = { countyId: ctx.countyId, actorId: ctx.officeUserId };
    audit.push({ ...entry, action: "publication.published", entity: "publication", entityId: publicationId, at: postedAt, after: { target, startsOn: `${year}-12-10`, endsOn: `${year}-12-16`, count: posted.length } });
    for (const t of titleRows) audit.push({ ...entry, action: "title.named", entity: "title", entityId: t.id, at: namedAt, after: { publicationId, evaluationId: t.evaluationId, subjectId: t.subjectId, target, year } });
    audit.push({ ...entry, action: "publication.named", entity: "publication", entityId: publicationId, at: namedAt, before: { status: "posted" }, after: { status: "named", evaluationIds: named.map((e) => e.id) } });
  }
  return audit;
}
