import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { evaluationItems, evaluationSchemes, evaluationScores, evaluations, orgs, periods, workers, type Evaluation, type EvaluationItem, type Period } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { requireOpenPeriod } from "@/lib/periods/guard";
import { chinaToday, now } from "@/lib/time";
import { gradeFor, totalsOf, type ItemScore } from "./engine";
import { targetForUnitKind } from "./default-schemes";
import { factsForOrgs, factsForWorkers, scoreAutoItems } from "./facts";
import { evaluationGuardFor, evaluationScopeFor } from "./scope";
import { canDo, canNominate, canWithdrawNomination, isReviewer, isSelfAssessor, nominationLimit, statusAfter, type EvaluationAction } from "./rules";
import { nominationSchema, readScoresForm, type ScoresInput, returnSchema, reviewSchema, selfAssessmentSchema, type ScoreItemDef } from "./schemas";
import { type ActionResult, fieldErrorsOf, invalid, message, refuse, type Refused } from "@/lib/actions/result";

/*
 * The evaluation workflow's writes. Each one: load the evaluation within the user's scope (outside it
 * answers like a missing one), check the role and status with the pure rules for a clear refusal,
 * then one guarded UPDATE (status, version and the actor's right in the WHERE) with its score rows
 * and audit rows in the same transaction, so of two reviewers at once exactly one wins.
 */

const NOT_FOUND: Refused = refuse("not_found", "evaluations.error.notFound");


async function loadInScope(tx: Transaction, user: CurrentUser, id: string): Promise<Evaluation> {
  const [row] = await tx.select().from(evaluations).where(and(eq(evaluations.id, id), evaluationScopeFor(user)));
  if (!row) throw new Refusal(NOT_FOUND);
  // Every evaluation write comes through here: a closed year's evaluations are read-only.
  await requireOpenPeriod(tx, row.periodId);
  return row;
}

/** A clear answer for an action the rules do not allow: the wrong role first, then a stale page, then the wrong moment. */
function refuseUnlessAllowed(user: CurrentUser, e: Evaluation, action: EvaluationAction, version: number) {
  const self = action === "save" || action === "submit";
  if (self && !isSelfAssessor(user, e)) throw new Refusal(refuse("forbidden", "evaluations.error.notSelfAssessor"));
  if (action === "confirm" && (user.role !== "office" || user.countyId !== e.countyId)) throw new Refusal(refuse("forbidden", "evaluations.error.notConfirmer"));
  if (!self && action !== "confirm" && !isReviewer(user, e)) throw new Refusal(refuse("forbidden", "evaluations.error.notReviewer"));
  if (e.version !== version) throw new Refusal(refuse("conflict", "evaluations.error.alreadyHandled"));
  if (canDo(user, e, action)) return;
  throw new Refusal(refuse("conflict", self ? "evaluations.error.notEditable" : action === "confirm" ? "evaluations.error.notAccepted" : "evaluations.error.notSubmitted"));
}

async function guardedUpdate(tx: Transaction, user: CurrentUser, e: Evaluation, action: EvaluationAction, set: Partial<typeof evaluations.$inferInsert>) {
  const [row] = await tx
    .update(evaluations)
    .set({ ...set, status: statusAfter(action, e.status), version: sql`${evaluations.version} + 1` })
    .where(and(eq(evaluations.id, e.id), eq(evaluations.version, e.version), evaluationGuardFor(user, action)))
    .returning({ id: evaluations.id });
  if (!row) throw new Refusal(refuse("conflict", "evaluations.error.alreadyHandled"));
}

async function itemsOf(tx: Transaction, schemeId: string): Promise<EvaluationItem[]> {
  return tx.select().from(evaluationItems).where(eq(evaluationItems.schemeId, schemeId));
}

const defs = (items: EvaluationItem[]): ScoreItemDef[] => items.map((it) => ({ id: it.id, maxPoints: it.maxPoints, mode: it.mode, veto: it.veto }));

const audit = (tx: Transaction, user: CurrentUser, e: Pick<Evaluation, "id" | "countyId">, action: string, before: unknown, after: unknown) =>
  writeAudit(tx, { actorId: user.id, action: `evaluation.${action}`, entity: "evaluation", entityId: e.id, countyId: e.countyId, before, after });

