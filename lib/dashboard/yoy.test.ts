import { describe, expect, it } from "vitest";
import type { Period } from "@/db/schema";
import { changePercent, comparisonEnd, twoYearTrend, yearOnYear, type DashboardData } from "./queries";

const period = (year: number): Period => ({ id: `p${year}`, countyId: "c", year, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, status: "open", version: 1, closedAt: null, closedBy: null, createdAt: new Date() });

const zeroTotals = { sessions: 0, attendance: 0, trainingTrainees: 0, competitions: 0, proposals: 0, innovations10k: 0, cultureEvents: 0, publicityItems: 0 };
const data = (year: number, totals: Partial<typeof zeroTotals>, months: [number, number][], units = { total: 10, active: 5 }): DashboardData =>
  ({
    period: period(year),
    units,
    teams: { total: 20, active: 10 },
    workers: { total: 100, active: 50 },
    totals: { ...zeroTotals, ...totals },
    byMonth: months.map(([m, sessions]) => ({ month: `${year}-${String(m).padStart(2, "0")}-01`, sessions, attendance: sessions * 10, proposals: 1, trainingTrainees: 0, competitionParticipants: 0, cultureParticipants: 0 })),
    byUnitKind: [],
  }) as unknown as DashboardData;

describe("同比", () => {
  it("compares a year in progress with the same month of last year, an ended year with all of last year", () => {
    expect(comparisonEnd(period(2027), "2027-01-04")).toBe("2026-01-31");
    expect(comparisonEnd(period(2028), "2028-02-29")).toBe("2027-02-28");
    expect(comparisonEnd(period(2026), "2027-01-04")).toBe("2025-12-31");
  });

  it("gives each figure's change in %, and the shares' change in percentage points", () => {
    expect(changePercent(150, 120)).toBe(25);
    expect(changePercent(90, 120)).toBe(-25);
    expect(changePercent(5, 0)).toBeNull();
    const yoy = yearOnYear(data(2027, { sessions: 150, proposals: 3 }, [], { total: 10, active: 6 }), data(2026, { sessions: 120 }, []), "2026-01-31")!;
    expect(yoy.year).toBe(2026);
    expect(yoy.figures.sessions).toEqual({ previous: 120, change: 25 });
    expect(yoy.figures.proposals).toEqual({ previous: 0, change: null });
    expect(yoy.figures.unitShare).toEqual({ previous: 50, change: 10 });
    expect(yearOnYear(data(2027, {}, []), null, "2026-01-31")).toBeNull();
  });

  it("lays two years' months side by side, leaving the months not reached yet empty", () => {
    const trend = twoYearTrend(data(2027, {}, [[1, 4]]), data(2026, {}, [[1, 3], [12, 9]]), "2027-01-04");
    expect(trend.months).toHaveLength(12);
    expect(trend.years.map((y) => y.year)).toEqual([2026, 2027]);
    expect(trend.years[0]!.sessions).toEqual([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9]);
    expect(trend.years[1]!.sessions).toEqual([4, ...Array(11).fill(null)]);
  });
});
