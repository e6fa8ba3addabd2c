import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, loginFailures, users } from "@/db/schema";
import { attemptLogin } from "@/lib/auth/login";
import { MAX_FAILURES_PER_IP } from "@/lib/auth/rules";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_PASSWORD, seedTwoCounties, type TwoCounties } from "@/test/fixtures";

describe.each(TEST_DATABASES)("sign-in on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());
  beforeEach(async () => {
    await db.db.delete(loginFailures);
    await db.db.update(users).set({ failedLogins: 0, lockedUntil: null, active: true });
  });

  it("accepts the right password, case-insensitively on the username, and records the sign-in", async () => {
    const outcome = await attemptLogin(db.db, "  Leader_T1 ", FIXTURE_PASSWORD, "10.0.0.1");
    expect(outcome).toMatchObject({ ok: true, userId: f.userIds["leader_t1"], sessionVersion: 0 });
    const [row] = await db.db.select({ last: users.lastLoginAt }).from(users).where(eq(users.id, f.userIds["leader_t1"]!));
    expect(row!.last).not.toBeNull();
  });

  it("gives the same answer for an unknown user and a wrong password", async () => {
    expect(await attemptLogin(db.db, "nobody", "whatever", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptLogin(db.db, "leader_t2", "wrong-password", "10.0.0.2")).toEqual({ ok: false, reason: "invalid" });
  });

  it("locks the account on the 5th wrong password for 15 minutes, refusing even the right one, with an audit row", async () => {
    for (let i = 1; i <= 4; i++) {
      expect(await attemptLogin(db.db, "union_u1", `wrong-${i}`, "10.0.0.3")).toEqual({ ok: false, reason: "invalid" });
    }
    expect(await attemptLogin(db.db, "union_u1", "wrong-5", "10.0.0.3")).toEqual({ ok: false, reason: "locked" });
    expect(await attemptLogin(db.db, "union_u1", FIXTURE_PASSWORD, "10.0.0.3")).toEqual({ ok: false, reason: "locked" });
    const [row] = await db.db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, f.userIds["union_u1"]!));
    const minutes = (row!.lockedUntil!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15.1);
    const audits = await db.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, "user.locked"), eq(auditLog.entityId, f.userIds["union_u1"]!)));
    expect(audits).toHaveLength(1);
    expect(audits[0]!.countyId).toBe(f.org.A);
  });

  it("lets the user in again once the lock has run out", async () => {
    await db.db.update(users).set({ lockedUntil: new Date(Date.now() - 1000) }).where(eq(users.id, f.userIds["union_u1"]!));
    expect(await attemptLogin(db.db, "union_u1", FIXTURE_PASSWORD, "10.0.0.3")).toMatchObject({ ok: true });
  });

  it("counts parallel wrong guesses exactly: 5 at once lock the account", async () => {
    const results = await Promise.all(
      Array.from({ length: 5 }, (_, i) => attemptLogin(db.db, "leader_t3", `parallel-${i}`, "10.0.0.4")),
    );
    expect(results.filter((r) => !r.ok && r.reason === "locked")).toHaveLength(1);
    const [row] = await db.db.select({ lockedUntil: users.lockedUntil }).from(users).where(eq(users.id, f.userIds["leader_t3"]!));
    expect(row!.lockedUntil!.getTime()).toBeGreaterThan(Date.now());
  });

  it("tells a deactivated user so only after the right password", async () => {
    await db.db.update(users).set({ active: false }).where(eq(users.id, f.userIds["leader_t4"]!));
    expect(await attemptLogin(db.db, "leader_t4", "wrong-password", "10.0.0.5")).toEqual({ ok: false, reason: "invalid" });
    expect(await attemptLogin(db.db, "leader_t4", FIXTURE_PASSWORD, "10.0.0.5")).toEqual({ ok: false, reason: "disabled" });
  });

  it("throttles an address that sprays many accounts", async () => {
    await db.db.insert(loginFailures).values(Array.from({ length: MAX_FAILURES_PER_IP }, (_, i) => ({ ip: "10.9.9.9", username: `u${i}` })));
    expect(await attemptLogin(db.db, "leader_t2", FIXTURE_PASSWORD, "10.9.9.9")).toEqual({ ok: false, reason: "throttled" });
    expect(await attemptLogin(db.db, "leader_t2", FIXTURE_PASSWORD, "10.9.9.10")).toMatchObject({ ok: true });
  });
});
