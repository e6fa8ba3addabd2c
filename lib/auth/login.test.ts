import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { PGlite } from "@electric-sql/pglite";
import { and, eq } from "drizzle-orm";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type postgres from "postgres";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { auditLog, loginFailures, users } from "@/db/schema";
import { attemptLogin } from "@/lib/auth/login";
import { MAX_FAILURES_PER_IP } from "@/lib/auth/rules";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_PASSWORD, seedTwoCounties, type TwoCounties } from "@/test/fixtures";

/** The same database, seen through a drizzle instance that records every statement and transaction it runs. */
function recorded(handle: TestDatabase): { db: Database; statements: string[]; transactions: () => number } {
  const statements: string[] = [];
  const logger = { logQuery: (query: string) => void statements.push(query) };
  const client = (handle.db as unknown as { $client: unknown }).$client;
  const inner = (
    handle.kind === "pglite" ? drizzlePglite(client as PGlite, { schema, logger }) : drizzlePostgres(client as postgres.Sql, { schema, logger })
  ) as unknown as Database;
  let transactions = 0;
  const db = new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop !== "transaction") return Reflect.get(target, prop, receiver);
      return (...args: Parameters<Database["transaction"]>) => {
        transactions++;
        return target.transaction(...args);
      };
    },
  });
  return { db, statements, transactions: () => transactions };
}

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

  it("runs the same statements and transactions for an unknown name as for a known name's wrong password", async () => {
    // Timing cannot tell the two apart if the database does the same work for both (argon2 already matches).
    const unknown = recorded(db);
    expect(await attemptLogin(unknown.db, "nobody-at-all", "wrong-password", "10.0.0.6")).toEqual({ ok: false, reason: "invalid" });
    const known = recorded(db);
    expect(await attemptLogin(known.db, "leader_t2", "wrong-password", "10.0.0.6")).toEqual({ ok: false, reason: "invalid" });
    expect(unknown.statements).toEqual(known.statements);
    expect(unknown.statements.filter((q) => /^(insert|update|delete)/i.test(q))).toHaveLength(2);
    expect([unknown.transactions(), known.transactions()]).toEqual([1, 1]);
    // And the unknown name's failure still counts against its address.
    const rows = await db.db.select().from(loginFailures).where(eq(loginFailures.username, "nobody-at-all"));
    expect(rows).toHaveLength(1);
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
