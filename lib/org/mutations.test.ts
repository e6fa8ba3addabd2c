import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, orgs } from "@/db/schema";
import { loadActiveUser } from "@/lib/auth/load-user";
import { attemptLogin } from "@/lib/auth/login";
import { archiveOrg, createTeam, createUnit, restoreOrg, updateTeam, updateUnit } from "@/lib/org/mutations";
import { countScope, getOrg, listArchivedOrgs, listTeamsInScope, listUnitsPage } from "@/lib/org/queries";
import { listWorkers } from "@/lib/workers/queries";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_PASSWORD, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { done, invalid, refuse } from "@/lib/actions/result";

describe.each(TEST_DATABASES)("keeping the org tree on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  const unit = { name: "四公司", unitKind: "enterprise", industry: "纺织", contactName: "张红", contactPhone: "0455-1234567" };

  it("an office creates a unit of its county and edits it, guarded by version", async () => {
    const office = await f.user("office_a");
    const created = await createUnit(office, unit);
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data!.id : "";
    const org = await getOrg(office, id);
    expect(org).toMatchObject({ level: "unit", name: "四公司", unitKind: "enterprise", parentId: f.org.A, version: 1 });
    expect(await getOrg(await f.user("office_b"), id)).toBeNull();
    expect(await updateUnit(office, id, 1, { ...unit, industry: "服装", contactPhone: "" })).toEqual({ ok: true, data: { id } });
    expect(await getOrg(office, id)).toMatchObject({ industry: "服装", contactPhone: null, version: 2 });
    // A second edit from the same (now stale) form loses.
    expect(await updateUnit(office, id, 1, { ...unit, industry: "纺织" })).toEqual(refuse("conflict", "errors.conflict"));
    const [audit] = await db.db.select().from(auditLog).where(and(eq(auditLog.action, "org.updated"), eq(auditLog.entityId, id)));
    expect(audit!.before).toEqual({ industry: "纺织", contactPhone: "0455-1234567" });
    expect(audit!.after).toEqual({ industry: "服装", contactPhone: null });
  });

  it("refuses bad input and a name a live sibling already has, on the field", async () => {
    const office = await f.user("office_a");
    expect(await createUnit(office, { name: "", unitKind: "factory", contactPhone: "call me" })).toMatchObject(invalid({ name: ["validation.required"], unitKind: ["validation.invalidOption"], contactPhone: ["validation.phone"] }));
    expect(await createUnit(office, { ...unit, name: "一厂" })).toMatchObject(invalid({ name: ["org.error.nameTaken"] }));
    // Another county may have a unit of the same name.
    expect(await createUnit(await f.user("office_b"), { ...unit, name: "一厂" })).toMatchObject({ ok: true });
  });

  it("only an office creates units, and only a union teams of its own unit", async () => {
    expect(await createUnit(await f.user("union_u1"), unit)).toEqual(refuse("forbidden", "errors.forbidden"));
    expect(await createTeam(await f.user("office_a"), { name: "新班", teamKind: "team" })).toEqual(refuse("forbidden", "errors.forbidden"));
    expect(await createTeam(await f.user("leader_t1"), { name: "新班", teamKind: "team" })).toEqual(refuse("forbidden", "errors.forbidden"));
    const union = await f.user("union_u1");
    const team = await createTeam(union, { name: "一厂丙班", teamKind: "team" });
    expect(team.ok).toBe(true);
    expect(await getOrg(union, team.ok ? team.data!.id : "")).toMatchObject({ level: "team", parentId: f.org.U1 });
    expect(await createTeam(union, { name: "一厂甲班", teamKind: "section" })).toMatchObject(invalid({ name: ["org.error.nameTaken"] }));
    // The same name in another unit is fine.
    expect(await createTeam(await f.user("union_u2"), { name: "一厂甲班", teamKind: "team" })).toMatchObject({ ok: true });
  });

  it("nobody edits an org outside their reach: another unit's team, a unit by a union, a team by the office", async () => {
    const union = await f.user("union_u1");
    expect(await updateTeam(union, f.org.T3, 1, { name: "改名", teamKind: "team" })).toEqual(refuse("not_found", "errors.notFound"));
    expect(await updateTeam(union, f.org.T4, 1, { name: "改名", teamKind: "team" })).toEqual(refuse("not_found", "errors.notFound"));
    expect(await updateUnit(union, f.org.U1, 1, unit)).toEqual(refuse("forbidden", "errors.forbidden"));
    expect(await updateTeam(await f.user("office_a"), f.org.T1, 1, { name: "改名", teamKind: "team" })).toEqual(refuse("forbidden", "errors.forbidden"));
    expect(await updateUnit(await f.user("office_b"), f.org.U1, 1, unit)).toEqual(refuse("not_found", "errors.notFound"));
    expect(await archiveOrg(union, f.org.T3)).toEqual(refuse("not_found", "errors.notFound"));
    expect(await archiveOrg(union, f.org.U1)).toEqual(refuse("not_found", "errors.notFound"));
    expect(await archiveOrg(await f.user("office_a"), f.org.T1)).toEqual(refuse("not_found", "errors.notFound"));
    expect(await archiveOrg(await f.user("office_b"), f.org.U1)).toEqual(refuse("not_found", "errors.notFound"));
    const names = await db.db.select({ name: orgs.name }).from(orgs).where(eq(orgs.name, "改名"));
    expect(names).toEqual([]);
  });

  it("a team with workers on its roster is not archived; an empty one is, and comes back", async () => {
    const union = await f.user("union_u1");
    expect(await archiveOrg(union, f.org.T2)).toMatchObject({ ok: false, message: { key: "org.error.teamHasWorkers", values: { n: 3 } } });
    const team = await createTeam(union, { name: "临时班", teamKind: "team" });
    const id = team.ok ? team.data!.id : "";
    expect(await archiveOrg(union, id)).toEqual(done("org.done.archived"));
    expect(await getOrg(union, id)).toBeNull();
    expect((await listArchivedOrgs(union)).map((o) => o.name)).toEqual(["临时班"]);
    expect(await restoreOrg(union, id)).toEqual(done("org.done.restored"));
    expect(await getOrg(union, id)).not.toBeNull();
  });

  it("archiving a unit takes its teams, accounts and roster out of use, and restoring brings them back", async () => {
    const office = await f.user("office_a");
    const leaderT3 = f.userIds["leader_t3"]!;
    const unionU2 = f.userIds["union_u2"]!;
    const before = await countScope(office);
    expect(await archiveOrg(office, f.org.U2)).toEqual(done("org.done.archived"));
    expect(await loadActiveUser(db.db, unionU2)).toBeNull();
    expect(await loadActiveUser(db.db, leaderT3)).toBeNull();
    // Signing in says the account is out of use, rather than letting it in to nothing.
    expect(await attemptLogin(db.db, "leader_t3", FIXTURE_PASSWORD, "10.3.0.1")).toEqual({ ok: false, reason: "disabled" });
    expect((await listUnitsPage(office, new Date(), { page: 1 })).rows.map((u) => u.id)).not.toContain(f.org.U2);
    expect((await listTeamsInScope(office)).map((t) => t.id)).not.toContain(f.org.T3);
    const after = await countScope(office);
    expect(after.workers).toBe(before.workers - 3);
    expect((await listWorkers(office, { status: "active", page: 1, unit: f.org.U2 })).total).toBe(0);

    // A new unit may take the archived one's name meanwhile; then restoring must be refused clearly.
    const squatter = await createUnit(office, { ...unit, name: "二局" });
    expect(await restoreOrg(office, f.org.U2)).toEqual(refuse("conflict", "org.error.restoreNameTaken"));
    await archiveOrg(office, squatter.ok ? squatter.data!.id : "");
    expect(await restoreOrg(office, f.org.U2)).toEqual(done("org.done.restored"));
    expect(await loadActiveUser(db.db, leaderT3)).not.toBeNull();
    expect(await loadActiveUser(db.db, leaderT3, 0)).toBeNull(); // a session from before the archiving stays dead
    expect(await attemptLogin(db.db, "leader_t3", FIXTURE_PASSWORD, "10.3.0.1")).toMatchObject({ ok: true });
    expect((await countScope(office)).workers).toBe(before.workers);
    const trail = await db.db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.entityId, f.org.U2));
    expect(trail.map((a) => a.action)).toEqual(["org.archived", "org.restored"]);
  });
});