/** The auto items' points and figures for an evaluation's subject (team, unit or worker), now. */
async function autoScoresFor(tx: Transaction, e: Pick<Evaluation, "countyId" | "periodId" | "target" | "teamId" | "unitId" | "workerId">, items: EvaluationItem[]) {
  const [period] = await tx.select().from(periods).where(eq(periods.id, e.periodId));
  if (e.target === "worker") {
    const facts = await factsForWorkers(tx, e.countyId, period!.year, [e.workerId!]);
    return scoreAutoItems(items, null, facts.get(e.workerId!) ?? null);
  }
  const level = e.target === "team" ? "team" : "unit";
  const subject = level === "team" ? e.teamId! : e.unitId;
  const facts = await factsForOrgs(tx, e.countyId, period!, level, chinaToday(), [subject]);
  return scoreAutoItems(items, facts.get(subject) ?? null);
}

/**
 * Opens the user's own evaluation for the current year (a leader its team's, a union its unit's),
 * against the latest published scheme of its kind, with the auto items already scored. Opening twice
 * answers with the one already open.
 */
export async function openEvaluation(user: CurrentUser): Promise<ActionResult<{ id: string }>> {
  if (user.role === "office") return refuse("forbidden", "evaluations.error.notSelfAssessor");
  return inTransaction(async (tx) => {
    const today = chinaToday();
    const [period] = await tx
      .select()
      .from(periods)
      .where(and(eq(periods.countyId, user.countyId), eq(periods.status, "open"), sql`${periods.startsOn} <= ${today}`, sql`${periods.endsOn} >= ${today}`))
      .limit(1)
      .for("share");
    if (!period) throw new Refusal(refuse("invalid_input", "evaluations.error.noPeriod"));
    const [unit] = await tx.select({ unitKind: orgs.unitKind }).from(orgs).where(eq(orgs.id, user.unitId!));
    const target = user.role === "leader" ? "team" : targetForUnitKind(unit?.unitKind ?? null);
    const subjectId = user.role === "leader" ? user.teamId! : user.unitId!;
    const [existing] = await tx
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(and(eq(evaluations.periodId, period.id), eq(evaluations.target, target), eq(evaluations.subjectId, subjectId)));
    if (existing) return { ok: true, data: { id: existing.id } };
    const [scheme] = await tx
      .select({ id: evaluationSchemes.id })
      .from(evaluationSchemes)
      .where(and(eq(evaluationSchemes.countyId, user.countyId), eq(evaluationSchemes.periodId, period.id), eq(evaluationSchemes.target, target), eq(evaluationSchemes.status, "published")))
      .orderBy(desc(evaluationSchemes.version))
      .limit(1);
    if (!scheme) throw new Refusal(refuse("invalid_input", "evaluations.error.noScheme"));
    const base = { countyId: user.countyId, periodId: period.id, target, teamId: user.role === "leader" ? user.teamId : null, unitId: user.unitId!, workerId: null };
    const items = await itemsOf(tx, scheme.id);
    const auto = await autoScoresFor(tx, base, items);
    const totals = totalsOf(items, new Map(auto.map((a) => [a.itemId, { points: a.points, vetoed: false }])));
    const [row] = await tx
      .insert(evaluations)
      .values({ ...base, subjectId, schemeId: scheme.id, selfTotal: totals.total, createdBy: user.id })
      .onConflictDoNothing({ target: [evaluations.periodId, evaluations.target, evaluations.subjectId] })
      .returning({ id: evaluations.id });
    if (!row) {
      // Opened at the same moment in another tab: answer with that one.
      const [other] = await tx.select({ id: evaluations.id }).from(evaluations).where(and(eq(evaluations.periodId, period.id), eq(evaluations.target, target), eq(evaluations.subjectId, subjectId)));
      return { ok: true, data: { id: other!.id } };
    }
    const autoBy = new Map(auto.map((a) => [a.itemId, a]));
    await tx.insert(evaluationScores).values(
      items.map((it) => ({ evaluationId: row.id, itemId: it.id, autoValue: autoBy.get(it.id)?.value ?? null, selfPoints: autoBy.get(it.id)?.points ?? null })),
    );
    await audit(tx, user, { id: row.id, countyId: user.countyId }, "opened", null, { schemeId: scheme.id, selfTotal: totals.total });
    return { ok: true, data: { id: row.id } };
  });
}

/**
 * Saves the self-assessment (manual items' points, notes, veto boxes; auto items scored afresh from
 * the aggregates) and, with `submit`, sends it to the parent for review.
 */
