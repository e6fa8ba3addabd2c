import type { DashboardData } from "./queries";

/** What tells unit kinds apart: work per head, not the share taking part (which is near 100 % for every kind). */
export interface UnitKindFigures {
  kind: DashboardData["byUnitKind"][number]["kind"];
  workers: number;
  /** Study hours per worker on the roster (attendee-hours ÷ workers), one decimal. */
  hoursPerWorker: number;
  /** Proposals per 100 workers, one decimal. */
  proposalsPer100: number;
  /** Benefit of proposals and innovations, in 万元 (10,000 yuan), two decimals. */
  benefitWan: number;
}

const round = (v: number, digits: number) => Math.round(v * 10 ** digits) / 10 ** digits;

/** Per-capita figures of each unit kind that has units; a kind with no workers shows 0, not a division by zero. */
export function unitKindFigures(byUnitKind: DashboardData["byUnitKind"]): UnitKindFigures[] {
  return byUnitKind
    .filter((k) => k.units.total > 0)
    .map((k) => {
      const workers = k.workers.total;
      return {
        kind: k.kind,
        workers,
        hoursPerWorker: workers ? round(k.attendeeHours / workers, 1) : 0,
        proposalsPer100: workers ? round((k.proposals / workers) * 100, 1) : 0,
        benefitWan: round(k.benefit / 10_000, 2),
      };
    });
}
