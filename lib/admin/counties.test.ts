import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, orgs, periods, users } from "@/db/schema";
import { AdminError, addCounty, openYearCommand, resetOfficePassword } from "@/lib/admin/counties";
import { loadActiveUser } from "@/lib/auth/load-user";
import { attemptLogin } from "@/lib/auth/login";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { seedTwoCounties } from "@/test/fixtures";

describe.each(TEST_DATABASES)("installation-level administration on %s", (kind) => {
  let db: TestDatabase;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  it("adds a county with its office account, signed in with the one-time password, and an open year", async () => {
    const county = await addCounty(db.db, { name: " 青冈县 ", officeUsername: "QG_Office", today: new Date("2026-06-01T00:00:00Z") });
    expect(county).toMatchObject({ name: "青冈县", username: "qg_office", year: 2026 });
    const [org] = await db.db.select().from(orgs).where(eq(orgs.id, county.countyId));
    expect(org).toMatchObject({ level: "county", countyId: county.countyId, parentId: null });
    const login = await attemptLogin(db.db, "qg_office", county.password, "10.2.0.1");
    expect(login.ok).toBe(true);
    const user = await loadActiveUser(db.db, login.ok ? login.userId : "");
    expect(user).toMatchObject({ role: "office", countyId: county.countyId, orgName: "青冈县", displayName: "青冈县创争办" });
    expect(await db.db.select({ y: periods.year, s: periods.status }).from(periods).where(eq(periods.countyId, county.countyId))).toEqual([{ y: 2026, s: "open" }]);
    expect(await db.db.select().from(auditLog).where(and(eq(auditLog.action, "county.created"), eq(auditLog.entityId, county.countyId)))).toHaveLength(1);
  });

  it("refuses a duplicate county, a taken username and a malformed one, changing nothing", async () => {
    const before = await db.db.select({ id: orgs.id }).from(orgs);
    await expect(addCounty(db.db, { name: "青冈县", officeUsername: "another_office" })).rejects.toThrow(/already exists/);
    await expect(addCounty(db.db, { name: "甲县", officeUsername: "another_office" })).rejects.toThrow(AdminError);
    await expect(addCounty(db.db, { name: "明水县", officeUsername: "office_a" })).rejects.toThrow(/already taken/);
    await expect(addCounty(db.db, { name: "明水县", officeUsername: "1 bad" })).rejects.toThrow(/not a valid username/);
    await expect(addCounty(db.db, { name: "  ", officeUsername: "mingshui" })).rejects.toThrow(/1–40/);
    expect(await db.db.select({ id: orgs.id }).from(orgs)).toHaveLength(before.length);
    // Two at once: exactly one wins.
    const both = await Promise.allSettled([
      addCounty(db.db, { name: "兰西县", officeUsername: "lanxi_1" }),
      addCounty(db.db, { name: "兰西县", officeUsername: "lanxi_2" }),
    ]);
    expect(both.filter((r) => r.status === "fulfilled")).toHaveLength(1);
  });

  it("resets an office password (sessions end, lock lifted) and refuses other accounts", async () => {
    await db.db.update(users).set({ lockedUntil: new Date(Date.now() + 600_000) }).where(eq(users.username, "office_a"));
    const reset = await resetOfficePassword(db.db, " OFFICE_A ");
    expect(reset).toMatchObject({ username: "office_a", active: true });
    expect(await attemptLogin(db.db, "office_a", reset.password, "10.2.0.2")).toMatchObject({ ok: true, sessionVersion: 1 });
    await expect(resetOfficePassword(db.db, "union_u1")).rejects.toThrow(/not an office account/);
    await expect(resetOfficePassword(db.db, "nobody")).rejects.toThrow(/No account/);
  });

  it("opens years from the command line: the years due by default, never one ahead of the schedule", async () => {
    const december = new Date("2030-12-02T02:00:00Z");
    const county = await addCounty(db.db, { name: "望奎县", officeUsername: "wk_office", today: december });
    expect(county.year).toBe(2030);
    expect((await db.db.select({ y: periods.year }).from(periods).where(eq(periods.countyId, county.countyId))).map((p) => p.y).sort()).toEqual([2030, 2031]);
    const opened = await openYearCommand(db.db, undefined, december);
    expect(opened.some((o) => o.countyId === county.countyId)).toBe(false);
    expect(opened.filter((o) => o.year === 2031).length).toBeGreaterThan(0);
    expect(await openYearCommand(db.db, undefined, december)).toEqual([]);
    await expect(openYearCommand(db.db, "2032", december)).rejects.toThrow(/up to 2031/);
    await expect(openYearCommand(db.db, "next", december)).rejects.toThrow(AdminError);
  });
});