export async function saveSelfAssessment(user: CurrentUser, id: string, version: number, sent: ScoresInput, opts: { submit: boolean }): Promise<ActionResult> {
  const action = opts.submit ? "submit" : "save";
  return inTransaction(async (tx) => {
    const e = await loadInScope(tx, user, id);
    refuseUnlessAllowed(user, e, action, version);
    if (opts.submit && e.target === "worker") {
      // A worker who has left is not put forward: the leader withdraws the nomination instead.
      const [w] = await tx.select({ status: workers.status }).from(workers).where(eq(workers.id, e.workerId!));
      if (w?.status !== "active") throw new Refusal(refuse("conflict", "evaluations.error.workerLeft"));
    }
    const items = await itemsOf(tx, e.schemeId);
    const parsed = selfAssessmentSchema(defs(items), { submit: opts.submit }).safeParse(readScoresForm(defs(items), sent, "self"));
    if (!parsed.success) throw new Refusal(invalid(fieldErrorsOf(parsed.error)));
    const auto = new Map((await autoScoresFor(tx, e, items)).map((a) => [a.itemId, a]));
    const scores = new Map<string, ItemScore>(parsed.data.map((s) => [s.itemId, { points: auto.get(s.itemId)?.points ?? s.points, vetoed: s.vetoed }]));
    const totals = totalsOf(items, scores);
    const before = new Map((await tx.select().from(evaluationScores).where(eq(evaluationScores.evaluationId, id))).map((s) => [s.itemId, s]));
    const at = now();
    await guardedUpdate(tx, user, e, action, {
      selfTotal: totals.total,
      vetoed: totals.vetoed,
      ...(opts.submit ? { submittedAt: at, submittedBy: user.id } : {}),
    });
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const s of parsed.data) {
      const points = scores.get(s.itemId)!.points;
      const old = before.get(s.itemId);
      if (old && (old.selfPoints !== points || old.selfVetoed !== s.vetoed || old.selfNote !== s.note)) {
        changes[s.itemId] = { from: { points: old.selfPoints, vetoed: old.selfVetoed, note: old.selfNote }, to: { points, vetoed: s.vetoed, note: s.note } };
      }
      await tx
        .update(evaluationScores)
        .set({ selfPoints: points, selfVetoed: s.vetoed, selfNote: s.note, autoValue: auto.has(s.itemId) ? auto.get(s.itemId)!.value : null })
        .where(and(eq(evaluationScores.evaluationId, id), eq(evaluationScores.itemId, s.itemId)));
    }
    await audit(tx, user, e, opts.submit ? "submitted" : "saved", { selfTotal: e.selfTotal, status: e.status }, { selfTotal: totals.total, status: statusAfter(action, e.status), items: changes });
    return { ok: true };
  });
}

/**
 * The parent's review: its points for every item (a reason wherever they differ from the
 * self-assessment); `accept` also moves the evaluation on to the office's confirmation.
 */
export async function reviewEvaluation(user: CurrentUser, id: string, version: number, sent: ScoresInput, opts: { accept: boolean }): Promise<ActionResult> {
  const action = opts.accept ? "accept" : "review";
  return inTransaction(async (tx) => {
    const e = await loadInScope(tx, user, id);
    refuseUnlessAllowed(user, e, action, version);
    const items = await itemsOf(tx, e.schemeId);
    const current = await tx.select().from(evaluationScores).where(eq(evaluationScores.evaluationId, id));
    const self = new Map(current.map((s) => [s.itemId, { points: s.selfPoints, vetoed: s.selfVetoed }]));
    const parsed = reviewSchema(defs(items), self).safeParse(readScoresForm(defs(items), sent, "review"));
    if (!parsed.success) throw new Refusal(invalid(fieldErrorsOf(parsed.error)));
    const totals = totalsOf(items, new Map(parsed.data.map((r) => [r.itemId, { points: r.points, vetoed: r.vetoed }])));
    const at = now();
    await guardedUpdate(tx, user, e, action, { reviewTotal: totals.total, vetoed: totals.vetoed, reviewedAt: at, reviewedBy: user.id });
    const byId = new Map(current.map((s) => [s.itemId, s]));
    const names = new Map(items.map((it) => [it.id, it.name]));
    for (const r of parsed.data) {
      const old = byId.get(r.itemId);
      const differs = r.points !== (old?.selfPoints ?? 0) || r.vetoed !== (old?.selfVetoed ?? false);
      await tx
        .update(evaluationScores)
        .set({ reviewPoints: r.points, reviewVetoed: r.vetoed, reviewNote: r.reason })
        .where(and(eq(evaluationScores.evaluationId, id), eq(evaluationScores.itemId, r.itemId)));
      const changedSinceLastReview = old?.reviewPoints !== r.points || old?.reviewVetoed !== r.vetoed;
      if (differs && changedSinceLastReview) {
        await audit(
          tx,
          user,
          e,
          "adjusted",
          { itemId: r.itemId, item: names.get(r.itemId), points: old?.selfPoints ?? null, vetoed: old?.selfVetoed ?? false },
          { itemId: r.itemId, item: names.get(r.itemId), points: r.points, vetoed: r.vetoed, reason: r.reason },
        );
      }
    }
    await audit(tx, user, e, opts.accept ? "accepted" : "reviewed", { status: e.status, reviewTotal: e.reviewTotal }, { status: statusAfter(action, e.status), reviewTotal: totals.total });
    return { ok: true };
  });
}

