import { afterEach, describe, expect, it } from "vitest";
import { chinaMidnight, chinaToday, chinaYear, isCalendarDate, monthStart, now, setClockForTests, testClockFromEnv, yearStart } from "@/lib/time";
import { recordInputSchema } from "@/lib/records/schemas";

afterEach(() => setClockForTests(null));

describe("the calendar check of every date input", () => {
  it("takes a day PostgreSQL stores, leap days and year 1 included", () => {
    for (const day of ["2024-02-29", "2026-12-31", "0001-01-01", "9999-12-31"]) expect(isCalendarDate(day), day).toBe(true);
  });

  it("refuses what JavaScript rolls over or PostgreSQL refuses, and every other spelling", () => {
    for (const day of ["2026-02-30", "2025-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "0000-01-01", "2026-1-5", "2026/01/05", "2026-01-05T00:00:00Z", " 2026-01-05", "+02026-01-05", "", "abc"]) {
      expect(isCalendarDate(day), day).toBe(false);
    }
  });
});

describe("the China calendar", () => {
  it("turns the day at midnight in Shanghai, not in UTC", () => {
    expect(chinaToday(new Date("2026-12-31T15:59:59Z"))).toBe("2026-12-31");
    expect(chinaToday(new Date("2026-12-31T16:00:00Z"))).toBe("2027-01-01");
    expect(chinaYear(new Date("2026-12-31T16:00:00Z"))).toBe(2027);
  });

  it("names the first day of a month and of a year, and the instant a day begins", () => {
    expect(monthStart("2027-03-17")).toBe("2027-03-01");
    expect(yearStart(2027)).toBe("2027-01-01");
    expect(chinaMidnight("2027-01-01").toISOString()).toBe("2026-12-31T16:00:00.000Z");
  });
});

describe("the test clock", () => {
  it("moves now() and every default that reads it, and runs on from where it was set", async () => {
    setClockForTests(new Date("2026-12-31T15:59:59.900Z"));
    expect(chinaToday()).toBe("2026-12-31");
    await new Promise((r) => setTimeout(r, 150));
    expect(chinaToday()).toBe("2027-01-01");
    expect(chinaYear()).toBe(2027);
    expect(now().getTime()).toBeGreaterThan(new Date("2026-12-31T16:00:00Z").getTime());
  });

  it("decides what a record form calls the future", () => {
    setClockForTests(new Date("2026-12-31T16:30:00Z"));
    const schema = recordInputSchema("study_session");
    const refused = schema.safeParse({ title: "学习", occurredOn: "2027-01-02", contents: ["practice"], form: "on_the_job", hours: "1", attendees: [] });
    expect(refused.error?.issues.find((i) => i.path[0] === "occurredOn")?.message).toBe("validation.futureDate");
    const accepted = schema.safeParse({ title: "学习", occurredOn: "2027-01-01", contents: ["practice"], form: "on_the_job", hours: "1", attendees: [] });
    expect(accepted.error?.issues.find((i) => i.path[0] === "occurredOn")).toBeUndefined();
  });

  it("comes back to the machine's clock", () => {
    setClockForTests(new Date("2001-01-01T00:00:00Z"));
    setClockForTests(null);
    expect(Math.abs(now().getTime() - Date.now())).toBeLessThan(1000);
  });
});

describe("the test clock override", () => {
  it("moves the clock only with ALLOW_TEST_CLOCK=1, and never on a PostgreSQL server (production)", () => {
    const at = "2027-01-04T01:00:00Z";
    expect(testClockFromEnv({ TEST_CLOCK_AT: at })).toBeNull();
    expect(testClockFromEnv({ TEST_CLOCK_AT: at, ALLOW_TEST_CLOCK: "true" })).toBeNull();
    expect(testClockFromEnv({ TEST_CLOCK_AT: at, ALLOW_TEST_CLOCK: "1", DATABASE_URL: "postgres://db/cz" })).toBeNull();
    expect(testClockFromEnv({ TEST_CLOCK_AT: at, ALLOW_TEST_CLOCK: "1" })?.toISOString()).toBe("2027-01-04T01:00:00.000Z");
    expect(() => testClockFromEnv({ TEST_CLOCK_AT: "soon", ALLOW_TEST_CLOCK: "1" })).toThrow(/TEST_CLOCK_AT/);
  });
});
