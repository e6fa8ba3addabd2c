import { describe, expect, it } from "vitest";
import { AUTO_METRICS } from "@/lib/domain/enums";
import {
  DEFAULT_BANDS,
  METRIC_UNIT,
  ORG_METRICS,
  WORKER_METRICS,
  autoPoints,
  checkScore,
  gradeFor,
  metricValue,
  metricsFor,
  monthsElapsed,
  rankBy,
  roundPoints,
  schemeProblems,
  schemeTotal,
  totalsOf,
  type AutoRule,
  type OrgFacts,
  type SchemeShape,
  type WorkerFacts,
} from "./engine";

const org = (over: Partial<OrgFacts> = {}): OrgFacts => ({
  roster: 20,
  months: 10,
  sessions: 35,
  attendeeHours: 600,
  attendingWorkers: 18,
  proposals: 6,
  proposalsAdopted: 3,
  benefitYuan: 45_000,
  innovations10k: 2,
  trainingTrainees: 12,
  competitions: 2,
  competitionWinners: 4,
  cultureEvents: 3,
  publicityItems: 14,
  ...over,
});
const worker = (over: Partial<WorkerFacts> = {}): WorkerFacts => ({ sessions: 30, studyHours: 42.5, proposalsAdopted: 2, innovations10k: 1, skillLevel: 3, ...over });

describe("metric figures", () => {
  it("computes every org metric from the facts", () => {
    const f = { org: org() };
    expect(metricValue("sessions", f)).toBe(35);
    expect(metricValue("sessions_per_month", f)).toBe(3.5);
    expect(metricValue("study_hours_per_capita", f)).toBe(30);
    expect(metricValue("participation_rate", f)).toBe(90);
    expect(metricValue("proposals_per_100", f)).toBe(30);
    expect(metricValue("adopted_proposals", f)).toBe(3);
    expect(metricValue("economic_benefit", f)).toBe(4.5);
    expect(metricValue("innovations_10k", f)).toBe(2);
    expect(metricValue("training_person_times", f)).toBe(12);
    expect(metricValue("training_coverage", f)).toBe(60);
    expect(metricValue("competitions", f)).toBe(2);
    expect(metricValue("competition_winners", f)).toBe(4);
    expect(metricValue("culture_events", f)).toBe(3);
    expect(metricValue("publicity_items", f)).toBe(14);
  });

  it("computes every worker metric from the facts", () => {
    const f = { worker: worker() };
    expect(WORKER_METRICS.map((m) => metricValue(m, f))).toEqual([30, 42.5, 2, 1, 3]);
  });

  it("knows nothing of an org without workers per head, and nothing at all without facts", () => {
    const empty = { org: org({ roster: 0 }) };
    for (const m of ["study_hours_per_capita", "participation_rate", "proposals_per_100", "training_coverage"] as const) expect(metricValue(m, empty), m).toBeNull();
    // Counts stay known with an empty roster.
    expect(metricValue("sessions", empty)).toBe(35);
    for (const m of ORG_METRICS) expect(metricValue(m, {}), m).toBeNull();
    for (const m of WORKER_METRICS) expect(metricValue(m, { org: org() }), m).toBeNull();
    for (const m of ORG_METRICS) expect(metricValue(m, { worker: worker() }), m).toBeNull();
    expect(metricValue("sessions_per_month", { org: org({ months: 0 }) })).toBeNull();
  });

  it("caps rates at 100 % (people are counted once, trainees per head may exceed the roster)", () => {
    expect(metricValue("participation_rate", { org: org({ attendingWorkers: 25 }) })).toBe(100);
    expect(metricValue("training_coverage", { org: org({ trainingTrainees: 60 }) })).toBe(100);
    expect(metricValue("proposals_per_100", { org: org({ proposals: 60 }) })).toBe(300);
  });

  it("gives every metric a unit and a target", () => {
    for (const m of AUTO_METRICS) {
      expect(METRIC_UNIT[m], m).toBeTruthy();
      expect([...ORG_METRICS, ...WORKER_METRICS], m).toContain(m);
    }
    expect(metricsFor("team")).toEqual(ORG_METRICS);
    expect(metricsFor("enterprise")).toEqual(ORG_METRICS);
    expect(metricsFor("organ_institution")).toEqual(ORG_METRICS);
    expect(metricsFor("worker")).toEqual(WORKER_METRICS);
  });
});

