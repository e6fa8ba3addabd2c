/**
 * Target 6 of issue 17: capacity as users load it. An open-loop mixed workload — requests arrive at a
 * fixed mean rate (Poisson arrivals, each request on its own timer) whether or not earlier ones have
 * been answered, unlike a closed loop of N connections, which slows its own arrivals down as the
 * server slows and so never shows a queue building up.
 *
 * The mix is derived from the bench's city (or county) shape at a month-end peak; `monthEndMix`
 * spells out every assumption and docs/scaling.md ("Capacity") repeats the derivation.
 */
import type { BenchScale } from "./scales";

export type MixKey = "leader-home" | "submit" | "review" | "dashboard" | "rankings";

export interface MixItem {
  key: MixKey;
  label: string;
  /** Requests per second this kind arrives at, at the estimated peak of the whole installation. */
  peakPerSecond: number;
  /** Share of the mix (0…1). */
  share: number;
}

/** The assumptions behind the month-end peak (documented in docs/scaling.md). */
export const MONTH_END = {
  /** Share of a month's records that leaders log in the last two working days (the deadline rush: the late lists name them). */
  shareInRush: 0.4,
  rushDays: 2,
  /** Working hours a day over which the rush spreads, and how much busier the busiest hour is than the average one. */
  hoursPerDay: 8,
  busiestHourFactor: 1.5,
  /** A leader opens the team home before logging (to see what is missing) and lands on it again after. */
  homeViewsPerRecord: 2,
  /** A union decides each record the day it arrives; every decision shows the review queue again. */
  reviewViewsPerRecord: 1,
  /** County office staff watching the dashboard and rankings during the rush, and how often each looks. */
  officeStaffPerCounty: 5,
  officeViewsPerStaffHour: 30,
  /** Of the office's views: the dashboard (late lists, figures) and the rankings. */
  dashboardShare: 0.6,
};

/** Records a team logs per month: its study sessions plus its proposals and innovations. */
export function recordsPerTeamMonth(scale: BenchScale): number {
  const teams = scale.counties * scale.unitsPerCounty * scale.teamsPerUnit;
  return (scale.sessions / teams + scale.proposalsPerTeam + scale.innovationsPerTeam) / 12;
}

export function monthEndMix(scale: BenchScale, a = MONTH_END): MixItem[] {
  const teams = scale.counties * scale.unitsPerCounty * scale.teamsPerUnit;
  const rushSeconds = a.rushDays * a.hoursPerDay * 3600;
  const submits = ((teams * recordsPerTeamMonth(scale) * a.shareInRush) / rushSeconds) * a.busiestHourFactor;
  const office = (scale.counties * a.officeStaffPerCounty * a.officeViewsPerStaffHour) / 3600;
  const items: Omit<MixItem, "share">[] = [
    { key: "leader-home", label: "leader opens the team home `/`", peakPerSecond: submits * a.homeViewsPerRecord },
    { key: "submit", label: "leader logs a study session `POST /api/records`", peakPerSecond: submits },
    { key: "review", label: "union's review queue `/review`", peakPerSecond: submits * a.reviewViewsPerRecord },
    { key: "dashboard", label: "office dashboard `/dashboard`", peakPerSecond: office * a.dashboardShare },
    { key: "rankings", label: "office rankings `/rankings`", peakPerSecond: office * (1 - a.dashboardShare) },
  ];
  const total = items.reduce((s, i) => s + i.peakPerSecond, 0);
  return items.map((i) => ({ ...i, share: i.peakPerSecond / total }));
}

/** A small deterministic PRNG (mulberry32), so two runs offer the same sequence of requests. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Poisson arrivals at `rate` per second over `seconds`: offsets in ms from the start. */
export function poissonArrivals(rate: number, seconds: number, random: () => number): number[] {
  const out: number[] = [];
  let t = 0;
  for (;;) {
    t += (-Math.log(1 - random()) / rate) * 1000;
    if (t >= seconds * 1000) return out;
    out.push(t);
  }
}

/** Picks a key by the mix's shares. */
export function picker(mix: readonly MixItem[], random: () => number): () => MixKey {
  return () => {
    let r = random();
    for (const item of mix) {
      r -= item.share;
      if (r < 0) return item.key;
    }
    return mix[mix.length - 1]!.key;
  };
}

export interface Outcome {
  key: MixKey;
  /** From the moment the request was due (its scheduled arrival), so a client that falls behind counts against the server too. */
  ms: number;
  ok: boolean;
}

/**
 * Fires `fire(key)` at each arrival, each on its own timer, never waiting for earlier responses.
 * Resolves when every request of the step has been answered or has failed.
 */
export async function openLoopStep(opts: {
  rate: number;
  seconds: number;
  seed: number;
  mix: readonly MixItem[];
  fire: (key: MixKey) => Promise<boolean>;
}): Promise<{ outcomes: Outcome[]; lateMsP95: number; wallMs: number }> {
  const random = rng(opts.seed);
  const pick = picker(opts.mix, random);
  const arrivals = poissonArrivals(opts.rate, opts.seconds, random);
  const outcomes: Outcome[] = [];
  const lateness: number[] = [];
  const start = performance.now();
  const pending = arrivals.map(
    (at) =>
      new Promise<void>((resolve) => {
        const key = pick();
        setTimeout(
          () => {
            const due = start + at;
            lateness.push(performance.now() - due);
            opts.fire(key).then(
              (ok) => outcomes.push({ key, ms: performance.now() - due, ok }),
              () => outcomes.push({ key, ms: performance.now() - due, ok: false }),
            ).finally(resolve);
          },
          Math.max(0, start + at - performance.now()),
        );
      }),
  );
  await Promise.all(pending);
  const sorted = lateness.sort((x, y) => x - y);
  return { outcomes, lateMsP95: sorted[Math.floor(sorted.length * 0.95)] ?? 0, wallMs: performance.now() - start };
}
