import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, inArray, sql } from "drizzle-orm";
import sharp from "sharp";
import { attachments, evaluationItems, evaluationScores, evaluations, orgs, periods, records, users, workers } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/load-user";
import { EVALUATION_STATUSES, RECORD_STATUSES, type EvaluationStatus, type RecordStatus } from "@/lib/domain/enums";
import { confirmEvaluation, nominateWorkers, openEvaluation, returnEvaluation, reviewEvaluation, saveSelfAssessment } from "@/lib/evaluations/mutations";
import { getEvaluationDetail } from "@/lib/evaluations/queries";
import { EVALUATION_ACTIONS, type EvaluationAction } from "@/lib/evaluations/rules";
import { evaluationGuardFor } from "@/lib/evaluations/scope";
import { addEvidence, createRecord, removeEvidence, transitionRecord, updateRecord } from "@/lib/records/mutations";
import { getRecordDetail } from "@/lib/records/queries";
import { RECORD_ACTIONS } from "@/lib/records/rules";
import { chinaToday } from "@/lib/time";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";

/*
 * The transition matrix. The UI offers an action when the capability functions say so (the `actions`
 * of a record's or an evaluation's view model); the data layer takes it only when its guarded UPDATE
 * matches. These are two encodings of one rule. For every demo account × subject × status × action,
 * on the demo county, the offer and the guard must give the same answer: an action offered but
 * refused is a dead button, one refused by the UI but taken by the guard is a hole.
 */

const ACCOUNTS = ["office", "union", "leader", "union2", "leader2"] as const;
type Account = (typeof ACCOUNTS)[number];