describe("auto points", () => {
  const steps: AutoRule = { metric: "sessions_per_month", mapping: "thresholds", steps: [{ min: 2, points: 8 }, { min: 4, points: 15 }, { min: 3, points: 12 }, { min: 1, points: 4 }] };

  it("gives the points of the highest threshold reached, whatever order the steps were written in", () => {
    expect(autoPoints(steps, 4.5, 15)).toEqual({ points: 15, noData: false });
    expect(autoPoints(steps, 4, 15).points).toBe(15); // a threshold is inclusive
    expect(autoPoints(steps, 3.99, 15).points).toBe(12);
    expect(autoPoints(steps, 2, 15).points).toBe(8);
    expect(autoPoints(steps, 1, 15).points).toBe(4);
    expect(autoPoints(steps, 0.99, 15).points).toBe(0);
    expect(autoPoints(steps, 0, 15).points).toBe(0);
  });

  it("never gives more than the item's maximum, nor less than nothing", () => {
    expect(autoPoints(steps, 10, 10).points).toBe(10);
    expect(autoPoints({ ...steps, steps: [{ min: -5, points: -3 }] }, 0, 10).points).toBe(0);
    expect(autoPoints({ metric: "sessions", mapping: "linear", full: 10 }, 50, 8).points).toBe(8);
    expect(autoPoints({ metric: "sessions", mapping: "linear", full: 10 }, -4, 8).points).toBe(0);
  });

  it("draws a straight line up to full points, rounded to one decimal", () => {
    const linear: AutoRule = { metric: "study_hours_per_capita", mapping: "linear", full: 24 };
    expect(autoPoints(linear, 0, 10).points).toBe(0);
    expect(autoPoints(linear, 12, 10).points).toBe(5);
    expect(autoPoints(linear, 24, 10).points).toBe(10);
    expect(autoPoints(linear, 7, 10).points).toBe(2.9); // 2.9166…
    expect(autoPoints(linear, 2.1, 10).points).toBe(0.9); // 0.875 rounds half up
    expect(autoPoints({ ...linear, full: 0 }, 5, 10).points).toBe(0);
  });

  it("gives no points, flagged, when the figure is missing", () => {
    expect(autoPoints(steps, null, 15)).toEqual({ points: 0, noData: true });
    expect(autoPoints(steps, Number.NaN, 15)).toEqual({ points: 0, noData: true });
    expect(autoPoints({ metric: "participation_rate", mapping: "linear", full: 100 }, metricValue("participation_rate", { org: org({ roster: 0 }) }), 10)).toEqual({ points: 0, noData: true });
  });
});

describe("rounding", () => {
  it("rounds halves up to one decimal without binary-fraction surprises", () => {
    expect(roundPoints(0.15)).toBe(0.2);
    expect(roundPoints(10.05)).toBe(10.1);
    expect(roundPoints(2.25)).toBe(2.3);
    expect(roundPoints(2.24)).toBe(2.2);
    expect(roundPoints(1.005)).toBe(1);
    expect(roundPoints(99.95)).toBe(100);
    expect(roundPoints(Number.POSITIVE_INFINITY)).toBe(0);
  });
});

describe("totals", () => {
  const items = [
    { id: "a", indicatorId: "I1", maxPoints: 0.1, veto: false },
    { id: "b", indicatorId: "I1", maxPoints: 0.2, veto: false },
    { id: "c", indicatorId: "I2", maxPoints: 10, veto: false },
    { id: "v", indicatorId: "I2", maxPoints: 0, veto: true },
  ];
  const scores = (entries: [string, number | null, boolean?][]) => new Map(entries.map(([id, points, vetoed]) => [id, { points, vetoed: vetoed ?? false }]));

  it("adds tenths exactly, per indicator and overall", () => {
    const t = totalsOf(items, scores([["a", 0.1], ["b", 0.2], ["c", 7.7], ["v", 0]]));
    expect(t.total).toBe(8);
    expect(t.byIndicator).toEqual({ I1: 0.3, I2: 7.7 });
    expect(t).toMatchObject({ missing: [], vetoed: false, vetoItemIds: [] });
  });

  it("lists items still unscored; a 0-point veto item needs no points", () => {
    const t = totalsOf(items, scores([["a", 0.1]]));
    expect(t.missing).toEqual(["b", "c"]);
    expect(t.total).toBe(0.1);
    expect(t.byIndicator).toEqual({ I1: 0.1, I2: 0 });
  });

  it("lets a veto strike: its item counts nothing and the evaluation is marked", () => {
    const withPoints = [...items, { id: "g", indicatorId: "I3", maxPoints: 15, veto: true }];
    const t = totalsOf(withPoints, scores([["a", 0.1], ["b", 0.2], ["c", 10], ["v", 0, true], ["g", 15, true]]));
    expect(t.vetoed).toBe(true);
    expect(t.vetoItemIds).toEqual(["v", "g"]);
    expect(t.total).toBe(10.3);
    expect(t.byIndicator.I3).toBe(0);
    // A veto flag on an ordinary item means nothing.
    expect(totalsOf(items, scores([["c", 5, true]])).vetoed).toBe(false);
  });

  it("never counts more than an item's maximum, nor a negative score", () => {
    expect(totalsOf(items, scores([["c", 12], ["a", -1]])).total).toBe(10);
  });

  it("totals nothing for an empty scheme", () => {
    expect(totalsOf([], new Map())).toEqual({ total: 0, byIndicator: {}, missing: [], vetoed: false, vetoItemIds: [] });
  });
});

