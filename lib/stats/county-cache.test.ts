import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "@/db/schema";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { cachedForCounty } from "./county-cache";

describe.each(TEST_DATABASES)("county cache on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  const runtime = process.env.NEXT_RUNTIME;
  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterEach(() => {
    process.env.NEXT_RUNTIME = runtime;
  });
  afterAll(() => db.dispose());

  it("computes afresh outside the Next.js server (tests, scripts)", async () => {
    delete process.env.NEXT_RUNTIME;
    let n = 0;
    await cachedForCounty(f.org.A, "outside", async () => ++n);
    await cachedForCounty(f.org.A, "outside", async () => ++n);
    expect(n).toBe(2);
  });

  it("reuses a computation until something in that county changes, and shares concurrent misses", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    let n = 0;
    const compute = async () => ++n;
    expect(await Promise.all([cachedForCounty(f.org.A, "k", compute), cachedForCounty(f.org.A, "k", compute)])).toEqual([1, 1]);
    expect(await cachedForCounty(f.org.A, "k", compute)).toBe(1);
    // A change in the other county leaves this one's entry alone…
    await db.db.insert(auditLog).values({ action: "test.changed", entity: "test", entityId: "1", countyId: f.org.B });
    expect(await cachedForCounty(f.org.A, "k", compute)).toBe(1);
    // …a change in this county (every state change writes an audit row) recomputes it.
    await db.db.insert(auditLog).values({ action: "test.changed", entity: "test", entityId: "2", countyId: f.org.A });
    expect(await cachedForCounty(f.org.A, "k", compute)).toBe(2);
  });

  it("forgets a failed computation", async () => {
    process.env.NEXT_RUNTIME = "nodejs";
    await expect(cachedForCounty(f.org.A, "fails", async () => Promise.reject(new Error("boom")))).rejects.toThrow("boom");
    expect(await cachedForCounty(f.org.A, "fails", async () => "ok")).toBe("ok");
  });
});
