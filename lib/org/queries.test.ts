import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { orgs, users } from "@/db/schema";
import { loadActiveUser } from "@/lib/auth/load-user";
import { getOrgChoice, reviewPickers, searchOrgChoices } from "@/lib/org/choices";
import { CARD_PAGE_SIZE } from "@/lib/db/paginate";
import { parseSearchParams } from "@/lib/http/search-params";
import { countScope, getOrg, listTeamsInScope, listUnitsInScope, listUnitsPage } from "@/lib/org/queries";
import { unitListFiltersSchema } from "@/lib/org/schemas";
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

  it("searches the units and teams a filter's picker offers within the user's scope only", async () => {
    const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();
    const office = await f.user("office_a");
    const union = await f.user("union_u1");
    const leader = await f.user("leader_t1");
    // Typing part of a name: the office finds its county's teams of that name, never the other county's.
    expect(ids(await searchOrgChoices(office, { level: "team", q: "甲班" }))).toEqual([f.org.T1]);
    expect(ids(await searchOrgChoices(office, { level: "team" }))).toEqual([f.org.T1, f.org.T2, f.org.T3].sort());
    // A team is also found by its unit's name, and shows it.
    expect(await searchOrgChoices(office, { level: "team", q: "二局" })).toEqual([{ id: f.org.T3, name: "二局办公室", unitName: "二局" }]);
    expect(ids(await searchOrgChoices(office, { level: "team", unitId: f.org.U1 }))).toEqual([f.org.T1, f.org.T2].sort());
    expect(ids(await searchOrgChoices(office, { level: "unit", q: "厂" }))).toEqual([f.org.U1]);
    // A union: its own teams only, even when it names another unit; it picks no units.
    expect(ids(await searchOrgChoices(union, { level: "team" }))).toEqual([f.org.T1, f.org.T2].sort());
    expect(await searchOrgChoices(union, { level: "team", unitId: f.org.U2 })).toEqual([]);
    expect(await searchOrgChoices(union, { level: "unit" })).toEqual([]);
    expect(ids(await searchOrgChoices(union, { level: "unitOrTeam" }))).toEqual([f.org.U1, f.org.T1, f.org.T2].sort());
    // A leader picks nothing; % and _ are matched as themselves.
    expect(await searchOrgChoices(leader, { level: "team" })).toEqual([]);
    expect(await searchOrgChoices(office, { level: "team", q: "%" })).toEqual([]);
    // The chosen org's label: only inside the scope and of the asked level.
    expect(await getOrgChoice(office, "team", f.org.T1)).toEqual({ id: f.org.T1, name: "一厂甲班", unitName: "一厂" });
    expect(await getOrgChoice(office, "team", f.org.T4)).toBeNull();
    expect(await getOrgChoice(office, "team", f.org.U1)).toBeNull();
    expect(await getOrgChoice(union, "team", f.org.T3)).toBeNull();
    expect(await getOrgChoice(office, "unit", "not-a-uuid")).toBeNull();
    // A review queue filters by the level reviewed: a union its teams, the office its units.
    expect(reviewPickers(union)).toEqual({ unit: false, team: true });
    expect(reviewPickers(office)).toEqual({ unit: true, team: false });
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

describe("the unit list's URL search", () => {
  it("trims the name, and reads a bad page or an overlong, control-character name as none", () => {
    const parse = (raw: Record<string, string>) => parseSearchParams(unitListFiltersSchema, raw);
    expect(parse({ q: "  化工 ", page: "2" })).toEqual({ q: "化工", page: 2 });
    expect(parse({ q: "厂".repeat(61), page: "-1" })).toEqual({ q: undefined, page: 1 });
    expect(parse({ q: "厂\u0000", page: "x" })).toEqual({ q: undefined, page: 1 });
  });
});

describe.each(TEST_DATABASES)("the county's unit list on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  const since = new Date("2026-01-01");
  // County A: 一厂 and 二局 of the fixture, a page and a half of 化工 units, and one named with a literal %.
  // County B: 三厂 of the fixture and a 化工 unit of its own.
  const chemical = Array.from({ length: CARD_PAGE_SIZE + 6 }, (_, i) => `化工${String(i).padStart(2, "0")}厂`);

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    const unit = (name: string, countyId: string) => {
      const id = randomUUID();
      return { id, level: "unit" as const, name, parentId: countyId, countyId, unitId: id, unitKind: "enterprise" as const };
    };
    await db.db.insert(orgs).values([...chemical.map((name) => unit(name, f.org.A)), unit("满分100%厂", f.org.A), unit("乙县化工厂", f.org.B)]);
  });
  afterAll(() => db.dispose());

  const names = (rows: { name: string }[]) => rows.map((r) => r.name);

  it("finds units by part of a Chinese name, a page of cards at a time, in the overview's order", async () => {
    const office = await f.user("office_a");
    const first = await listUnitsPage(office, since, { q: "化工", page: 1 });
    const second = await listUnitsPage(office, since, { q: "化工", page: 2 });
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([chemical.length, 2, CARD_PAGE_SIZE, 6]);
    expect([...names(first.rows), ...names(second.rows)]).toEqual(chemical);
    // The header still counts the whole county, not the matches.
    expect(first.inScope).toBe(chemical.length + 3);
    // A page past the end shows the last one.
    expect(names((await listUnitsPage(office, since, { q: "化工", page: 9 })).rows)).toEqual(names(second.rows));
    // Unfiltered, the pages hold the overview's list, counts and all.
    const overview = await listUnitsInScope(office, since);
    const whole = [...(await listUnitsPage(office, since, { page: 1 })).rows, ...(await listUnitsPage(office, since, { page: 2 })).rows];
    expect(whole).toEqual(overview);
    expect(whole.find((u) => u.id === f.org.U1)).toMatchObject({ teamCount: 2, workerCount: 6 });
  });

  it("matches % and _ as themselves", async () => {
    const office = await f.user("office_a");
    expect(names((await listUnitsPage(office, since, { q: "%", page: 1 })).rows)).toEqual(["满分100%厂"]);
    expect(names((await listUnitsPage(office, since, { q: "0%厂", page: 1 })).rows)).toEqual(["满分100%厂"]);
    expect(await listUnitsPage(office, since, { q: "化工_", page: 1 })).toMatchObject({ total: 0, rows: [], inScope: chemical.length + 3 });
  });

  it("never shows another county's units", async () => {
    const officeA = await f.user("office_a");
    const pages = await Promise.all([1, 2].map((page) => listUnitsPage(officeA, since, { q: "厂", page })));
    const found = pages.flatMap((p) => names(p.rows));
    expect(found).toHaveLength(chemical.length + 2);
    expect(found).not.toContain("三厂");
    expect(found).not.toContain("乙县化工厂");
    expect(await listUnitsPage(await f.user("office_b"), since, { q: "化工", page: 1 })).toMatchObject({ total: 1, inScope: 2, rows: [{ name: "乙县化工厂" }] });
    expect(await listUnitsPage(await f.user("union_u1"), since, { page: 1 })).toMatchObject({ total: 1, inScope: 1, rows: [{ id: f.org.U1 }] });
  });
});