describe("grades", () => {
  it("grades by the bands, inclusive at each lower bound", () => {
    expect(gradeFor(100, DEFAULT_BANDS)).toBe("excellent");
    expect(gradeFor(90, DEFAULT_BANDS)).toBe("excellent");
    expect(gradeFor(89.9, DEFAULT_BANDS)).toBe("good");
    expect(gradeFor(75, DEFAULT_BANDS)).toBe("good");
    expect(gradeFor(74.9, DEFAULT_BANDS)).toBe("pass");
    expect(gradeFor(60, DEFAULT_BANDS)).toBe("pass");
    expect(gradeFor(59.9, DEFAULT_BANDS)).toBe("fail");
    expect(gradeFor(0, DEFAULT_BANDS)).toBe("fail");
  });

  it("follows edited bands, and a veto fails whatever the points", () => {
    const strict = { excellent: 95, good: 85, pass: 70 };
    expect(gradeFor(92, strict)).toBe("good");
    expect(gradeFor(69.9, strict)).toBe("fail");
    expect(gradeFor(100, DEFAULT_BANDS, true)).toBe("fail");
  });
});

describe("score checks", () => {
  it("refuses a score above the item's maximum with the maximum in the message", () => {
    expect(checkScore(10, 10.5)).toEqual({ key: "evaluations.error.aboveMax", values: { n: 10 } });
    expect(checkScore(7.5, 7.6)).toEqual({ key: "evaluations.error.aboveMax", values: { n: 7.5 } });
  });
  it("refuses negative, non-numeric and over-precise scores; accepts the rest", () => {
    expect(checkScore(10, -0.5)).toEqual({ key: "validation.min", values: { n: 0 } });
    expect(checkScore(10, Number.NaN)).toEqual({ key: "validation.number" });
    expect(checkScore(10, 3.25)).toEqual({ key: "evaluations.error.oneDecimal" });
    for (const ok of [0, 0.1, 3.3, 9.9, 10]) expect(checkScore(10, ok), String(ok)).toBeNull();
  });
});