/** The parent sends a self-assessment back with a reason; the org revises and submits it again. */
export async function returnEvaluation(user: CurrentUser, id: string, version: number, input: { reason: unknown }): Promise<ActionResult> {
  const parsed = returnSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return inTransaction(async (tx) => {
    const e = await loadInScope(tx, user, id);
    refuseUnlessAllowed(user, e, "return", version);
    await guardedUpdate(tx, user, e, "return", { returnNote: parsed.data.reason, reviewedAt: now(), reviewedBy: user.id, reviewTotal: null });
    await tx.update(evaluationScores).set({ reviewPoints: null, reviewVetoed: false, reviewNote: "" }).where(eq(evaluationScores.evaluationId, id));
    await audit(tx, user, e, "returned", { status: e.status }, { status: "returned", reason: parsed.data.reason });
    return { ok: true };
  });
}

/** The office confirms an accepted evaluation: its final score and grade are fixed from then on. */
export async function confirmEvaluation(user: CurrentUser, id: string, version: number): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const e = await loadInScope(tx, user, id);
    refuseUnlessAllowed(user, e, "confirm", version);
    const [scheme] = await tx.select({ bands: evaluationSchemes.bands }).from(evaluationSchemes).where(eq(evaluationSchemes.id, e.schemeId));
    const finalTotal = e.reviewTotal ?? 0;
    const grade = gradeFor(finalTotal, scheme!.bands, e.vetoed);
    await guardedUpdate(tx, user, e, "confirm", { finalTotal, grade, confirmedAt: now(), confirmedBy: user.id });
    await audit(tx, user, e, "confirmed", { status: e.status }, { status: "confirmed", finalTotal, grade, vetoed: e.vetoed });
    return { ok: true };
  });
}

// ---- 知识型职工: nominations ------------------------------------------------------------------------

/** The county's open period containing today, and its latest published scheme of `target`. */
async function currentPeriodAndScheme(tx: Transaction, countyId: string, target: "worker"): Promise<{ period: Period; schemeId: string }> {
  const today = chinaToday();
  const [period] = await tx
    .select()
    .from(periods)
    .where(and(eq(periods.countyId, countyId), eq(periods.status, "open"), sql`${periods.startsOn} <= ${today}`, sql`${periods.endsOn} >= ${today}`))
    .limit(1)
    .for("share");
  if (!period) throw new Refusal(refuse("invalid_input", "evaluations.error.noPeriod"));
  const [scheme] = await tx
    .select({ id: evaluationSchemes.id })
    .from(evaluationSchemes)
    .where(and(eq(evaluationSchemes.countyId, countyId), eq(evaluationSchemes.periodId, period.id), eq(evaluationSchemes.target, target), eq(evaluationSchemes.status, "published")))
    .orderBy(desc(evaluationSchemes.version))
    .limit(1);
  if (!scheme) throw new Refusal(refuse("invalid_input", "evaluations.error.noScheme"));
  return { period, schemeId: scheme.id };
}

/**
 * A team leader nominates workers of its own active roster as 知识型职工 for the current period:
 * one draft evaluation per worker, its auto items scored from the worker's approved participation.
 * At most `nominationLimit(roster)` per team and period (withdrawn nominations do not count); the
 * team's row is locked first so two tabs nominating at once cannot pass the limit together. A worker
 * already nominated (by this team or, before moving, by another) is refused.
 */
