import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, gt, max, sql } from "drizzle-orm";
import { auditLog, orgMonthStats, records } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/load-user";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_DAY, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { proposalDecisionSchema } from "./decision";
import { createRecord, transitionRecord } from "./mutations";
import { reviewQueueFiltersSchema } from "./queue-filters";
import { getQueuePosition, listReviewQueue } from "./review-queue";
import { approveProposal, rejectMany } from "./review-mutations";
import { type ActionResult, invalid, refuse } from "@/lib/actions/result";

/*
 * The reviewer's side of the record workflow (lib/records/review-mutations.ts, review-queue.ts):
 * a proposal approved with the reviewer's decision, batch send-back, and the queue's order and the
 * place of one record in it. Every refusal leaves the record and the audit log as they were.
 */

const REASON = "请补充实施效果的证明材料";

const decision = (adopted: boolean, implemented: boolean, benefitYuan: string) => proposalDecisionSchema.parse({ adopted, implemented, benefitYuan });

describe("the reviewer's decision on a proposal (schema)", () => {
  it("refuses implemented or a benefit on a proposal not adopted, and a benefit finer than a fen", () => {
    expect(proposalDecisionSchema.safeParse({ adopted: false, implemented: true, benefitYuan: "" }).error?.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["implemented", "validation.implementedNeedsAdopted"],
    ]);
    expect(proposalDecisionSchema.safeParse({ adopted: false, implemented: false, benefitYuan: "100" }).error?.issues[0]?.message).toBe("validation.benefitNeedsAdopted");
    expect(proposalDecisionSchema.safeParse({ adopted: true, implemented: false, benefitYuan: "1.005" }).error?.issues[0]).toMatchObject({ message: "validation.step", params: { n: 0.01 } });
    expect(proposalDecisionSchema.safeParse({ adopted: true, implemented: false, benefitYuan: "1e3" }).error?.issues[0]?.message).toBe("validation.number");
    expect(proposalDecisionSchema.parse({ adopted: true, implemented: true, benefitYuan: " 12000.5 " })).toEqual({ adopted: true, implemented: true, benefitYuan: 12000.5 });
    expect(proposalDecisionSchema.parse({ adopted: false, implemented: false, benefitYuan: "" })).toEqual({ adopted: false, implemented: false, benefitYuan: undefined });
  });
});