describe("scheme checks", () => {
  const shape = (over: Partial<SchemeShape> = {}): SchemeShape => ({
    target: "team",
    bands: DEFAULT_BANDS,
    indicators: [
      {
        id: "I1",
        name: "学习活动",
        items: [
          { id: "x1", name: "班前学习", maxPoints: 60, mode: "auto", veto: false, rule: { metric: "sessions_per_month", mapping: "thresholds", steps: [{ min: 4, points: 60 }, { min: 2, points: 30 }] } },
          { id: "x2", name: "人均学时", maxPoints: 39.9, mode: "auto", veto: false, rule: { metric: "study_hours_per_capita", mapping: "linear", full: 24 } },
          { id: "x3", name: "学习记录", maxPoints: 0.1, mode: "manual", veto: false, rule: null },
          { id: "x4", name: "安全生产", maxPoints: 0, mode: "manual", veto: true, rule: null },
        ],
      },
    ],
    ...over,
  });

  it("accepts a sound scheme of exactly 100 points (tenths summed exactly)", () => {
    expect(schemeTotal(shape())).toBe(100);
    expect(schemeProblems(shape())).toEqual([]);
  });

  it("refuses a scheme whose points do not total 100, naming the total", () => {
    const s = shape();
    s.indicators[0]!.items[2]!.maxPoints = 1;
    expect(schemeProblems(s)).toEqual([{ code: "total", n: 100.9 }]);
    expect(schemeProblems({ ...shape(), indicators: [] })).toEqual([{ code: "noIndicators" }, { code: "total", n: 0 }]);
  });

  it("refuses empty indicators, pointless items, missing or misfit rules, bad thresholds and bands", () => {
    const s = shape();
    s.indicators.push({ id: "I2", name: "空", items: [] });
    const items = s.indicators[0]!.items;
    items.push({ id: "z", name: "零分", maxPoints: 0, mode: "manual", veto: false, rule: null });
    items.push({ id: "n", name: "无规则", maxPoints: 0, mode: "auto", veto: true, rule: null });
    items.push({ id: "w", name: "职工指标", maxPoints: 0, mode: "auto", veto: true, rule: { metric: "worker_study_hours", mapping: "linear", full: 10 } });
    items.push({ id: "d", name: "重复门槛", maxPoints: 0, mode: "auto", veto: true, rule: { metric: "sessions", mapping: "thresholds", steps: [{ min: 1, points: 0 }, { min: 1, points: 0 }] } });
    items.push({ id: "e", name: "空门槛", maxPoints: 0, mode: "auto", veto: true, rule: { metric: "sessions", mapping: "thresholds", steps: [] } });
    items.push({ id: "h", name: "门槛超分", maxPoints: 0, mode: "auto", veto: true, rule: { metric: "sessions", mapping: "thresholds", steps: [{ min: 1, points: 2 }] } });
    items.push({ id: "l", name: "线性", maxPoints: 0, mode: "auto", veto: true, rule: { metric: "sessions", mapping: "linear", full: 0 } });
    const problems = schemeProblems({ ...s, bands: { excellent: 90, good: 95, pass: 60 } });
    expect(problems).toEqual([
      { code: "bands" },
      { code: "zeroPoints", ref: "z" },
      { code: "noRule", ref: "n" },
      { code: "metricTarget", ref: "w" },
      { code: "thresholds", ref: "d" },
      { code: "thresholds", ref: "e" },
      { code: "thresholdAboveMax", ref: "h", n: 0 },
      { code: "linearFull", ref: "l" },
      { code: "emptyIndicator", ref: "I2" },
    ]);
  });

  it("refuses bands out of order or beyond 100", () => {
    for (const bands of [{ excellent: 101, good: 75, pass: 60 }, { excellent: 90, good: 60, pass: 60 }, { excellent: 90, good: 75, pass: 0 }]) {
      expect(schemeProblems({ ...shape(), bands }), JSON.stringify(bands)).toEqual([{ code: "bands" }]);
    }
  });
});

describe("ranking", () => {
  const rows = [
    { name: "甲", score: 88 },
    { name: "乙", score: 92.5 },
    { name: "丙", score: 88 },
    { name: "丁", score: null },
    { name: "戊", score: 70 },
    { name: "己", score: 95, vetoed: true },
  ];
  it("ranks higher first, ties share a rank and the next rank skips, missing scores last without a rank, vetoed after all others", () => {
    const ranked = rankBy(rows, (r) => r.score, (r) => r.vetoed ?? false);
    expect(ranked.map((r) => [r.name, r.rank])).toEqual([
      ["乙", 1],
      ["甲", 2],
      ["丙", 2],
      ["戊", 4],
      ["己", 5],
      ["丁", null],
    ]);
  });
  it("keeps the input order among ties and handles nothing", () => {
    expect(rankBy([{ n: "b", v: 1 }, { n: "a", v: 1 }], (r) => r.v).map((r) => [r.n, r.rank])).toEqual([["b", 1], ["a", 1]]);
    expect(rankBy([], () => 1)).toEqual([]);
    expect(rankBy([{ v: 0 }, { v: 0 }], (r) => r.v).map((r) => r.rank)).toEqual([1, 1]);
  });
});

describe("months elapsed", () => {
  const year = { startsOn: "2026-01-01", endsOn: "2026-12-31" };
  it("counts the current month, caps at the period, never below one", () => {
    expect(monthsElapsed(year, "2026-01-15")).toBe(1);
    expect(monthsElapsed(year, "2026-11-25")).toBe(11);
    expect(monthsElapsed(year, "2027-03-01")).toBe(12);
    expect(monthsElapsed(year, "2025-12-31")).toBe(1);
  });
});
