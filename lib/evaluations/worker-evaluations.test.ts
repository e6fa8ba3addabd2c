import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, like } from "drizzle-orm";
import { auditLog, evaluationItems, evaluationScores, evaluations, periods, workers, type EvaluationItem } from "@/db/schema";
import { createRecord, transitionRecord } from "@/lib/records/mutations";
import { chinaToday } from "@/lib/time";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { DEFAULT_SCHEMES } from "./default-schemes";
import { confirmEvaluation, nominateWorkers, reviewEvaluation, saveSelfAssessment, withdrawNomination } from "./mutations";
import { getEvaluationDetail, getTeamNominations, listEvaluationQueue, listEvaluationsOfWorker, listWorkerEvaluations } from "./queries";
import { canNominate, isReviewer, isSelfAssessor, nominationLimit } from "./rules";
import { getWorkerRankings } from "@/lib/rankings/queries";
import { insertSchemeTree } from "./scheme-tree";
import { invalid, message, refuse } from "@/lib/actions/result";

/** The scores as a form sends them. */
const form = (values: Record<string, string>): Record<string, string> => values;

describe("知识型职工 rules", () => {
  const e = { target: "worker" as const, countyId: "A", unitId: "U1", teamId: "T1", status: "submitted" as const };
  it("has the nominating team's leader self-assess, the unit's union review", () => {
    expect(isSelfAssessor({ role: "leader", countyId: "A", unitId: "U1", teamId: "T1" }, e)).toBe(true);
    expect(isSelfAssessor({ role: "leader", countyId: "A", unitId: "U1", teamId: "T2" }, e)).toBe(false);
    expect(isSelfAssessor({ role: "union", countyId: "A", unitId: "U1", teamId: null }, e)).toBe(false);
    expect(isReviewer({ role: "union", countyId: "A", unitId: "U1", teamId: null }, e)).toBe(true);
    expect(isReviewer({ role: "union", countyId: "A", unitId: "U2", teamId: null }, e)).toBe(false);
    expect(isReviewer({ role: "office", countyId: "A", unitId: null, teamId: null }, e)).toBe(false);
  });
  it("limits nominations to 10 % of the roster, rounded up, between one and three", () => {
    expect([0, 1, 3, 10, 11, 14, 20, 21, 200].map(nominationLimit)).toEqual([0, 1, 1, 1, 2, 2, 2, 3, 3]);
  });
  it("lets a leader nominate only active workers of its own team", () => {
    const leader = { role: "leader" as const, countyId: "A", unitId: "U1", teamId: "T1" };
    expect(canNominate(leader, { countyId: "A", teamId: "T1", status: "active" })).toBe(true);
    expect(canNominate(leader, { countyId: "A", teamId: "T2", status: "active" })).toBe(false);
    expect(canNominate(leader, { countyId: "A", teamId: "T1", status: "left" })).toBe(false);
    expect(canNominate({ ...leader, role: "union" }, { countyId: "A", teamId: "T1", status: "active" })).toBe(false);
  });
});

