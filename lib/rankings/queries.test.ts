import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { evaluations, orgs, periods, type Period } from "@/db/schema";
import { DEFAULT_SCHEMES } from "@/lib/evaluations/default-schemes";
import { insertSchemeTree } from "@/lib/evaluations/scheme-tree";
import { createRecord, transitionRecord } from "@/lib/records/mutations";
import { chinaToday, setClockForTests } from "@/lib/time";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { getRankings } from "./queries";
import { normaliseFilters, rankingFiltersSchema, rollingWindow } from "./schemas";

const filters = (over: Record<string, string> = {}) => rankingFiltersSchema.parse(over);

describe("the rolling window", () => {
  it("is the last twelve calendar months, this one included", () => {
    expect(rollingWindow("2027-01-04")).toEqual({ year: 2027, startsOn: "2026-02-01", endsOn: "2027-01-04" });
    expect(rollingWindow("2026-12-05")).toEqual({ year: 2026, startsOn: "2026-01-01", endsOn: "2026-12-05" });
  });
});

describe.each(TEST_DATABASES)("rankings on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let period: Period;
  let T5 = "";

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    [period] = await db.db.select().from(periods).where(and(eq(periods.countyId, f.org.A), eq(periods.year, THIS_YEAR)));
    // A third team in U1, without any evaluation.
    [{ id: T5 }] = await db.db.insert(orgs).values({ level: "team", name: "一厂丙班", parentId: f.org.U1, countyId: f.org.A, unitId: f.org.U1, teamKind: "team" }).returning({ id: orgs.id });
    const office = await f.user("office_a");
    const team = DEFAULT_SCHEMES.find((s) => s.target === "team")!;
    const schemeId = await insertSchemeTree(db.db, { ...team, countyId: f.org.A, periodId: period.id, version: 1, status: "published", createdBy: office.id, publishedAt: new Date() });
    const base = { countyId: f.org.A, periodId: period.id, schemeId, target: "team" as const, createdBy: office.id };
    await db.db.insert(evaluations).values([
      // T1 confirmed 88, T2 only submitted at 88 (provisional, ties with T1), T3 confirmed 95 but vetoed.
      { ...base, unitId: f.org.U1, teamId: f.org.T1, subjectId: f.org.T1, status: "confirmed", selfTotal: 90, reviewTotal: 88, finalTotal: 88, grade: "good" },
      { ...base, unitId: f.org.U1, teamId: f.org.T2, subjectId: f.org.T2, status: "submitted", selfTotal: 88 },
      { ...base, unitId: f.org.U2, teamId: f.org.T3, subjectId: f.org.T3, status: "confirmed", selfTotal: 95, reviewTotal: 95, finalTotal: 95, grade: "fail", vetoed: true },
    ]);
    // Approved study sessions: T2 two, T1 one.
    const union = await f.user("union_u1");
    for (const [leader, team, n] of [["leader_t1", f.org.T1, 1], ["leader_t2", f.org.T2, 2]] as const) {
      for (let i = 0; i < n; i++) {
        const made = await createRecord(await f.user(leader), "study_session", { title: "学习", occurredOn: chinaToday(), contents: ["technology"], form: "on_the_job", hours: "1", attendees: f.workersOf(team).slice(0, 2) }, { submit: true });
        expect(await transitionRecord(union, made.ok ? made.data!.id : "", "approve", { version: 1 })).toMatchObject({ ok: true });
      }
    }
  });
  afterAll(() => db.dispose());

  it("ranks the office's teams by final or provisional score: ties share a place, the veto comes last, no score no place", async () => {
    const r = (await getRankings(await f.user("office_a"), period, filters()))!;
    expect(r.field).toBe(4);
    expect(r.rows.map((x) => [x.name, x.rank, x.score, x.provisional])).toEqual([
      ["一厂甲班", 1, 88, false],
      ["一厂乙班", 1, 88, true],
      ["二局办公室", 3, 95, false],
      ["一厂丙班", null, null, true],
    ]);
    expect(r.rows[0]).toMatchObject({ grade: "good", evaluationId: expect.any(String), unitName: "一厂", unitKind: "enterprise" });
    expect(r.rows[2]).toMatchObject({ vetoed: true });
    expect(r.rows[3]).toMatchObject({ orgId: T5, evaluationId: null, status: null });
  });

  it("ranks by a metric from the aggregates, and filters by unit kind and industry", async () => {
    const office = await f.user("office_a");
    const bySessions = (await getRankings(office, period, filters({ by: "sessions" })))!;
    expect(bySessions.rows.map((x) => [x.name, x.rank, x.value])).toEqual([
      ["一厂乙班", 1, 2],
      ["一厂甲班", 2, 1],
      ["二局办公室", 3, 0],
      ["一厂丙班", 3, 0],
    ]);
    expect(bySessions.rows[0]!.metrics.participation_rate).toBeCloseTo((2 / 3) * 100, 5);
    const organs = (await getRankings(office, period, filters({ unitKind: "organ" })))!;
    expect(organs.rows.map((x) => [x.name, x.rank])).toEqual([["二局办公室", 1]]);
    const machinery = (await getRankings(office, period, filters({ industry: "机械" })))!;
    expect(machinery.rows.map((x) => x.name).sort()).toEqual(["一厂丙班", "一厂乙班", "一厂甲班"]);
    expect(machinery.industries).toEqual(["机械"]);
    const units = (await getRankings(office, period, filters({ level: "unit" })))!;
    expect(units.rows.map((x) => x.name).sort()).toEqual(["一厂", "二局"]);
    expect(units.rows.every((x) => x.rank === null)).toBe(true); // no unit evaluations yet
  });

  it("shows a union its own teams with their county-wide place, a leader only its own, another county nothing", async () => {
    const union = (await getRankings(await f.user("union_u1"), period, filters({ level: "unit", unitKind: "organ" })))!;
    expect(union.filters).toMatchObject({ level: "team", unitKind: undefined });
    expect(union.field).toBe(4);
    expect(union.rows.map((x) => [x.name, x.rank])).toEqual([
      ["一厂甲班", 1],
      ["一厂乙班", 1],
      ["一厂丙班", null],
    ]);
    const leader = (await getRankings(await f.user("leader_t3"), period, filters()))!;
    expect(leader.rows.map((x) => [x.name, x.rank])).toEqual([["二局办公室", 3]]);
    expect(leader.rows[0]!.metricRanks).toMatchObject({ sessions: 3 });
    expect(leader.industries).toEqual([]);
    expect(await getRankings(await f.user("office_b"), period, filters())).toBeNull();
  });

  it("keeps a ranking by metric full in January with the last 12 months", async () => {
    const office = await f.user("office_a");
    setClockForTests(new Date(`${THIS_YEAR + 1}-01-04T01:00:00Z`));
    try {
      const [next] = await db.db.insert(periods).values({ countyId: f.org.A, year: THIS_YEAR + 1, startsOn: `${THIS_YEAR + 1}-01-01`, endsOn: `${THIS_YEAR + 1}-12-31` }).returning();
      const newYear = (await getRankings(office, next!, normaliseFilters(filters({ by: "sessions" }))))!;
      expect(newYear.rows.map((x) => x.value)).toEqual([0, 0, 0, 0]);
      const rolling = (await getRankings(office, next!, normaliseFilters(filters({ by: "sessions", window: "12m" }))))!;
      expect(rolling.rows.map((x) => [x.name, x.rank, x.value]).slice(0, 2)).toEqual([
        ["一厂乙班", 1, 2],
        ["一厂甲班", 2, 1],
      ]);
      expect(rolling.rows[0]!.metrics.participation_rate).toBeCloseTo((2 / 3) * 100, 5);
      // By score, the window does not apply: scores belong to their year.
      expect(normaliseFilters(filters({ window: "12m" })).window).toBeUndefined();
    } finally {
      setClockForTests(null);
    }
  });
});
