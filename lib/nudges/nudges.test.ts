import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { auditLog, nudges } from "@/db/schema";
import { createRecord } from "@/lib/records/mutations";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_DAY, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { listLateOrgs, listMyNudges } from "./queries";
import { dismissNudge, nudgeOrg } from "./mutations";
import { done, refuse } from "@/lib/actions/result";

describe.each(TEST_DATABASES)("催办 on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  it("lists who has submitted nothing this month, within the reviewer's scope", async () => {
    const union = await f.user("union_u1");
    expect((await listLateOrgs(union)).map((o) => o.id).sort()).toEqual([f.org.T1, f.org.T2].sort());
    const leader = await f.user("leader_t1");
    const made = await createRecord(
      leader,
      "study_session",
      { title: "班前学习", occurredOn: FIXTURE_DAY, contents: ["technology"], form: "on_the_job", hours: "1", attendees: f.workersOf(f.org.T1) },
      { submit: true },
    );
    expect(made.ok).toBe(true);
    expect((await listLateOrgs(union)).map((o) => o.id)).toEqual([f.org.T2]);
    // For the office, U1 is no longer late (a team of it submitted); U2 still is; county B's units never show.
    expect((await listLateOrgs(await f.user("office_a"))).map((o) => o.id)).toEqual([f.org.U2]);
    expect(await listLateOrgs(leader)).toEqual([]);
  });

  it("lets a union remind its own teams once a day, and nobody else's", async () => {
    const union = await f.user("union_u1");
    expect(await nudgeOrg(union, f.org.T2)).toEqual(done("nudge.sent"));
    expect(await nudgeOrg(union, f.org.T2)).toEqual(refuse("conflict", "nudge.alreadyToday"));
    for (const target of [f.org.T3, f.org.T4, f.org.U1, f.org.A]) {
      expect((await nudgeOrg(union, target)).ok).toBe(false);
    }
    expect((await nudgeOrg(await f.user("leader_t1"), f.org.T2)).ok).toBe(false);
    expect((await nudgeOrg(await f.user("office_b"), f.org.U1)).ok).toBe(false);
    expect(await nudgeOrg(await f.user("office_a"), f.org.U2)).toEqual(done("nudge.sent"));
    const rows = await db.db.select().from(nudges);
    expect(rows.map((r) => r.toOrgId).sort()).toEqual([f.org.T2, f.org.U2].sort());
    expect(await db.db.select().from(auditLog).where(eq(auditLog.action, "org.nudged"))).toHaveLength(2);
    expect((await listLateOrgs(union)).find((o) => o.id === f.org.T2)?.nudgedToday).toBe(true);
  });

  it("shows the reminder to the reminded team until it is dismissed, and only there", async () => {
    const leader = await f.user("leader_t2");
    const [notice] = await listMyNudges(leader);
    expect(notice).toMatchObject({ fromName: "union_u1", fromOrg: "一厂" });
    expect(await listMyNudges(await f.user("leader_t1"))).toEqual([]);
    expect((await dismissNudge(await f.user("leader_t1"), notice!.id)).ok).toBe(false);
    expect(await dismissNudge(leader, notice!.id)).toEqual({ ok: true });
    expect(await listMyNudges(leader)).toEqual([]);
    expect(await listMyNudges(await f.user("union_u2"))).toHaveLength(1);
  });
});
