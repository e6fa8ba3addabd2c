import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, users } from "@/db/schema";
import { createAccount, resetPassword, setAccountActive } from "@/lib/accounts/mutations";
import { listAccountsOfOrg } from "@/lib/accounts/queries";
import { loadActiveUser } from "@/lib/auth/load-user";
import { attemptLogin } from "@/lib/auth/login";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_PASSWORD, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { done, invalid, refuse } from "@/lib/actions/result";

describe.each(TEST_DATABASES)("account administration on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  const audits = async (action: string, entityId: string) =>
    db.db.select().from(auditLog).where(and(eq(auditLog.action, action), eq(auditLog.entityId, entityId)));

  it("an office opens a union account for a unit of its county, with a one-time password that signs in", async () => {
    const office = await f.user("office_a");
    const result = await createAccount(office, f.org.U2, { username: " U2_Second ", displayName: "二局工会" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data!.username).toBe("u2_second");
    const outcome = await attemptLogin(db.db, "u2_second", result.data!.password, "10.1.0.1");
    expect(outcome.ok).toBe(true);
    const user = await loadActiveUser(db.db, outcome.ok ? outcome.userId : "");
    expect(user).toMatchObject({ role: "union", unitId: f.org.U2 });
    expect(await audits("user.created", user!.id)).toHaveLength(1);
  });

  it("a union opens leader accounts for its own teams only", async () => {
    const union = await f.user("union_u1");
    expect(await createAccount(union, f.org.T2, { username: "t2_deputy", displayName: "乙班副班长" })).toMatchObject({ ok: true });
    // Another unit's team and its own unit answer as missing or not allowed; nothing is created.
    expect(await createAccount(union, f.org.T3, { username: "t3_sneaky", displayName: "x" })).toEqual(refuse("not_found", "errors.notFound"));
    expect(await createAccount(union, f.org.T4, { username: "t4_sneaky", displayName: "x" })).toEqual(refuse("not_found", "errors.notFound"));
    expect(await createAccount(union, f.org.U1, { username: "u1_sneaky", displayName: "x" })).toEqual(refuse("forbidden", "errors.forbidden"));
    const office = await f.user("office_a");
    expect(await createAccount(office, f.org.T1, { username: "t1_by_office", displayName: "x" })).toEqual(refuse("forbidden", "errors.forbidden"));
    expect(await createAccount(await f.user("leader_t1"), f.org.T1, { username: "t1_by_leader", displayName: "x" })).toEqual(refuse("forbidden", "errors.forbidden"));
    const made = await db.db.select({ u: users.username }).from(users).where(eq(users.displayName, "x"));
    expect(made).toEqual([]);
  });

  it("refuses a taken username and a malformed one on the field", async () => {
    const union = await f.user("union_u1");
    expect(await createAccount(union, f.org.T1, { username: "LEADER_T2", displayName: "重名" })).toMatchObject(invalid({ username: ["users.error.usernameTaken"] }));
    expect(await createAccount(union, f.org.T1, { username: "9x", displayName: "" })).toMatchObject(invalid({ username: ["validation.usernameFormat"], displayName: ["validation.required"] }));
  });

  it("lists an org's accounts with what the viewer may do to each", async () => {
    const union = await f.user("union_u1");
    const rows = await listAccountsOfOrg(union, f.org.T1);
    expect(rows.map((r) => [r.username, r.manageable, r.locked])).toEqual([["leader_t1", true, false]]);
    expect(await listAccountsOfOrg(union, f.org.T3)).toEqual([]);
    expect(await listAccountsOfOrg(await f.user("leader_t1"), f.org.T1)).toEqual([]);
    // The office sees its units' union accounts as manageable; its own county's office account is not.
    const office = await f.user("office_a");
    expect((await listAccountsOfOrg(office, f.org.U1)).map((r) => [r.username, r.manageable])).toEqual([["union_u1", true]]);
    expect((await listAccountsOfOrg(office, f.org.A)).map((r) => [r.username, r.manageable])).toEqual([["office_a", false]]);
  });

  it("resets a password: the new one signs in, old sessions end, a lock is lifted, and it is audited", async () => {
    const id = f.userIds["leader_t2"]!;
    await db.db.update(users).set({ lockedUntil: new Date(Date.now() + 600_000), failedLogins: 3 }).where(eq(users.id, id));
    const before = await loadActiveUser(db.db, id, 0);
    expect(before).not.toBeNull();
    const result = await resetPassword(await f.user("union_u1"), id);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await loadActiveUser(db.db, id, 0)).toBeNull(); // the session from before the reset
    expect(await attemptLogin(db.db, "leader_t2", FIXTURE_PASSWORD, "10.1.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptLogin(db.db, "leader_t2", result.data!.password, "10.1.0.2")).toMatchObject({ ok: true, sessionVersion: 1 });
    expect(await audits("user.password.reset", id)).toHaveLength(1);
  });

  it("deactivation takes effect on the next request, and reactivation asks for a fresh sign-in", async () => {
    const id = f.userIds["leader_t1"]!;
    const union = await f.user("union_u1");
    const [{ sessionVersion }] = await db.db.select({ sessionVersion: users.sessionVersion }).from(users).where(eq(users.id, id));
    expect(await loadActiveUser(db.db, id, sessionVersion)).not.toBeNull();
    expect(await setAccountActive(union, id, false)).toEqual(done("users.done.deactivated"));
    expect(await loadActiveUser(db.db, id, sessionVersion)).toBeNull();
    expect(await attemptLogin(db.db, "leader_t1", FIXTURE_PASSWORD, "10.1.0.3")).toEqual({ ok: false, reason: "disabled" });
    // Twice is harmless, and audited once.
    expect(await setAccountActive(union, id, false)).toMatchObject({ ok: true });
    expect(await audits("user.deactivated", id)).toHaveLength(1);
    expect(await setAccountActive(union, id, true)).toEqual(done("users.done.reactivated"));
    expect(await loadActiveUser(db.db, id, sessionVersion)).toBeNull(); // the old session stays dead
    const login = await attemptLogin(db.db, "leader_t1", FIXTURE_PASSWORD, "10.1.0.3");
    expect(login).toMatchObject({ ok: true, sessionVersion: sessionVersion + 1 });
    expect(await audits("user.reactivated", id)).toHaveLength(1);
  });

  it("nobody administers accounts outside their subtree, at or above their own level, or their own", async () => {
    const union = await f.user("union_u1");
    const office = await f.user("office_a");
    const cases: [Awaited<ReturnType<typeof f.user>>, string][] = [
      [union, f.userIds["leader_t3"]!], // another unit's leader
      [union, f.userIds["union_u2"]!], // a fellow union
      [union, f.userIds["office_a"]!], // its office
      [union, f.userIds["union_u1"]!], // itself
      [office, f.userIds["office_a"]!], // itself
      [office, f.userIds["union_u3"]!], // another county
      [office, f.userIds["leader_t4"]!],
      [await f.user("leader_t3"), f.userIds["leader_t3"]!],
    ];
    for (const [actor, target] of cases) {
      expect(await setAccountActive(actor, target, false)).toMatchObject({ ok: false });
      expect(await resetPassword(actor, target)).toMatchObject({ ok: false });
    }
    const still = await db.db.select({ active: users.active, sv: users.sessionVersion }).from(users).where(eq(users.id, f.userIds["leader_t3"]!));
    expect(still).toEqual([{ active: true, sv: 0 }]);
    // The office does administer the leaders of its county's teams.
    expect(await setAccountActive(office, f.userIds["leader_t3"]!, false)).toMatchObject({ ok: true });
    expect(await setAccountActive(office, f.userIds["leader_t3"]!, true)).toMatchObject({ ok: true });
  });
});
