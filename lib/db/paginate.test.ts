import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { workers } from "@/db/schema";
import { PAGE_SIZE, paginate } from "@/lib/db/paginate";
import { listWorkers } from "@/lib/workers/queries";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { seedTwoCounties, type TwoCounties } from "@/test/fixtures";

describe("paginate", () => {
  const source = Array.from({ length: 2 * PAGE_SIZE + 7 }, (_, i) => i);
  const pageOf = (page: number) => paginate(page, async () => source.length, async (limit, offset) => source.slice(offset, offset + limit));

  it("reads one page, and clamps a page past the end (or nonsense) to the last or first", async () => {
    expect(await pageOf(2)).toEqual({ rows: source.slice(PAGE_SIZE, 2 * PAGE_SIZE), total: source.length, page: 2, pageCount: 3 });
    expect((await pageOf(99)).rows).toEqual(source.slice(2 * PAGE_SIZE));
    expect((await pageOf(99)).page).toBe(3);
    expect((await pageOf(0)).page).toBe(1);
    expect((await pageOf(Number.NaN)).page).toBe(1);
  });

  it("does not read when nothing matches", async () => {
    let reads = 0;
    const empty = await paginate(
      4,
      async () => 0,
      async () => {
        reads++;
        return [];
      },
    );
    expect(empty).toEqual({ rows: [], total: 0, page: 1, pageCount: 1 });
    expect(reads).toBe(0);
  });
});

describe.each(TEST_DATABASES)("a paged roster on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    await db.db.insert(workers).values(
      Array.from({ length: PAGE_SIZE + 10 }, (_, i) => ({
        teamId: f.org.T1,
        unitId: f.org.U1,
        countyId: f.org.A,
        name: `职工甲${i}`,
        employeeNo: `P${String(i).padStart(4, "0")}`,
        gender: "male" as const,
        education: "bachelor" as const,
        skillLevel: "none" as const,
      })),
    );
  });
  afterAll(() => db.dispose());

  it("pages in SQL: every worker once across the pages, in order, the last page short", async () => {
    const leader = await f.user("leader_t1");
    const first = await listWorkers(leader, { status: "active", page: 1 });
    const second = await listWorkers(leader, { status: "active", page: 2 });
    expect([first.total, first.pageCount, first.rows.length, second.rows.length]).toEqual([PAGE_SIZE + 13, 2, PAGE_SIZE, 13]);
    const all = [...first.rows, ...second.rows].map((w) => w.employeeNo);
    expect(new Set(all).size).toBe(PAGE_SIZE + 13);
    expect(all).toEqual([...all].sort());
    expect((await listWorkers(leader, { status: "active", page: 7 })).rows.map((w) => w.employeeNo)).toEqual(second.rows.map((w) => w.employeeNo));
  });
});