describe.each(TEST_DATABASES)("知识型职工 evaluations on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let items: EvaluationItem[];
  let evalT1 = "";

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    const [period] = await db.db.select().from(periods).where(and(eq(periods.countyId, f.org.A), eq(periods.year, THIS_YEAR)));
    const office = await f.user("office_a");
    for (const scheme of DEFAULT_SCHEMES) {
      await insertSchemeTree(db.db, { ...scheme, countyId: f.org.A, periodId: period!.id, version: 1, status: "published", createdBy: office.id, publishedAt: new Date() });
    }
    // Worker 3 of T1 (a technician): one approved 2.5-hour session and one adopted proposal.
    const leader = await f.user("leader_t1");
    const union = await f.user("union_u1");
    const [, , w3] = f.workersOf(f.org.T1);
    const day = chinaToday();
    const session = await createRecord(leader, "study_session", { title: "班前学习", occurredOn: day, contents: ["technology"], form: "on_the_job", hours: "2.5", attendees: [w3!] }, { submit: true });
    expect(await transitionRecord(union, session.ok ? session.data!.id : "", "approve", { version: 1 })).toMatchObject({ ok: true });
    const proposal = await createRecord(leader, "proposal", { title: "节约用料", occurredOn: day, team: "", content: "改进下料", proposers: [w3!], adopted: true, implemented: true, benefitYuan: "3000" }, { submit: true });
    expect(await transitionRecord(union, proposal.ok ? proposal.data!.id : "", "approve", { version: 1 })).toMatchObject({ ok: true });
  });
  afterAll(() => db.dispose());

  const rowOf = async (id: string) => (await db.db.select().from(evaluations).where(eq(evaluations.id, id)))[0]!;
  const scoresOf = (id: string) => db.db.select().from(evaluationScores).where(eq(evaluationScores.evaluationId, id));
  const manual = (over: Record<string, string> = {}) => Object.fromEntries([...items.filter((i) => i.mode === "manual" && i.maxPoints > 0).map((i) => [`p_${i.id}`, String(i.maxPoints - 1)]), ...Object.entries(over)]);

  it("refuses nominations by the wrong role, of another team's or county's worker, and beyond the limit", async () => {
    const [w1, w2] = f.workersOf(f.org.T1);
    expect(await nominateWorkers(await f.user("union_u1"), { workerIds: [w1] })).toEqual(refuse("forbidden", "evaluations.error.notNominator"));
    expect(await nominateWorkers(await f.user("office_a"), { workerIds: [w1] })).toEqual(refuse("forbidden", "evaluations.error.notNominator"));
    const leader = await f.user("leader_t1");
    expect(await nominateWorkers(leader, { workerIds: [f.workersOf(f.org.T2)[0]] })).toMatchObject(invalid({ workerIds: ["evaluations.error.notOwnWorker"] }));
    expect(await nominateWorkers(leader, { workerIds: [f.workersOf(f.org.T4)[0]] })).toMatchObject(invalid({ workerIds: ["evaluations.error.notOwnWorker"] }));
    expect(await nominateWorkers(leader, { workerIds: [] })).toMatchObject(invalid({ workerIds: ["evaluations.error.pickWorker"] }));
    // Three workers on the roster: one nomination.
    expect(await nominateWorkers(leader, { workerIds: [w1, w2] })).toMatchObject(invalid({ workerIds: [message("evaluations.error.nominationLimit", { n: 1 })] }));
    expect(await db.db.select().from(evaluations).where(eq(evaluations.target, "worker"))).toEqual([]);
  });

  it("nominates a worker with the auto items scored from the worker's approved participation and skill", async () => {
    const leader = await f.user("leader_t1");
    const [, , w3] = f.workersOf(f.org.T1);
    const done = await nominateWorkers(leader, { workerIds: [w3] });
    expect(done.ok).toBe(true);
    evalT1 = done.ok ? done.data!.ids[0]! : "";
    const e = await rowOf(evalT1);
    expect(e).toMatchObject({ target: "worker", workerId: w3, subjectId: w3, teamId: f.org.T1, unitId: f.org.U1, status: "draft" });
    items = await db.db.select().from(evaluationItems).where(eq(evaluationItems.schemeId, e.schemeId)).orderBy(asc(evaluationItems.position));
    const byMetric = new Map((await scoresOf(evalT1)).map((s) => [items.find((i) => i.id === s.itemId)!.rule?.metric ?? s.itemId, s]));
    expect(byMetric.get("worker_study_hours")).toMatchObject({ autoValue: 2.5, selfPoints: 0.6 }); // 2.5 / 40 × 10
    expect(byMetric.get("worker_skill_level")).toMatchObject({ autoValue: 4, selfPoints: 15 }); // technician
    expect(byMetric.get("worker_adopted_proposals")).toMatchObject({ autoValue: 1, selfPoints: 4 });
    expect(byMetric.get("worker_innovations_10k")).toMatchObject({ autoValue: 0, selfPoints: 0 });
    expect(e.selfTotal).toBeCloseTo(19.6, 5);
    // Again: refused (the limit is reached, and the worker is already nominated).
    expect((await nominateWorkers(leader, { workerIds: [w3] })).ok).toBe(false);
    const mine = await getTeamNominations(leader);
    expect(mine).toMatchObject({ limit: 1 });
    expect(mine!.nominated.map((n) => [n.id, n.subjectName])).toEqual([[evalT1, "职工3"]]);
    expect(mine!.candidates.map((c) => c.id).sort()).toEqual(f.workersOf(f.org.T1).slice(0, 2).sort());
    const trail = await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, evalT1), eq(auditLog.action, "evaluation.nominated")));
    expect(trail).toHaveLength(1);
  });

  it("refuses a score above an item's maximum; only the team's leader fills it in; another team cannot even see it", async () => {
    const leader = await f.user("leader_t1");
    const plan = items.find((i) => i.name === "读书学习")!;
    expect(await saveSelfAssessment(leader, evalT1, 1, form({ [`p_${plan.id}`]: "6" }), { submit: false })).toMatchObject(invalid({ [`p_${plan.id}`]: [message("evaluations.error.aboveMax", { n: 5 })] }));
    expect(await saveSelfAssessment(await f.user("leader_t2"), evalT1, 1, form(manual()), { submit: false })).toEqual(refuse("not_found", "evaluations.error.notFound"));
    expect(await saveSelfAssessment(await f.user("union_u1"), evalT1, 1, form(manual()), { submit: false })).toEqual(refuse("forbidden", "evaluations.error.notSelfAssessor"));
    expect(await getEvaluationDetail(await f.user("leader_t2"), evalT1)).toBeNull();
    expect(await getEvaluationDetail(await f.user("union_u2"), evalT1)).toBeNull();
    expect(await getEvaluationDetail(await f.user("office_b"), evalT1)).toBeNull();
    const detail = await getEvaluationDetail(leader, evalT1);
    expect(detail).toMatchObject({ actions: ["save", "submit"], canWithdraw: true, evaluation: { subjectName: "职工3", teamName: "一厂甲班" } });
    expect(detail!.workerFacts).toMatchObject({ studyHours: 2.5, proposalsAdopted: 1, skillLevel: 4 });
    expect((await rowOf(evalT1)).version).toBe(1);
  });

  it("submits; the unit's union, not the office nor another union, reviews; the office confirms", async () => {
    const leader = await f.user("leader_t1");
    expect(await saveSelfAssessment(leader, evalT1, 1, form(manual()), { submit: true })).toEqual({ ok: true });
    expect(await rowOf(evalT1)).toMatchObject({ status: "submitted", version: 2 });
    const self = new Map((await scoresOf(evalT1)).map((s) => [s.itemId, s]));
    const values: Record<string, string> = Object.fromEntries(items.map((i) => [`r_${i.id}`, String(self.get(i.id)!.selfPoints ?? 0)]));
    expect(await reviewEvaluation(leader, evalT1, 2, form(values), { accept: true })).toEqual(refuse("forbidden", "evaluations.error.notReviewer"));
    expect(await reviewEvaluation(await f.user("office_a"), evalT1, 2, form(values), { accept: true })).toEqual(refuse("forbidden", "evaluations.error.notReviewer"));
    expect(await reviewEvaluation(await f.user("union_u2"), evalT1, 2, form(values), { accept: true })).toEqual(refuse("not_found", "evaluations.error.notFound"));
    const union = await f.user("union_u1");
    expect((await listEvaluationQueue(union)).review.map((r) => r.id)).toEqual([evalT1]);
    const mentor = items.find((i) => i.name === "带徒传技")!;
    expect(await reviewEvaluation(union, evalT1, 2, form({ ...values, [`r_${mentor.id}`]: "5" }), { accept: true })).toMatchObject(invalid({ [`rn_${mentor.id}`]: ["evaluations.error.reasonRequired"] }));
    expect(await reviewEvaluation(union, evalT1, 2, form({ ...values, [`r_${mentor.id}`]: "5", [`rn_${mentor.id}`]: "徒弟尚未出师" }), { accept: true })).toEqual({ ok: true });
    expect(await confirmEvaluation(union, evalT1, 3)).toEqual(refuse("forbidden", "evaluations.error.notConfirmer"));
    const office = await f.user("office_a");
    expect((await listEvaluationQueue(office)).confirm.map((r) => r.id)).toEqual([evalT1]);
    expect(await confirmEvaluation(office, evalT1, 3)).toEqual({ ok: true });
    const e = await rowOf(evalT1);
    expect(e.status).toBe("confirmed");
    expect(e.finalTotal).toBeCloseTo(e.selfTotal! - 4, 5);
    const trail = await db.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityId, evalT1), like(auditLog.action, "evaluation.%"))).orderBy(asc(auditLog.id));
    expect(trail.map((a) => a.action)).toEqual(["evaluation.nominated", "evaluation.submitted", "evaluation.adjusted", "evaluation.accepted", "evaluation.confirmed"]);
    expect((await listWorkerEvaluations(office, (await db.db.select().from(periods).where(eq(periods.countyId, f.org.A)))[0]!)).rows.map((r) => r.id)).toEqual([evalT1]);
  });

  it("ranks nominated workers within each user's scope, with the county-wide place", async () => {
    const period = (await db.db.select().from(periods).where(eq(periods.countyId, f.org.A)))[0]!;
    const filters = { level: "worker" as const, by: "score" as const, page: 1 };
    const office = await getWorkerRankings(await f.user("office_a"), period, filters);
    expect(office!.rows.map((r) => [r.evaluationId, r.rank, r.provisional])).toEqual([[evalT1, 1, false]]);
    expect((await getWorkerRankings(await f.user("leader_t1"), period, filters))!.rows.map((r) => r.evaluationId)).toEqual([evalT1]);
    expect((await getWorkerRankings(await f.user("leader_t2"), period, filters))!.rows).toEqual([]);
    expect((await getWorkerRankings(await f.user("union_u2"), period, filters))!.rows).toEqual([]);
    expect(await getWorkerRankings(await f.user("office_b"), period, filters)).toBeNull();
  });

  it("lists a worker's evaluations on its page only for those who may see them", async () => {
    const workerId = (await rowOf(evalT1)).workerId!;
    for (const who of ["office_a", "union_u1", "leader_t1"]) expect((await listEvaluationsOfWorker(await f.user(who), workerId)).map((r) => r.id), who).toEqual([evalT1]);
    for (const who of ["office_b", "union_u2", "leader_t2"]) expect(await listEvaluationsOfWorker(await f.user(who), workerId), who).toEqual([]);
  });

  it("lets exactly one of two union reviewers accepting at once win", async () => {
    const leader = await f.user("leader_t2");
    const done = await nominateWorkers(leader, { workerIds: [f.workersOf(f.org.T2)[0]] });
    const id = done.ok ? done.data!.ids[0]! : "";
    expect(await saveSelfAssessment(leader, id, 1, form(manual()), { submit: true })).toEqual({ ok: true });
    const union = await f.user("union_u1");
    const self = new Map((await scoresOf(id)).map((s) => [s.itemId, s]));
    const values = () => form(Object.fromEntries(items.map((i) => [`r_${i.id}`, String(self.get(i.id)!.selfPoints ?? 0)])));
    const results = await Promise.all([reviewEvaluation(union, id, 2, values(), { accept: true }), reviewEvaluation(union, id, 2, values(), { accept: true })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual(refuse("conflict", "evaluations.error.alreadyHandled"));
  });

  it("refuses to submit a worker who has left; the leader withdraws the nomination instead", async () => {
    const leader = await f.user("leader_t3");
    const [w] = f.workersOf(f.org.T3);
    const done = await nominateWorkers(leader, { workerIds: [w] });
    const id = done.ok ? done.data!.ids[0]! : "";
    await db.db.update(workers).set({ status: "left", leftAt: new Date() }).where(eq(workers.id, w!));
    expect(await saveSelfAssessment(leader, id, 1, form(manual()), { submit: true })).toEqual(refuse("conflict", "evaluations.error.workerLeft"));
    expect(await withdrawNomination(await f.user("union_u2"), id, 1)).toEqual(refuse("forbidden", "evaluations.error.notNominator"));
    expect(await withdrawNomination(leader, id, 7)).toEqual(refuse("conflict", "evaluations.error.alreadyHandled"));
    expect(await withdrawNomination(leader, id, 1)).toEqual({ ok: true });
    expect(await db.db.select().from(evaluations).where(eq(evaluations.id, id))).toEqual([]);
    expect(await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, id), eq(auditLog.action, "evaluation.withdrawn")))).toHaveLength(1);
    // A submitted nomination cannot be withdrawn.
    expect(await withdrawNomination(await f.user("leader_t1"), evalT1, 4)).toEqual(refuse("conflict", "evaluations.error.notEditable"));
  });
});