describe.each(TEST_DATABASES)("transition matrix on the demo county, %s", (kind) => {
  let db: TestDatabase;
  const who = {} as Record<Account, CurrentUser>;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    await seedDemo(db.db);
    for (const username of ACCOUNTS) {
      const [u] = await db.db.select({ id: users.id }).from(users).where(eq(users.username, username));
      who[username] = (await loadActiveUser(db.db, u!.id))!;
    }
  }, 180_000);
  afterAll(() => db.dispose());

  // ---- records --------------------------------------------------------------------------------

  it("offers a record action exactly when its guarded update takes it", async () => {
    const day = chinaToday();
    const innovation = { title: "工装夹具改进", occurredOn: day, team: "", description: "改进夹具，缩短换型时间。", result: "", members: [], benefitYuan: "" };
    const publicity = { title: "劳模宣讲", occurredOn: day, channel: "forum", quantity: "3", note: "" };
    // A record of each owner: both leaders' teams, both unions' units, and the county office.
    const subjects = [
      { owner: "leader", kind: "innovation", input: innovation },
      { owner: "leader2", kind: "innovation", input: innovation },
      { owner: "union", kind: "innovation", input: innovation },
      { owner: "union2", kind: "innovation", input: innovation },
      { owner: "office", kind: "publicity", input: publicity },
    ] as const;
    const photo = new File([new Uint8Array(await sharp({ create: { width: 40, height: 30, channels: 3, background: "#c33" } }).jpeg().toBuffer())], "现场.jpg", { type: "image/jpeg" });

    const cases: string[] = [];
    const mismatches: string[] = [];
    for (const subject of subjects) {
      const made = await createRecord(who[subject.owner], subject.kind, subject.input, { submit: false });
      expect(made.ok, `${subject.owner} creates a record`).toBe(true);
      const id = made.ok ? made.data!.id : "";
      const [rec] = await db.db.select({ ownerLevel: records.ownerLevel }).from(records).where(eq(records.id, id));
      // A county record is approved as it is submitted: it is never waiting for review.
      const statuses = RECORD_STATUSES.filter((s) => !(rec!.ownerLevel === "county" && s === "submitted"));
      for (const status of statuses) {
        const putIn = (s: RecordStatus) => db.db.update(records).set({ status: s }).where(eq(records.id, id));
        await putIn(status);
        for (const account of ACCOUNTS) {
          const user = who[account];
          const offered = (await getRecordDetail(user, id))?.actions ?? [];
          for (const action of RECORD_ACTIONS) {
            const version = async () => (await db.db.select({ v: records.version }).from(records).where(eq(records.id, id)))[0]!.v;
            const attempts: [string, () => Promise<{ ok: boolean }>][] =
              action === "edit"
                ? [
                    ["update", async () => updateRecord(user, id, await version(), subject.input, { submit: false })],
                    ["add evidence", () => addEvidence(user, id, [photo])],
                    [
                      "remove evidence",
                      async () => {
                        const [file] = await db.db.insert(attachments).values({ recordId: id, filename: "旧照片.jpg", mimeType: "image/jpeg", size: 3, data: Buffer.from("abc"), uploadedBy: who[subject.owner].id }).returning({ id: attachments.id });
                        return removeEvidence(user, file!.id);
                      },
                    ],
                  ]
                : [[action, async () => transitionRecord(user, id, action, { version: await version(), reason: "材料不全，请补充" })]];
            for (const [name, attempt] of attempts) {
              const taken = (await attempt()).ok;
              const label = `${account} ${name} a ${subject.owner}'s ${status} record`;
              cases.push(label);
              if (taken !== offered.includes(action)) mismatches.push(`${label}: offered ${offered.includes(action)}, taken ${taken}`);
              if (taken) await putIn(status);
              // Keep the record well under its 9 files, so only the rules can refuse an upload.
              await db.db.delete(attachments).where(eq(attachments.recordId, id));
            }
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    // 5 owners × 4 statuses (3 for the county's) × 5 accounts × (every transition + 3 ways to edit).
    expect(cases.length).toBe(19 * 5 * (RECORD_ACTIONS.length - 1 + 3));
  }, 120_000);

  it("takes what the matrix says it takes: each owner edits its drafts, each reviewer approves its submitted records, only the office reopens", async () => {
    // The matrix above would pass if every answer were "no": pin the "yes" cells a user notices.
    const day = chinaToday();
    const input = { title: "工装夹具改进", occurredOn: day, team: "", description: "改进夹具。", result: "", members: [], benefitYuan: "" };
    const teamRecord = await createRecord(who.leader, "innovation", input, { submit: true });
    const id = teamRecord.ok ? teamRecord.data!.id : "";
    // Waiting for review: its leader may take it back (撤回) until the union handles it.
    expect((await getRecordDetail(who.leader, id))!.actions).toEqual(["withdraw"]);
    expect((await getRecordDetail(who.union, id))!.actions).toEqual(["approve", "reject"]);
    expect(await getRecordDetail(who.union2, id)).toBeNull();
    expect((await getRecordDetail(who.office, id))!.actions).toEqual([]);
    expect(await transitionRecord(who.union, id, "approve", { version: 1 })).toMatchObject({ ok: true });
    expect((await getRecordDetail(who.office, id))!.actions).toEqual(["reopen"]);
    expect(await transitionRecord(who.office, id, "reopen", { version: 2, reason: "数据有误" })).toMatchObject({ ok: true });
    expect((await getRecordDetail(who.leader, id))!.actions).toEqual(["edit", "submit"]);
  });

  // ---- evaluations ----------------------------------------------------------------------------

  it("offers an evaluation action exactly when its guard matches and its mutation takes it", async () => {
    // Subjects: leader's team (opened now) and a worker it nominates; 红星集团's other teams and the
    // unit itself; leader2's team, a worker it nominated, and 龙新公司.
    const opened = await openEvaluation(who.leader);
    expect(opened.ok).toBe(true);
    const [nominee] = await db.db.select({ id: workers.id }).from(workers).where(and(eq(workers.teamId, who.leader.teamId!), eq(workers.status, "active"))).limit(1);
    const nominated = await nominateWorkers(who.leader, { workerIds: [nominee!.id] });
    expect(nominated.ok).toBe(true);
    // This year's evaluations: last year's are closed (read-only for everyone, nothing offered nor taken).
    const thisYear = eq(evaluations.periodId, (await db.db.select({ periodId: evaluations.periodId }).from(evaluations).where(eq(evaluations.id, opened.ok ? opened.data!.id : "")))[0]!.periodId);
    const pick = async (where: ReturnType<typeof and>) => (await db.db.select({ id: evaluations.id }).from(evaluations).where(and(where, thisYear)).limit(1))[0]!.id;
    const otherTeam = await db.db
      .select({ id: evaluations.id })
      .from(evaluations)
      .innerJoin(orgs, eq(orgs.id, evaluations.teamId))
      .where(and(eq(evaluations.target, "team"), eq(evaluations.unitId, who.union.unitId!), thisYear, sql`${evaluations.teamId} <> ${who.leader.teamId!}`))
      .limit(1);
    const subjects: [string, string][] = [
      ["leader's team", opened.ok ? opened.data!.id : ""],
      ["leader's nominee", nominated.ok ? nominated.data!.ids[0]! : ""],
      ["another team of union's unit", otherTeam[0]!.id],
      ["union's unit", await pick(and(eq(evaluations.unitId, who.union.unitId!), inArray(evaluations.target, ["enterprise", "organ_institution"])))],
      ["leader2's team", await pick(and(eq(evaluations.teamId, who.leader2.teamId!), eq(evaluations.target, "team")))],
      ["leader2's nominee", await pick(and(eq(evaluations.teamId, who.leader2.teamId!), eq(evaluations.target, "worker")))],
      ["union2's unit", await pick(and(eq(evaluations.unitId, who.union2.unitId!), inArray(evaluations.target, ["enterprise", "organ_institution"])))],
    ];
    expect(new Set(subjects.map(([, id]) => id)).size).toBe(subjects.length);

    const cases: string[] = [];
    const mismatches: string[] = [];
    for (const [subjectName, id] of subjects) {
      const [row] = await db.db.select({ schemeId: evaluations.schemeId }).from(evaluations).where(eq(evaluations.id, id));
      const items = await db.db.select().from(evaluationItems).where(eq(evaluationItems.schemeId, row!.schemeId));
      for (const status of EVALUATION_STATUSES) {
        const putIn = (s: EvaluationStatus) => db.db.update(evaluations).set({ status: s }).where(eq(evaluations.id, id));
        await putIn(status);
        for (const account of ACCOUNTS) {
          const user = who[account];
          const offered = (await getEvaluationDetail(user, id))?.actions ?? [];
          for (const action of EVALUATION_ACTIONS) {
            const [current] = await db.db.select({ version: evaluations.version }).from(evaluations).where(eq(evaluations.id, id));
            const guarded = (await db.db.select({ id: evaluations.id }).from(evaluations).where(and(eq(evaluations.id, id), evaluationGuardFor(user, action)))).length === 1;
            const taken = (await attemptEvaluation(user, id, current!.version, action, items)).ok;
            const label = `${account} ${action}s ${subjectName}'s ${status} evaluation`;
            cases.push(label);
            const says = offered.includes(action);
            if (guarded !== says || taken !== says) mismatches.push(`${label}: offered ${says}, guard ${guarded}, taken ${taken}`);
            if (taken) await putIn(status);
          }
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(cases.length).toBe(subjects.length * EVALUATION_STATUSES.length * ACCOUNTS.length * EVALUATION_ACTIONS.length);
  }, 180_000);

  /** Runs `action` through its mutation with a complete, valid form, so only the rules can refuse it. */
  async function attemptEvaluation(user: CurrentUser, id: string, version: number, action: EvaluationAction, items: (typeof evaluationItems.$inferSelect)[]) {
    const scores = await db.db.select().from(evaluationScores).where(eq(evaluationScores.evaluationId, id));
    const self = new Map(scores.map((s) => [s.itemId, s.selfPoints]));
    const form: Record<string, string> = {};
    for (const it of items) {
      if (action === "save" || action === "submit") {
        if (it.mode === "manual" && it.maxPoints > 0) form[`p_${it.id}`] = "1";
      } else if (it.maxPoints > 0) {
        form[`r_${it.id}`] = String(self.get(it.id) ?? 0);
        form[`rn_${it.id}`] = "核对无误";
      }
    }
    switch (action) {
      case "save":
      case "submit":
        return saveSelfAssessment(user, id, version, form, { submit: action === "submit" });
      case "review":
      case "accept":
        return reviewEvaluation(user, id, version, form, { accept: action === "accept" });
      case "return":
        return returnEvaluation(user, id, version, { reason: "请补充佐证材料" });
      case "confirm":
        return confirmEvaluation(user, id, version);
    }
  }

  it("takes the evaluation cells a user notices: the leader submits its team's, the union accepts it, the office confirms it", async () => {
    const [mine] = await db.db.select({ id: evaluations.id, version: evaluations.version }).from(evaluations).innerJoin(periods, eq(periods.id, evaluations.periodId)).where(and(eq(evaluations.teamId, who.leader.teamId!), eq(evaluations.target, "team"), eq(periods.status, "open")));
    await db.db.update(evaluations).set({ status: "draft" }).where(eq(evaluations.id, mine!.id));
    const [row] = await db.db.select({ schemeId: evaluations.schemeId, version: evaluations.version }).from(evaluations).where(eq(evaluations.id, mine!.id));
    const items = await db.db.select().from(evaluationItems).where(eq(evaluationItems.schemeId, row!.schemeId));
    expect((await getEvaluationDetail(who.leader, mine!.id))!.actions).toEqual(["save", "submit"]);
    expect(await attemptEvaluation(who.leader, mine!.id, row!.version, "submit", items)).toMatchObject({ ok: true });
    expect((await getEvaluationDetail(who.union, mine!.id))!.actions).toEqual(["review", "return", "accept"]);
    expect(await attemptEvaluation(who.union, mine!.id, row!.version + 1, "accept", items)).toMatchObject({ ok: true });
    expect((await getEvaluationDetail(who.office, mine!.id))!.actions).toEqual(["confirm"]);
    expect(await attemptEvaluation(who.office, mine!.id, row!.version + 2, "confirm", items)).toMatchObject({ ok: true });
    expect(await getEvaluationDetail(who.union2, mine!.id)).toBeNull();
  });
});
