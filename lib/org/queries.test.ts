import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { orgs, users } from "@/db/schema";
import { loadActiveUser } from "@/lib/auth/load-user";
import { countScope, getOrg, listFilterChoices, listReviewFilterChoices, listTeamsInScope, listUnitsInScope } from "@/lib/org/queries";
import { getRosterProfile, listWorkers } from "@/lib/workers/queries";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { seedTwoCounties, type TwoCounties } from "@/test/fixtures";

describe.each(TEST_DATABASES)("org scoping on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  // role × target: own org, a sibling, the parent, the grandparent, and the other county.
  const cases: [string, keyof TwoCounties["org"], boolean][] = [
    // office of county A: its whole county, nothing of B
    ["office_a", "A", true],
    ["office_a", "U1", true],
    ["office_a", "U2", true],
    ["office_a", "T3", true],
    ["office_a", "B", false],
    ["office_a", "U3", false],
    ["office_a", "T4", false],
    // union of U1: its unit and teams; not the sibling unit, the county, or other county
    ["union_u1", "U1", true],
    ["union_u1", "T1", true],
    ["union_u1", "T2", true],
    ["union_u1", "U2", false],
    ["union_u1", "T3", false],
    ["union_u1", "A", false],
    ["union_u1", "U3", false],
    ["union_u1", "T4", false],
    // leader of T1: its team only; not the sibling team, its unit, its county
    ["leader_t1", "T1", true],
    ["leader_t1", "T2", false],
    ["leader_t1", "U1", false],
    ["leader_t1", "A", false],
    ["leader_t1", "T4", false],
  ];

  it.each(cases)("%s sees %s: %s", async (username, target, visible) => {
    const user = await f.user(username);
    const org = await getOrg(user, f.org[target]);
    expect(org !== null).toBe(visible);
  });

  it("leads back to the user's org page, to the parent it can see, or nowhere", async () => {
    const back = async (username: string, target: keyof TwoCounties["org"]) => (await getOrg(await f.user(username), f.org[target]))?.backTo;
    expect(await back("office_a", "U1")).toBe("orgHome");
    expect(await back("office_a", "T1")).toBe("parent");
    expect(await back("union_u1", "T1")).toBe("orgHome");
    expect(await back("union_u1", "U1")).toBeNull();
    expect(await back("leader_t1", "T1")).toBeNull();
  });

  it("offers list filters by the teams and units the user's lists span", async () => {
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const office = await listFilterChoices(await f.user("office_a"), { unitId: f.org.U1 });
    expect([ids(office.teams), ids(office.units)]).toEqual([[f.org.T1, f.org.T2].sort(), [f.org.U1, f.org.U2].sort()]);
    const union = await listFilterChoices(await f.user("union_u1"));
    expect([ids(union.teams), union.units]).toEqual([[f.org.T1, f.org.T2].sort(), []]);
    expect(await listFilterChoices(await f.user("leader_t1"))).toEqual({ teams: [], units: [] });
    // A review queue filters by the level reviewed: a union its teams, the office its units.
    expect(ids((await listReviewFilterChoices(await f.user("union_u1"))).teams)).toEqual([f.org.T1, f.org.T2].sort());
    expect(await listReviewFilterChoices(await f.user("office_a"))).toMatchObject({ teams: [] });
    expect(ids((await listReviewFilterChoices(await f.user("office_a"))).units)).toEqual([f.org.U1, f.org.U2].sort());
  });

  it("answers a malformed or unknown id like an out-of-scope one", async () => {
    const office = await f.user("office_a");
    expect(await getOrg(office, "not-a-uuid")).toBeNull();
    expect(await getOrg(office, "00000000-0000-0000-0000-000000000000")).toBeNull();
  });

  it("lists only units of the office's own county", async () => {
    const units = await listUnitsInScope(await f.user("office_a"), new Date("2026-01-01"));
    expect(units.map((u) => u.id).sort()).toEqual([f.org.U1, f.org.U2].sort());
    const u1 = units.find((u) => u.id === f.org.U1)!;
    expect(u1.teamCount).toBe(2);
    expect(u1.workerCount).toBe(6);
    expect(await listUnitsInScope(await f.user("union_u1"), new Date())).toEqual([f.org.U1].map((id) => expect.objectContaining({ id })));
    expect(await listUnitsInScope(await f.user("leader_t1"), new Date())).toEqual([]);
  });

  it("lists teams within the subtree, and a forged unit filter cannot widen it", async () => {
    const union = await f.user("union_u1");
    expect((await listTeamsInScope(union)).map((t) => t.id).sort()).toEqual([f.org.T1, f.org.T2].sort());
    expect(await listTeamsInScope(union, { unitId: f.org.U2 })).toEqual([]);
    expect(await listTeamsInScope(union, { unitId: f.org.U3 })).toEqual([]);
    const office = await f.user("office_a");
    expect((await listTeamsInScope(office)).map((t) => t.id).sort()).toEqual([f.org.T1, f.org.T2, f.org.T3].sort());
    expect((await listTeamsInScope(await f.user("leader_t1"))).map((t) => t.id)).toEqual([f.org.T1]);
  });

  it("scopes the roster, ignoring filters that point outside the subtree", async () => {
    const leader = await f.user("leader_t1");
    const own = await listWorkers(leader, { status: "active", page: 1 });
    expect(own.total).toBe(3);
    expect(own.rows.every((w) => w.teamId === f.org.T1)).toBe(true);
    expect((await listWorkers(leader, { status: "active", page: 1, team: f.org.T2 })).total).toBe(0);
    const union = await f.user("union_u1");
    expect((await listWorkers(union, { status: "active", page: 1 })).total).toBe(6);
    expect((await listWorkers(union, { status: "active", page: 1, unit: f.org.U3 })).total).toBe(0);
    const officeB = await f.user("office_b");
    expect((await listWorkers(officeB, { status: "active", page: 1 })).total).toBe(3);
    expect((await listWorkers(officeB, { status: "active", page: 1, team: f.org.T1 })).total).toBe(0);
  });

  it("treats search text as text, not as a pattern or SQL", async () => {
    const office = await f.user("office_a");
    expect((await listWorkers(office, { status: "active", page: 1, q: "%" })).total).toBe(0);
    expect((await listWorkers(office, { status: "active", page: 1, q: "' or 1=1 --" })).total).toBe(0);
    expect((await listWorkers(office, { status: "active", page: 1, q: "职工1" })).total).toBeGreaterThan(0);
  });

  it("counts the subtree for each role", async () => {
    expect(await countScope(await f.user("office_a"))).toMatchObject({ units: 2, teams: 3, workers: 9, unitsByKind: { enterprise: 1, organ: 1 } });
    expect(await countScope(await f.user("union_u1"))).toMatchObject({ units: 1, teams: 2, workers: 6 });
    expect(await countScope(await f.user("leader_t1"))).toMatchObject({ units: 0, teams: 1, workers: 3 });
    expect(await getRosterProfile(await f.user("leader_t1"))).toEqual({ total: 3, female: 1, collegeOrAbove: 1, certified: 1, technicians: 1 });
  });

  it("loses access at once when deactivated, re-roled or moved to an archived org", async () => {
    const id = f.userIds["union_u2"]!;
    expect(await loadActiveUser(db.db, id)).not.toBeNull();
    await db.db.update(users).set({ active: false }).where(eq(users.id, id));
    expect(await loadActiveUser(db.db, id)).toBeNull();
    await db.db.update(users).set({ active: true, role: "office" }).where(eq(users.id, id));
    expect(await loadActiveUser(db.db, id)).toBeNull(); // office bound to a unit: refused
    await db.db.update(users).set({ role: "union" }).where(eq(users.id, id));
    expect(await loadActiveUser(db.db, id, 0)).not.toBeNull();
    expect(await loadActiveUser(db.db, id, 1)).toBeNull(); // a session from before a password change
    await db.db.update(orgs).set({ archivedAt: new Date() }).where(eq(orgs.id, f.org.U2));
    expect(await loadActiveUser(db.db, id)).toBeNull();
  });
});
