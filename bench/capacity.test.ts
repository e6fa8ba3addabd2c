import { describe, expect, it } from "vitest";
import { BENCH_SCALES } from "./scales";
import { monthEndMix, openLoopStep, picker, poissonArrivals, recordsPerTeamMonth, rng } from "./capacity";

describe("the month-end mix", () => {
  it("derives the city's peak from its shape", () => {
    const city = BENCH_SCALES.city;
    expect(recordsPerTeamMonth(city)).toBeCloseTo(106 / 12, 5);
    const mix = monthEndMix(city);
    const by = Object.fromEntries(mix.map((m) => [m.key, m]));
    // 20,000 teams × 8.83 records × 40 % in 2 × 8 h, busiest hour 1.5×: 1.84 records/s.
    expect(by.submit!.peakPerSecond).toBeCloseTo(1.84, 2);
    expect(by["leader-home"]!.peakPerSecond).toBeCloseTo(2 * by.submit!.peakPerSecond, 5);
    expect(by.dashboard!.peakPerSecond + by.rankings!.peakPerSecond).toBeCloseTo((10 * 5 * 30) / 3600, 5);
    expect(mix.reduce((s, m) => s + m.share, 0)).toBeCloseTo(1, 9);
  });
});

describe("open-loop arrivals", () => {
  it("arrive at the asked mean rate, the same for the same seed", () => {
    const a = poissonArrivals(50, 60, rng(7));
    expect(a.length).toBeGreaterThan(2700);
    expect(a.length).toBeLessThan(3300);
    expect(poissonArrivals(50, 60, rng(7))).toEqual(a);
    expect(a.every((t, i) => t < 60_000 && (i === 0 || t >= a[i - 1]!))).toBe(true);
  });

  it("picks kinds in proportion to the mix", () => {
    const pick = picker(monthEndMix(BENCH_SCALES.city), rng(1));
    const n: Record<string, number> = {};
    for (let i = 0; i < 20_000; i++) {
      const k = pick();
      n[k] = (n[k] ?? 0) + 1;
    }
    expect(n["leader-home"]! / 20_000).toBeGreaterThan(0.42);
    expect(n["leader-home"]! / 20_000).toBeLessThan(0.52);
  });

  it("does not wait for slow responses before sending the next request", async () => {
    let inFlight = 0;
    let most = 0;
    const { outcomes } = await openLoopStep({
      rate: 200,
      seconds: 0.5,
      seed: 3,
      mix: monthEndMix(BENCH_SCALES.county),
      fire: async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 200));
        inFlight--;
        return true;
      },
    });
    expect(outcomes.length).toBeGreaterThan(60);
    // A closed loop of one connection would have had one in flight; at 200/s and 200 ms each, ~40.
    expect(most).toBeGreaterThan(15);
    expect(outcomes.every((o) => o.ok && o.ms >= 190)).toBe(true);
  });
});