export async function nominateWorkers(user: CurrentUser, input: { workerIds: unknown }): Promise<ActionResult<{ ids: string[] }>> {
  if (user.role !== "leader" || !user.teamId) return refuse("forbidden", "evaluations.error.notNominator");
  const parsed = nominationSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const teamId = user.teamId;
  return inTransaction(async (tx) => {
    const { period, schemeId } = await currentPeriodAndScheme(tx, user.countyId, "worker");
    await tx.execute(sql`select id from ${orgs} where ${orgs.id} = ${teamId} for update`);
    const chosen = await tx
      .select({ id: workers.id, name: workers.name, countyId: workers.countyId, unitId: workers.unitId, teamId: workers.teamId, status: workers.status })
      .from(workers)
      .where(and(eq(workers.countyId, user.countyId), inArray(workers.id, parsed.data.workerIds)));
    if (chosen.length !== parsed.data.workerIds.length || chosen.some((w) => !canNominate(user, w))) {
      throw new Refusal(invalid({ workerIds: ["evaluations.error.notOwnWorker"] }));
    }
    const [{ roster }] = (await tx
      .select({ roster: sql<number>`count(*)::int` })
      .from(workers)
      .where(and(eq(workers.teamId, teamId), eq(workers.status, "active")))) as [{ roster: number }];
    const [{ taken }] = (await tx
      .select({ taken: sql<number>`count(*)::int` })
      .from(evaluations)
      .where(and(eq(evaluations.periodId, period.id), eq(evaluations.target, "worker"), eq(evaluations.teamId, teamId)))) as [{ taken: number }];
    const limit = nominationLimit(roster);
    if (taken + chosen.length > limit) throw new Refusal(invalid({ workerIds: [message("evaluations.error.nominationLimit", { n: limit })] }));
    const already = await tx
      .select({ id: evaluations.subjectId })
      .from(evaluations)
      .where(and(eq(evaluations.periodId, period.id), eq(evaluations.target, "worker"), inArray(evaluations.subjectId, parsed.data.workerIds)));
    if (already.length) throw new Refusal(invalid({ workerIds: ["evaluations.error.alreadyNominated"] }));

    const items = await itemsOf(tx, schemeId);
    const facts = await factsForWorkers(tx, user.countyId, period.year, parsed.data.workerIds);
    const ids: string[] = [];
    for (const w of chosen) {
      const auto = scoreAutoItems(items, null, facts.get(w.id) ?? null);
      const totals = totalsOf(items, new Map(auto.map((a) => [a.itemId, { points: a.points, vetoed: false }])));
      const [row] = await tx
        .insert(evaluations)
        .values({ countyId: user.countyId, unitId: w.unitId, teamId, workerId: w.id, subjectId: w.id, target: "worker", periodId: period.id, schemeId, selfTotal: totals.total, createdBy: user.id })
        .onConflictDoNothing({ target: [evaluations.periodId, evaluations.target, evaluations.subjectId] })
        .returning({ id: evaluations.id });
      if (!row) throw new Refusal(invalid({ workerIds: ["evaluations.error.alreadyNominated"] }));
      const autoBy = new Map(auto.map((a) => [a.itemId, a]));
      await tx.insert(evaluationScores).values(items.map((it) => ({ evaluationId: row.id, itemId: it.id, autoValue: autoBy.get(it.id)?.value ?? null, selfPoints: autoBy.get(it.id)?.points ?? null })));
      await audit(tx, user, { id: row.id, countyId: user.countyId }, "nominated", null, { workerId: w.id, worker: w.name, teamId, schemeId, selfTotal: totals.total });
      ids.push(row.id);
    }
    return { ok: true, data: { ids } };
  });
}

/** The leader withdraws a nomination it has not submitted (e.g. the worker left): the evaluation is deleted, the audit row stays. */
export async function withdrawNomination(user: CurrentUser, id: string, version: number): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const e = await loadInScope(tx, user, id);
    if (e.target !== "worker" || !isSelfAssessor(user, e)) throw new Refusal(refuse("forbidden", "evaluations.error.notNominator"));
    if (e.version !== version) throw new Refusal(refuse("conflict", "evaluations.error.alreadyHandled"));
    if (!canWithdrawNomination(user, e)) throw new Refusal(refuse("conflict", "evaluations.error.notEditable"));
    const [gone] = await tx
      .delete(evaluations)
      .where(and(eq(evaluations.id, id), eq(evaluations.version, version), evaluationGuardFor(user, "save")))
      .returning({ id: evaluations.id });
    if (!gone) throw new Refusal(refuse("conflict", "evaluations.error.alreadyHandled"));
    await audit(tx, user, e, "withdrawn", { status: e.status, workerId: e.workerId, selfTotal: e.selfTotal }, null);
    return { ok: true };
  });
}
