import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getEvaluationsOverview } from "@/lib/evaluations/overview";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { seedTwoCounties, type TwoCounties } from "@/test/fixtures";

/** Which sections of the evaluations page a user gets on a tab: a list where it has one, nothing where not. */
describe.each(TEST_DATABASES)("the evaluations page's sections on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  const sections = async (username: string, view?: string) => {
    const o = await getEvaluationsOverview(await f.user(username), { view, page: 1 });
    const has = Object.entries({ mine: o.mine, review: o.review, confirm: o.confirm, units: o.units, teams: o.teams, workers: o.workers, nominations: o.nominations, schemes: o.schemes, publications: o.publications || null })
      .filter(([, v]) => v !== null)
      .map(([k]) => k);
    return { views: o.views, view: o.view, has, showUnit: o.showUnit };
  };

  it("gives the office six tabs, one list each", async () => {
    expect(await sections("office_a")).toEqual({ views: ["todo", "units", "teams", "workers", "publications", "schemes"], view: "todo", has: ["review", "confirm"], showUnit: true });
    expect((await sections("office_a", "units")).has).toEqual(["units"]);
    expect((await sections("office_a", "teams")).has).toEqual(["teams"]);
    expect((await sections("office_a", "schemes")).has).toEqual(["schemes"]);
    expect((await sections("office_a", "nonsense")).view).toBe("todo");
  });

  it("gives a union its own evaluation above four tabs, and no unit's or confirmation list", async () => {
    expect(await sections("union_u1")).toEqual({ views: ["todo", "teams", "workers", "publications"], view: "todo", has: ["mine", "review"], showUnit: false });
    expect((await sections("union_u1", "units")).view).toBe("todo");
    expect((await sections("union_u1", "workers")).has).toEqual(["mine", "workers"]);
  });

  it("gives a leader one short page: its evaluation, its nominees and the results posted", async () => {
    expect(await sections("leader_t1", "teams")).toEqual({ views: ["todo"], view: "todo", has: ["mine", "workers", "nominations", "publications"], showUnit: false });
  });
});