describe.each(TEST_DATABASES)("reviewing on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  const as = (username: string): Promise<CurrentUser> => f.user(username);

  function expectOk<T>(result: ActionResult<T>): T | undefined {
    expect(result).toMatchObject({ ok: true });
    return result.ok ? result.data : undefined;
  }

  async function rowOf(id: string) {
    const [row] = await db.db.select().from(records).where(eq(records.id, id));
    return row!;
  }

  async function auditMark(): Promise<number> {
    const [{ m }] = await db.db.select({ m: max(auditLog.id) }).from(auditLog);
    return m ?? 0;
  }
  const auditSince = (mark: number) => db.db.select().from(auditLog).where(gt(auditLog.id, mark)).orderBy(asc(auditLog.id));

  /** The proposal benefit the maintained aggregates hold for a team (what the dashboard sums). */
  async function teamProposalBenefit(teamId: string): Promise<number> {
    const [row] = await db.db
      .select({ benefit: sql<number>`coalesce(sum(${orgMonthStats.proposalBenefit}), 0)::float8` })
      .from(orgMonthStats)
      .where(and(eq(orgMonthStats.orgId, teamId), eq(orgMonthStats.ownerLevel, "team")));
    return Number(row?.benefit ?? 0);
  }

  /** A proposal of leader_t1's team as the team typed it (not adopted, no benefit), submitted for review. */
  async function submittedProposal(leader = "leader_t1", team: "T1" | "T3" = "T1", title = "改进下料工序"): Promise<string> {
    const owner = await as(leader);
    const created = expectOk(
      await createRecord(
        owner,
        "proposal",
        { title, occurredOn: FIXTURE_DAY, team: "", content: "调整下料顺序，减少边角料。", proposers: f.workersOf(f.org[team]).slice(0, 1), adopted: false, implemented: false, benefitYuan: "" },
        { submit: true },
      ),
    );
    return created!.id;
  }

  async function submittedStudy(leader: string, team: "T1" | "T2" | "T3", title: string, occurredOn = FIXTURE_DAY): Promise<string> {
    const created = expectOk(
      await createRecord(
        await as(leader),
        "study_session",
        { title, occurredOn, contents: ["technology"], form: "on_the_job", hours: "1", presenter: "", location: "", summary: "", attendees: f.workersOf(f.org[team]).slice(0, 1) },
        { submit: true },
      ),
    );
    return created!.id;
  }

  describe("approveProposal", () => {
    it("approves with the reviewer's adoption, implementation and benefit, audited as the reviewer's change, and the aggregates count them", async () => {
      const union = await as("union_u1");
      const id = await submittedProposal();
      const benefitBefore = await teamProposalBenefit(f.org.T1);
      const { version } = await rowOf(id);
      const mark = await auditMark();

      expect(await approveProposal(union, id, version, decision(true, true, "12000.50"))).toEqual({ ok: true });

      const row = await rowOf(id);
      expect(row).toMatchObject({ status: "approved", version: version + 1, adopted: true, benefitYuan: 12000.5, reviewedBy: union.id });
      expect(row.details.implemented).toBe(true);
      expect((await auditSince(mark)).map((a) => ({ action: a.action, actor: a.actorId, before: a.before, after: a.after }))).toEqual([
        {
          action: "record.decided",
          actor: union.id,
          before: { adopted: false, implemented: false, benefitYuan: null },
          after: { adopted: true, implemented: true, benefitYuan: 12000.5 },
        },
        { action: "record.approved", actor: union.id, before: null, after: { status: "approved" } },
      ]);
      expect(await teamProposalBenefit(f.org.T1)).toBeCloseTo(benefitBefore + 12000.5, 2);
    });

    it("writes only the approval when the reviewer keeps what the team typed", async () => {
      const union = await as("union_u1");
      const id = await submittedProposal();
      const mark = await auditMark();
      expectOk(await approveProposal(union, id, (await rowOf(id)).version, decision(false, false, "")));
      expect((await auditSince(mark)).map((a) => a.action)).toEqual(["record.approved"]);
    });

    it("refuses the team's leader, another unit's union, a stale version and a record that is not a proposal, changing nothing", async () => {
      const id = await submittedProposal();
      const before = await rowOf(id);
      const mark = await auditMark();
      const cases: [string, number, string][] = [
        ["leader_t1", before.version, "errors.forbidden"],
        ["union_u2", before.version, "records.error.notFound"],
        ["union_u3", before.version, "records.error.notFound"],
        ["union_u1", before.version - 1, "records.error.alreadyHandled"],
      ];
      for (const [username, version, message] of cases) {
        expect(await approveProposal(await as(username), id, version, decision(true, true, "999")), username).toMatchObject({ ok: false, message: { key: message } });
      }
      const study = await submittedStudy("leader_t1", "T1", "不是建议");
      expect(await approveProposal(await as("union_u1"), study, (await rowOf(study)).version, decision(true, false, ""))).toEqual(refuse("invalid_input", "errors.invalidInput"));
      expect(await rowOf(id)).toEqual(before);
      expect((await auditSince(mark)).map((a) => a.action)).toEqual(["record.created", "record.submitted"]);
    });

    it("lets exactly one of two reviewers acting at once decide", async () => {
      const union = await as("union_u1");
      const id = await submittedProposal();
      const { version } = await rowOf(id);
      const results = await Promise.all([
        approveProposal(union, id, version, decision(true, false, "100")),
        transitionRecord(union, id, "reject", { version, reason: REASON }),
      ]);
      expect(results.filter((r) => r.ok)).toHaveLength(1);
      expect(results.filter((r) => !r.ok)).toEqual([refuse("conflict", "records.error.alreadyHandled")]);
      expect((await rowOf(id)).version).toBe(version + 1);
    });
  });

  describe("rejectMany", () => {
    it("sends back every valid record with the one reason and counts the ones someone else handled", async () => {
      const union = await as("union_u1");
      const a = await submittedStudy("leader_t1", "T1", "批量退回一");
      const b = await submittedStudy("leader_t2", "T2", "批量退回二");
      const handled = await submittedStudy("leader_t1", "T1", "已被处理");
      const otherUnit = await submittedStudy("leader_t3", "T3", "别的单位");
      const stale = (await rowOf(handled)).version;
      expectOk(await transitionRecord(union, handled, "approve", { version: stale }));
      const items = [
        { id: a, version: (await rowOf(a)).version },
        { id: b, version: (await rowOf(b)).version },
        { id: handled, version: stale },
        { id: otherUnit, version: (await rowOf(otherUnit)).version },
      ];
      expect(await rejectMany(union, items, REASON)).toEqual({ ok: true, data: { done: 2, skipped: 2 } });
      for (const id of [a, b]) expect(await rowOf(id)).toMatchObject({ status: "rejected", reviewNote: REASON, reviewedBy: union.id });
      expect((await rowOf(handled)).status).toBe("approved");
      expect((await rowOf(otherUnit)).status).toBe("submitted");
    });

    it("refuses an empty reason before touching anything", async () => {
      const id = await submittedStudy("leader_t1", "T1", "无理由");
      const before = await rowOf(id);
      expect(await rejectMany(await as("union_u1"), [{ id, version: before.version }], "  ")).toMatchObject(invalid({ reason: ["validation.reasonRequired"] }));
      expect(await rowOf(id)).toEqual(before);
    });
  });

  describe("the queue", () => {
    it("orders by waiting time, date or team, and tells where a record stands with its neighbours", async () => {
      const union = await as("union_u1");
      // Clear what earlier tests left waiting, so the queue is exactly these three.
      for (const r of (await listReviewQueue(union, reviewQueueFiltersSchema.parse({}))).rows) {
        expectOk(await transitionRecord(union, r.id, "approve", { version: r.version }));
      }
      const yesterday = new Date(Date.parse(`${FIXTURE_DAY}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
      const first = await submittedStudy("leader_t2", "T2", "队列一", yesterday);
      const second = await submittedStudy("leader_t1", "T1", "队列二");
      const third = await submittedStudy("leader_t2", "T2", "队列三", yesterday);
      const titles = async (sort: string) => (await listReviewQueue(union, reviewQueueFiltersSchema.parse({ sort }))).rows.map((r) => r.title);

      expect(await titles("waiting")).toEqual(["队列一", "队列二", "队列三"]);
      expect(await titles("-waiting")).toEqual(["队列三", "队列二", "队列一"]);
      expect(await titles("-date")).toEqual(["队列二", "队列一", "队列三"]);
      // By team: each team's records together (oldest submission first within it), the teams in name
      // order, which is the database's collation; reversed, the teams swap and the inner order stays.
      const byTeam = [
        ["队列一", "队列三", "队列二"],
        ["队列二", "队列一", "队列三"],
      ];
      const team = await titles("team");
      expect(byTeam).toContainEqual(team);
      expect(await titles("-team")).toEqual(byTeam.find((o) => o.join() !== team.join()));
      expect(await titles("nonsense")).toEqual(["队列一", "队列二", "队列三"]);

      const filters = reviewQueueFiltersSchema.parse({});
      expect(await getQueuePosition(union, filters, second)).toEqual({ position: 2, total: 3, previousId: first, nextId: third, firstId: first });
      expect(await getQueuePosition(union, filters, first)).toMatchObject({ position: 1, previousId: null, nextId: second });
      // Filtered to one team, the same record stands elsewhere.
      const teamOnly = reviewQueueFiltersSchema.parse({ team: f.org.T2 });
      expect(await getQueuePosition(union, teamOnly, third)).toEqual({ position: 2, total: 2, previousId: first, nextId: null, firstId: first });

      // Once approved it has left the queue: no place, and the way on is the first still waiting.
      expectOk(await transitionRecord(union, second, "approve", { version: (await rowOf(second)).version }));
      expect(await getQueuePosition(union, filters, second)).toEqual({ position: null, total: 2, previousId: null, nextId: null, firstId: first });
      // Another unit's union has none of them in its queue.
      expect(await getQueuePosition(await as("union_u2"), filters, first)).toMatchObject({ position: null });
    });
  });
});
