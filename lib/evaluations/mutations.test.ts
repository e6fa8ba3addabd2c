import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, like } from "drizzle-orm";
import { auditLog, evaluationItems, evaluationScores, evaluations, periods, type EvaluationItem } from "@/db/schema";
import { createRecord, transitionRecord } from "@/lib/records/mutations";
import { chinaToday } from "@/lib/time";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { DEFAULT_SCHEMES } from "./default-schemes";
import { autoPoints, metricValue, monthsElapsed } from "./engine";
import { confirmEvaluation, openEvaluation, returnEvaluation, reviewEvaluation, saveSelfAssessment } from "./mutations";
import { countEvaluationsWaiting, getEvaluationDetail, listEvaluationQueue, listEvaluationQueuePage } from "./queries";
import { insertSchemeTree } from "./scheme-tree";
import { invalid, message, refuse } from "@/lib/actions/result";

/** The scores as a form sends them. */
const form = (values: Record<string, string>): Record<string, string> => values;

describe.each(TEST_DATABASES)("evaluation workflow on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let teamItems: EvaluationItem[];
  let teamEval = "";

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    const [period] = await db.db.select().from(periods).where(and(eq(periods.countyId, f.org.A), eq(periods.year, THIS_YEAR)));
    const office = await f.user("office_a");
    for (const scheme of DEFAULT_SCHEMES.filter((s) => s.target !== "worker")) {
      await insertSchemeTree(db.db, { ...scheme, countyId: f.org.A, periodId: period!.id, version: 1, status: "published", createdBy: office.id, publishedAt: new Date() });
    }
    // Two approved study sessions of team T1 (two of its three workers, then all three) and one adopted proposal.
    const leader = await f.user("leader_t1");
    const union = await f.user("union_u1");
    const [w1, w2, w3] = f.workersOf(f.org.T1);
    const day = chinaToday();
    for (const [attendees, hours] of [[[w1!, w2!], "2"], [[w1!, w2!, w3!], "1.5"]] as const) {
      const made = await createRecord(leader, "study_session", { title: "班前学习", occurredOn: day, contents: ["technology"], form: "on_the_job", hours, attendees: [...attendees] }, { submit: true });
      expect(await transitionRecord(union, made.ok ? made.data!.id : "", "approve", { version: 1 })).toMatchObject({ ok: true });
    }
    const proposal = await createRecord(leader, "proposal", { title: "节约用料", occurredOn: day, team: "", content: "改进下料", proposers: [w3!], adopted: true, implemented: true, benefitYuan: "3000" }, { submit: true });
    expect(await transitionRecord(union, proposal.ok ? proposal.data!.id : "", "approve", { version: 1 })).toMatchObject({ ok: true });
  });
  afterAll(() => db.dispose());

  const scoresOf = (id: string) => db.db.select().from(evaluationScores).where(eq(evaluationScores.evaluationId, id));
  const rowOf = async (id: string) => (await db.db.select().from(evaluations).where(eq(evaluations.id, id)))[0]!;
  /** Full marks minus one on every manual item with points. */
  const manualScores = (items: EvaluationItem[], over: Record<string, string> = {}) =>
    Object.fromEntries([...items.filter((i) => i.mode === "manual" && i.maxPoints > 0).map((i) => [`p_${i.id}`, String(i.maxPoints - 1)]), ...Object.entries(over)]);

  it("opens the team's evaluation with the auto items scored from the approved records", async () => {
    const opened = await openEvaluation(await f.user("leader_t1"));
    expect(opened.ok).toBe(true);
    teamEval = opened.ok ? opened.data!.id : "";
    expect(await openEvaluation(await f.user("leader_t1"))).toEqual({ ok: true, data: { id: teamEval } });
    const e = await rowOf(teamEval);
    expect(e).toMatchObject({ status: "draft", target: "team", teamId: f.org.T1, unitId: f.org.U1, version: 1 });
    teamItems = await db.db.select().from(evaluationItems).where(eq(evaluationItems.schemeId, e.schemeId)).orderBy(asc(evaluationItems.position));

    // The figures, worked out by hand: 2 sessions, 3 of 3 workers attended, 2×2 + 3×1.5 = 8.5 attendee-hours, 1 proposal, adopted.
    const months = monthsElapsed({ startsOn: `${THIS_YEAR}-01-01`, endsOn: `${THIS_YEAR}-12-31` }, chinaToday());
    const facts = { roster: 3, months, sessions: 2, attendeeHours: 8.5, attendingWorkers: 3, proposals: 1, proposalsAdopted: 1, benefitYuan: 3000, innovations10k: 0, trainingTrainees: 0, competitions: 0, competitionWinners: 0, cultureEvents: 0, publicityItems: 0 };
    const scores = new Map((await scoresOf(teamEval)).map((s) => [s.itemId, s]));
    const auto = teamItems.filter((i) => i.mode === "auto");
    expect(auto.length).toBe(5);
    let autoTotal = 0;
    for (const item of auto) {
      const value = metricValue(item.rule!.metric, { org: facts });
      const expected = autoPoints(item.rule!, value, item.maxPoints).points;
      expect(scores.get(item.id)!.selfPoints, item.name).toBe(expected);
      expect(scores.get(item.id)!.autoValue, item.name).toBeCloseTo(value!, 2);
      autoTotal += expected;
    }
    expect(scores.get(auto.find((i) => i.rule!.metric === "participation_rate")!.id)!.selfPoints).toBe(10); // 100 % attended
    expect(e.selfTotal).toBeCloseTo(autoTotal, 5);
    for (const item of teamItems.filter((i) => i.mode === "manual")) expect(scores.get(item.id)!.selfPoints).toBeNull();
    const trail = await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, teamEval), eq(auditLog.action, "evaluation.opened")));
    expect(trail).toHaveLength(1);
  });

  it("refuses a score above an item's maximum, naming the maximum, and changes nothing", async () => {
    const leader = await f.user("leader_t1");
    const plan = teamItems.find((i) => i.name === "班组学习计划")!;
    const before = { row: await rowOf(teamEval), scores: await scoresOf(teamEval) };
    const result = await saveSelfAssessment(leader, teamEval, 1, form({ [`p_${plan.id}`]: "9" }), { submit: false });
    expect(result).toMatchObject(invalid({ [`p_${plan.id}`]: [message("evaluations.error.aboveMax", { n: 8 })] }));
    expect(await saveSelfAssessment(leader, teamEval, 1, form({ [`p_${plan.id}`]: "7.25" }), { submit: false })).toMatchObject(invalid({ [`p_${plan.id}`]: ["evaluations.error.oneDecimal"] }));
    expect({ row: await rowOf(teamEval), scores: await scoresOf(teamEval) }).toEqual(before);
  });

  it("saves a partial self-assessment, but submits only a complete one", async () => {
    const leader = await f.user("leader_t1");
    const plan = teamItems.find((i) => i.name === "班组学习计划")!;
    expect(await saveSelfAssessment(leader, teamEval, 1, form({ [`p_${plan.id}`]: "7.5", [`n_${plan.id}`]: "计划已报工会" }), { submit: false })).toEqual({ ok: true });
    const saved = (await scoresOf(teamEval)).find((s) => s.itemId === plan.id)!;
    expect(saved).toMatchObject({ selfPoints: 7.5, selfNote: "计划已报工会" });
    const incomplete = await saveSelfAssessment(leader, teamEval, 2, form({ [`p_${plan.id}`]: "7.5" }), { submit: true });
    expect(incomplete.ok).toBe(false);
    const missing = teamItems.filter((i) => i.mode === "manual" && i.maxPoints > 0 && i.id !== plan.id);
    expect(Object.keys(incomplete.ok ? {} : incomplete.fieldErrors!).sort()).toEqual(missing.map((i) => `p_${i.id}`).sort());
    expect((await rowOf(teamEval)).status).toBe("draft");
  });

  it("submits; the union, not the leader nor the office nor another unit, reviews it", async () => {
    const leader = await f.user("leader_t1");
    expect(await saveSelfAssessment(leader, teamEval, 2, form(manualScores(teamItems)), { submit: true })).toEqual({ ok: true });
    const e = await rowOf(teamEval);
    expect(e).toMatchObject({ status: "submitted", version: 3, submittedBy: leader.id });
    const manualTotal = teamItems.filter((i) => i.mode === "manual" && i.maxPoints > 0).reduce((s, i) => s + i.maxPoints - 1, 0);
    const autoTotal = (await scoresOf(teamEval)).filter((s) => teamItems.find((i) => i.id === s.itemId)!.mode === "auto").reduce((s, x) => s + x.selfPoints!, 0);
    expect(e.selfTotal).toBeCloseTo(manualTotal + autoTotal, 5);
    // Submitted: the leader can no longer change it.
    expect(await saveSelfAssessment(leader, teamEval, 3, form(manualScores(teamItems)), { submit: false })).toEqual(refuse("conflict", "evaluations.error.notEditable"));

    const review = form(Object.fromEntries(teamItems.map((i) => [`r_${i.id}`, String(i.mode === "manual" ? Math.max(0, i.maxPoints - 1) : 0)])));
    expect(await reviewEvaluation(leader, teamEval, 3, review, { accept: true })).toEqual(refuse("forbidden", "evaluations.error.notReviewer"));
    expect(await reviewEvaluation(await f.user("office_a"), teamEval, 3, review, { accept: true })).toEqual(refuse("forbidden", "evaluations.error.notReviewer"));
    expect(await reviewEvaluation(await f.user("union_u2"), teamEval, 3, review, { accept: true })).toEqual(refuse("not_found", "evaluations.error.notFound"));
    expect(await reviewEvaluation(await f.user("office_b"), teamEval, 3, review, { accept: true })).toEqual(refuse("not_found", "evaluations.error.notFound"));
    expect(await getEvaluationDetail(await f.user("leader_t2"), teamEval)).toBeNull();
    expect((await listEvaluationQueue(await f.user("union_u1"))).review.map((r) => r.id)).toEqual([teamEval]);
    expect((await listEvaluationQueue(await f.user("union_u2"))).review).toEqual([]);
    // The navigation's badge and the 待办 tab's pages count the same queues.
    expect(await countEvaluationsWaiting(await f.user("union_u1"))).toBe(1);
    expect(await countEvaluationsWaiting(await f.user("union_u2"))).toBe(0);
    expect(await countEvaluationsWaiting(await f.user("office_a"))).toBe(0);
    const page = await listEvaluationQueuePage(await f.user("union_u1"), { review: 1, confirm: 1 });
    expect([page.review.total, page.review.rows.map((r) => r.id), page.confirm.total]).toEqual([1, [teamEval], 0]);
  });

  it("lets the union adjust an item only with a reason, then accept, and logs the adjustment", async () => {
    const union = await f.user("union_u1");
    const self = new Map((await scoresOf(teamEval)).map((s) => [s.itemId, s]));
    const board = teamItems.find((i) => i.name === "学习园地（学习看板）")!;
    const values: Record<string, string> = Object.fromEntries(teamItems.map((i) => [`r_${i.id}`, String(self.get(i.id)!.selfPoints ?? 0)]));
    values[`r_${board.id}`] = "2";
    const noReason = await reviewEvaluation(union, teamEval, 3, form(values), { accept: true });
    expect(noReason).toMatchObject(invalid({ [`rn_${board.id}`]: ["evaluations.error.reasonRequired"] }));
    const tooMuch = await reviewEvaluation(union, teamEval, 3, form({ ...values, [`r_${board.id}`]: "6", [`rn_${board.id}`]: "多给一分" }), { accept: true });
    expect(tooMuch).toMatchObject(invalid({ [`r_${board.id}`]: [message("evaluations.error.aboveMax", { n: 5 })] }));
    expect(await reviewEvaluation(union, teamEval, 3, form({ ...values, [`rn_${board.id}`]: "学习园地半年未更新" }), { accept: true })).toEqual({ ok: true });

    const e = await rowOf(teamEval);
    const expectedReview = e.selfTotal! - (self.get(board.id)!.selfPoints! - 2);
    expect(e).toMatchObject({ status: "accepted", reviewedBy: union.id });
    expect(e.reviewTotal).toBeCloseTo(expectedReview, 5);
    const adjusted = await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, teamEval), eq(auditLog.action, "evaluation.adjusted")));
    expect(adjusted).toHaveLength(1);
    expect(adjusted[0]!.before).toMatchObject({ itemId: board.id, points: 4 });
    expect(adjusted[0]!.after).toMatchObject({ itemId: board.id, points: 2, reason: "学习园地半年未更新" });
    // Accepted: a second review of the same version is refused.
    expect(await reviewEvaluation(union, teamEval, 3, form(values), { accept: true })).toEqual(refuse("conflict", "evaluations.error.alreadyHandled"));
  });

  it("is confirmed by the office alone, fixing the final score and grade", async () => {
    expect(await confirmEvaluation(await f.user("union_u1"), teamEval, 4)).toEqual(refuse("forbidden", "evaluations.error.notConfirmer"));
    expect(await confirmEvaluation(await f.user("leader_t1"), teamEval, 4)).toEqual(refuse("forbidden", "evaluations.error.notConfirmer"));
    expect(await confirmEvaluation(await f.user("office_b"), teamEval, 4)).toEqual(refuse("not_found", "evaluations.error.notFound"));
    const office = await f.user("office_a");
    expect((await listEvaluationQueue(office)).confirm.map((r) => r.id)).toEqual([teamEval]);
    expect(await countEvaluationsWaiting(office)).toBe(1);
    expect(await countEvaluationsWaiting(await f.user("union_u1"))).toBe(0);
    // Both of the office's queues at once (one count query splits them): the unit's own self-assessment, as if submitted.
    const unitOpened = await openEvaluation(await f.user("union_u1"));
    const unitEval = unitOpened.ok ? unitOpened.data!.id : "";
    await db.db.update(evaluations).set({ status: "submitted" }).where(eq(evaluations.id, unitEval));
    // `cache` counts afresh outside a server render, so the same user object sees each change.
    expect(await countEvaluationsWaiting(office)).toBe(2);
    const page = await listEvaluationQueuePage(office, { review: 1, confirm: 1 });
    expect([page.review.total, page.review.rows.map((r) => r.id), page.confirm.total, page.confirm.rows.map((r) => r.id)]).toEqual([1, [unitEval], 1, [teamEval]]);
    await db.db.update(evaluations).set({ status: "draft" }).where(eq(evaluations.id, unitEval));
    expect(await confirmEvaluation(office, teamEval, 4)).toEqual({ ok: true });
    expect(await countEvaluationsWaiting(office)).toBe(0);
    const e = await rowOf(teamEval);
    expect(e.status).toBe("confirmed");
    expect(e.finalTotal).toBe(e.reviewTotal);
    const expectedGrade = e.finalTotal! >= 90 ? "excellent" : e.finalTotal! >= 75 ? "good" : e.finalTotal! >= 60 ? "pass" : "fail";
    expect(e.grade).toBe(expectedGrade);
    expect(await confirmEvaluation(office, teamEval, 5)).toEqual(refuse("conflict", "evaluations.error.notAccepted"));
    expect(await saveSelfAssessment(await f.user("leader_t1"), teamEval, 5, form({}), { submit: false })).toEqual(refuse("conflict", "evaluations.error.notEditable"));
    const trail = await db.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityId, teamEval), like(auditLog.action, "evaluation.%"))).orderBy(asc(auditLog.id));
    expect(trail.map((a) => a.action)).toEqual(["evaluation.opened", "evaluation.saved", "evaluation.submitted", "evaluation.adjusted", "evaluation.accepted", "evaluation.confirmed"]);
  });

  it("goes back to the team with a reason when returned, and forward again when resubmitted", async () => {
    const leader = await f.user("leader_t2");
    const union = await f.user("union_u1");
    const opened = await openEvaluation(leader);
    const id = opened.ok ? opened.data!.id : "";
    expect(await saveSelfAssessment(leader, id, 1, form(manualScores(teamItems)), { submit: true })).toEqual({ ok: true });
    expect(await returnEvaluation(union, id, 2, { reason: "" })).toMatchObject(invalid({ reason: ["validation.reasonRequired"] }));
    expect(await returnEvaluation(leader, id, 2, { reason: "自己退回" })).toEqual(refuse("forbidden", "evaluations.error.notReviewer"));
    expect(await returnEvaluation(union, id, 2, { reason: "台账照片不全，请补充后再报" })).toEqual({ ok: true });
    expect(await rowOf(id)).toMatchObject({ status: "returned", returnNote: "台账照片不全，请补充后再报" });
    expect(await saveSelfAssessment(leader, id, 3, form(manualScores(teamItems)), { submit: true })).toEqual({ ok: true });
    expect((await rowOf(id)).status).toBe("submitted");
  });

  it("runs a unit's evaluation between its union and the office; a veto fails it whatever its points", async () => {
    const union = await f.user("union_u1");
    const office = await f.user("office_a");
    expect(await openEvaluation(office)).toEqual(refuse("forbidden", "evaluations.error.notSelfAssessor"));
    const opened = await openEvaluation(union);
    const id = opened.ok ? opened.data!.id : "";
    const e = await rowOf(id);
    expect(e).toMatchObject({ target: "enterprise", unitId: f.org.U1, teamId: null, subjectId: f.org.U1 });
    const items = await db.db.select().from(evaluationItems).where(eq(evaluationItems.schemeId, e.schemeId));
    const veto = items.find((i) => i.veto)!;
    expect(await saveSelfAssessment(union, id, 1, form(manualScores(items)), { submit: true })).toEqual({ ok: true });
    // The union cannot review its own unit; the office can, and finds the veto case.
    const self = new Map((await scoresOf(id)).map((s) => [s.itemId, s]));
    const values: Record<string, string> = Object.fromEntries(items.map((i) => [`r_${i.id}`, String(self.get(i.id)!.selfPoints ?? 0)]));
    expect(await reviewEvaluation(union, id, 2, form(values), { accept: true })).toEqual(refuse("forbidden", "evaluations.error.notReviewer"));
    expect(await reviewEvaluation(office, id, 2, form({ ...values, [`rv_${veto.id}`]: "on" }), { accept: true })).toMatchObject(invalid({ [`rn_${veto.id}`]: ["evaluations.error.reasonRequired"] }));
    expect(await reviewEvaluation(office, id, 2, form({ ...values, [`rv_${veto.id}`]: "on", [`rn_${veto.id}`]: "年内发生一起重大安全责任事故" }), { accept: true })).toEqual({ ok: true });
    expect(await confirmEvaluation(office, id, 3)).toEqual({ ok: true });
    expect(await rowOf(id)).toMatchObject({ status: "confirmed", vetoed: true, grade: "fail" });
  });

  it("lets exactly one of two reviewers accepting at once win", async () => {
    const leader = await f.user("leader_t3");
    const opened = await openEvaluation(leader);
    const id = opened.ok ? opened.data!.id : "";
    expect(await saveSelfAssessment(leader, id, 1, form(manualScores(teamItems)), { submit: true })).toEqual({ ok: true });
    const union = await f.user("union_u2");
    const self = new Map((await scoresOf(id)).map((s) => [s.itemId, s]));
    const values = () => form(Object.fromEntries(teamItems.map((i) => [`r_${i.id}`, String(self.get(i.id)!.selfPoints ?? 0)])));
    const results = await Promise.all([reviewEvaluation(union, id, 2, values(), { accept: true }), reviewEvaluation(union, id, 2, values(), { accept: true })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual(refuse("conflict", "evaluations.error.alreadyHandled"));
    expect((await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "evaluation.accepted")))).length).toBe(1);
  });
});
