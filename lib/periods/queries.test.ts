import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { periods } from "@/db/schema";
import { getCurrentPeriod } from "@/lib/periods/queries";
import { setClockForTests } from "@/lib/time";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { seedTwoCounties, THIS_YEAR, type TwoCounties } from "@/test/fixtures";

describe.each(TEST_DATABASES)("the current evaluation year on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    await db.db.insert(periods).values({ countyId: f.org.A, year: THIS_YEAR + 1, startsOn: `${THIS_YEAR + 1}-01-01`, endsOn: `${THIS_YEAR + 1}-12-31` });
  });
  afterEach(() => setClockForTests(null));
  afterAll(() => db.dispose());

  it("turns over at midnight in China, while it is still 31 December in UTC", async () => {
    const office = await f.user("office_a");
    setClockForTests(new Date(`${THIS_YEAR}-12-31T15:30:00Z`));
    expect((await getCurrentPeriod(office))?.year).toBe(THIS_YEAR);
    setClockForTests(new Date(`${THIS_YEAR}-12-31T16:30:00Z`));
    expect((await getCurrentPeriod(office))?.year).toBe(THIS_YEAR + 1);
  });
});
