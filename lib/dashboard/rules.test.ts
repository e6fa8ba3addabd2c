import { describe, expect, it } from "vitest";
import { unitKindFigures } from "./rules";

const kind = (k: "enterprise" | "organ" | "institution", units: number, workers: number, attendeeHours: number, proposals: number, benefit: number) => ({
  kind: k,
  units: { total: units, active: units },
  workers: { total: workers, active: workers },
  sessions: 0,
  attendeeHours,
  proposals,
  benefit,
});

describe("unitKindFigures", () => {
  it("gives each kind's study hours per worker, proposals per 100 workers and benefit in 万元", () => {
    expect(unitKindFigures([kind("enterprise", 5, 400, 4_930, 37, 1_234_500), kind("organ", 2, 60, 150, 0, 0)])).toEqual([
      { kind: "enterprise", workers: 400, hoursPerWorker: 12.3, proposalsPer100: 9.3, benefitWan: 123.45 },
      { kind: "organ", workers: 60, hoursPerWorker: 2.5, proposalsPer100: 0, benefitWan: 0 },
    ]);
  });

  it("leaves out kinds without units and shows 0 for a kind without workers", () => {
    expect(unitKindFigures([kind("enterprise", 0, 0, 0, 0, 0), kind("institution", 1, 0, 0, 3, 20_000)])).toEqual([
      { kind: "institution", workers: 0, hoursPerWorker: 0, proposalsPer100: 0, benefitWan: 2 },
    ]);
  });
});
