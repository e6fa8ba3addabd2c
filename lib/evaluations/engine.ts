import type { AutoMapping, AutoMetric, EvaluationTarget, Grade } from "@/lib/domain/enums";
import { type Message, message } from "@/lib/actions/result";

/*
 * The scoring engine: pure functions from figures and scores to points, totals, grades and ranks.
 * No database, no clock: the data layer gathers the figures, this decides what they are worth.
 * Points are kept to one decimal; sums are taken in whole tenths so 0.1 + 0.2 is 0.3.
 */

// ---- metrics ------------------------------------------------------------------------------------

/** What an org (team or unit) did in the period, from the maintained aggregates. */
export interface OrgFacts {
  /** Active workers on the roster. */
  roster: number;
  /** Months of the period elapsed (1–12). */
  months: number;
  sessions: number;
  /** Σ hours × attendees of the study sessions. */
  attendeeHours: number;
  /** Distinct roster workers who attended at least one session. */
  attendingWorkers: number;
  proposals: number;
  proposalsAdopted: number;
  /** Proposals' and innovations' economic benefit, 元. */
  benefitYuan: number;
  innovations10k: number;
  trainingTrainees: number;
  competitions: number;
  competitionWinners: number;
  cultureEvents: number;
  publicityItems: number;
}

/** What one worker did in the period (知识型职工). */
export interface WorkerFacts {
  sessions: number;
  studyHours: number;
  proposalsAdopted: number;
  innovations10k: number;
  /** Index in SKILL_LEVELS: 0 none … 5 senior technician. */
  skillLevel: number;
}

export const ORG_METRICS = [
  "sessions",
  "sessions_per_month",
  "study_hours_per_capita",
  "participation_rate",
  "proposals_per_100",
  "adopted_proposals",
  "economic_benefit",
  "innovations_10k",
  "training_person_times",
  "training_coverage",
  "competitions",
  "competition_winners",
  "culture_events",
  "publicity_items",
] as const satisfies readonly AutoMetric[];

export const WORKER_METRICS = ["worker_sessions", "worker_study_hours", "worker_adopted_proposals", "worker_innovations_10k", "worker_skill_level"] as const satisfies readonly AutoMetric[];

/** The metrics an item of a scheme for `target` may use. */
export function metricsFor(target: EvaluationTarget): readonly AutoMetric[] {
  return target === "worker" ? WORKER_METRICS : ORG_METRICS;
}

/** How a metric's figure reads (messages "evaluations.metricUnit.<unit>"). */
export type MetricUnit = "times" | "perMonth" | "hours" | "percent" | "per100" | "items" | "tenThousandYuan" | "personTimes" | "people" | "level";
export const METRIC_UNIT: Record<AutoMetric, MetricUnit> = {
  sessions: "times",
  sessions_per_month: "perMonth",
  study_hours_per_capita: "hours",
  participation_rate: "percent",
  proposals_per_100: "per100",
  adopted_proposals: "items",
  economic_benefit: "tenThousandYuan",
  innovations_10k: "items",
  training_person_times: "personTimes",
  training_coverage: "percent",
  competitions: "times",
  competition_winners: "people",
  culture_events: "times",
  publicity_items: "times",
  worker_sessions: "times",
  worker_study_hours: "hours",
  worker_adopted_proposals: "items",
  worker_innovations_10k: "items",
  worker_skill_level: "level",
};

/** The record kind behind a metric, for drilling down from a point to its records. */
export const METRIC_RECORD_KIND: Partial<Record<AutoMetric, "study_session" | "proposal" | "innovation" | "training" | "competition" | "culture" | "publicity">> = {
  sessions: "study_session",
  sessions_per_month: "study_session",
  study_hours_per_capita: "study_session",
  participation_rate: "study_session",
  proposals_per_100: "proposal",
  adopted_proposals: "proposal",
  economic_benefit: "proposal",
  innovations_10k: "innovation",
  training_person_times: "training",
  training_coverage: "training",
  competitions: "competition",
  competition_winners: "competition",
  culture_events: "culture",
  publicity_items: "publicity",
  worker_sessions: "study_session",
  worker_study_hours: "study_session",
  worker_adopted_proposals: "proposal",
  worker_innovations_10k: "innovation",
};

const ratio = (part: number, whole: number, times = 1) => (whole > 0 ? (part / whole) * times : null);

/**
 * A metric's figure from the facts, or null when it cannot be known: no facts, or a per-capita
 * figure of an org without workers. Rates are capped at 100 %.
 */
export function metricValue(metric: AutoMetric, facts: { org?: OrgFacts | null; worker?: WorkerFacts | null }): number | null {
  const o = facts.org;
  const w = facts.worker;
  switch (metric) {
    case "worker_sessions":
      return w ? w.sessions : null;
    case "worker_study_hours":
      return w ? w.studyHours : null;
    case "worker_adopted_proposals":
      return w ? w.proposalsAdopted : null;
    case "worker_innovations_10k":
      return w ? w.innovations10k : null;
    case "worker_skill_level":
      return w ? w.skillLevel : null;
  }
  if (!o) return null;
  switch (metric) {
    case "sessions":
      return o.sessions;
    case "sessions_per_month":
      return ratio(o.sessions, o.months);
    case "study_hours_per_capita":
      return ratio(o.attendeeHours, o.roster);
    case "participation_rate": {
      const r = ratio(o.attendingWorkers, o.roster, 100);
      return r === null ? null : Math.min(100, r);
    }
    case "proposals_per_100":
      return ratio(o.proposals, o.roster, 100);
    case "adopted_proposals":
      return o.proposalsAdopted;
    case "economic_benefit":
      return o.benefitYuan / 10_000;
    case "innovations_10k":
      return o.innovations10k;
    case "training_person_times":
      return o.trainingTrainees;
    case "training_coverage": {
      const r = ratio(o.trainingTrainees, o.roster, 100);
      return r === null ? null : Math.min(100, r);
    }
    case "competitions":
      return o.competitions;
    case "competition_winners":
      return o.competitionWinners;
    case "culture_events":
      return o.cultureEvents;
    case "publicity_items":
      return o.publicityItems;
  }
}

// ---- points ---------------------------------------------------------------------------------------

/** Rounds to one decimal, halves up, without binary-fraction surprises (10.05 → 10.1). */
export function roundPoints(x: number): number {
  if (!Number.isFinite(x)) return 0;
  const tenths = Math.round(Number((x * 10).toPrecision(12)));
  return tenths / 10;
}

/** Whole tenths of a point, for exact sums. */
const tenths = (x: number) => Math.round(Number((x * 10).toPrecision(12)));

export interface ThresholdStep {
  /** The figure from which the points apply (inclusive). */
  min: number;
  points: number;
}

export type AutoRule =
  | { metric: AutoMetric; mapping: "thresholds"; steps: ThresholdStep[] }
  | { metric: AutoMetric; mapping: "linear"; /** The figure that earns full points. */ full: number };

export type AutoMappingKind = AutoMapping;

/**
 * Points an auto item earns for a figure: the highest threshold reached, or a straight line from 0 up
 * to full points at `full`; never more than the item's maximum, never less than 0. No figure, no points.
 */
export function autoPoints(rule: AutoRule, value: number | null, maxPoints: number): { points: number; noData: boolean } {
  if (value === null || !Number.isFinite(value)) return { points: 0, noData: true };
  let raw = 0;
  if (rule.mapping === "thresholds") {
    const reached = [...rule.steps].sort((a, b) => b.min - a.min).find((s) => value >= s.min);
    raw = reached ? reached.points : 0;
  } else {
    raw = rule.full > 0 ? (maxPoints * Math.max(0, value)) / rule.full : 0;
  }
  return { points: roundPoints(Math.min(maxPoints, Math.max(0, raw))), noData: false };
}

// ---- totals and grades ------------------------------------------------------------------------------

export interface ScoredItemDef {
  id: string;
  indicatorId: string;
  maxPoints: number;
  veto: boolean;
}

export interface ItemScore {
  /** null: not scored yet. */
  points: number | null;
  /** For veto items: the 一票否决 case happened. */
  vetoed: boolean;
}

export interface Totals {
  total: number;
  byIndicator: Record<string, number>;
  /** Items still without points (a 0-point veto item counts as scored). */
  missing: string[];
  vetoed: boolean;
  vetoItemIds: string[];
}

/** Sums an evaluation: per indicator and overall, which items are unscored, and whether a veto struck. */
export function totalsOf(items: readonly ScoredItemDef[], scores: ReadonlyMap<string, ItemScore>): Totals {
  let sum = 0;
  const perIndicator = new Map<string, number>();
  const missing: string[] = [];
  const vetoItemIds: string[] = [];
  for (const item of items) {
    const score = scores.get(item.id);
    if (!perIndicator.has(item.indicatorId)) perIndicator.set(item.indicatorId, 0);
    if (item.veto && score?.vetoed) vetoItemIds.push(item.id);
    const points = item.veto && score?.vetoed ? 0 : (score?.points ?? null);
    if (points === null) {
      if (item.maxPoints > 0) missing.push(item.id);
      continue;
    }
    const t = tenths(Math.max(0, Math.min(points, item.maxPoints)));
    sum += t;
    perIndicator.set(item.indicatorId, perIndicator.get(item.indicatorId)! + t);
  }
  const byIndicator = Object.fromEntries([...perIndicator].map(([id, t]) => [id, t / 10]));
  return { total: sum / 10, byIndicator, missing, vetoed: vetoItemIds.length > 0, vetoItemIds };
}

export interface GradeBands {
  excellent: number;
  good: number;
  pass: number;
}

export const DEFAULT_BANDS: GradeBands = { excellent: 90, good: 75, pass: 60 };

/** 优秀 / 良好 / 合格 / 不合格 by total; a veto fails the whole evaluation whatever its points. */
export function gradeFor(total: number, bands: GradeBands, vetoed = false): Grade {
  if (vetoed) return "fail";
  if (total >= bands.excellent) return "excellent";
  if (total >= bands.good) return "good";
  if (total >= bands.pass) return "pass";
  return "fail";
}

// ---- checks -----------------------------------------------------------------------------------------

/** Why a score cannot stand (a message, with the item's maximum where it matters), or null. */
export function checkScore(maxPoints: number, points: number): Message | null {
  if (!Number.isFinite(points)) return message("validation.number");
  if (points < 0) return message("validation.min", { n: 0 });
  if (points > maxPoints) return message("evaluations.error.aboveMax", { n: maxPoints });
  if (tenths(points) !== Number((points * 10).toPrecision(12))) return message("evaluations.error.oneDecimal");
  return null;
}

export interface SchemeShape {
  target: EvaluationTarget;
  bands: GradeBands;
  indicators: { id: string; name: string; items: { id: string; name: string; maxPoints: number; mode: "manual" | "auto"; veto: boolean; rule: AutoRule | null }[] }[];
}

export interface SchemeProblem {
  /** "evaluations.problem.<code>" */
  code: "total" | "noIndicators" | "emptyIndicator" | "zeroPoints" | "noRule" | "metricTarget" | "thresholds" | "thresholdAboveMax" | "linearFull" | "bands";
  /** The indicator or item concerned. */
  ref?: string;
  /** A number for the message (the total, an item's maximum …). */
  n?: number;
}

/** The points a scheme adds up to. */
export function schemeTotal(shape: Pick<SchemeShape, "indicators">): number {
  return shape.indicators.reduce((s, ind) => s + ind.items.reduce((a, it) => a + tenths(it.maxPoints), 0), 0) / 10;
}

/** Everything that stops a scheme from being published; empty when it may be. */
export function schemeProblems(shape: SchemeShape): SchemeProblem[] {
  const problems: SchemeProblem[] = [];
  if (shape.indicators.length === 0) problems.push({ code: "noIndicators" });
  const total = schemeTotal(shape);
  if (total !== 100) problems.push({ code: "total", n: total });
  const { excellent, good, pass } = shape.bands;
  if (!(pass > 0 && pass < good && good < excellent && excellent <= 100)) problems.push({ code: "bands" });
  const allowed = metricsFor(shape.target);
  for (const ind of shape.indicators) {
    if (ind.items.length === 0) problems.push({ code: "emptyIndicator", ref: ind.id });
    for (const item of ind.items) {
      if (item.maxPoints <= 0 && !item.veto) problems.push({ code: "zeroPoints", ref: item.id });
      if (item.mode !== "auto") continue;
      const rule = item.rule;
      if (!rule) {
        problems.push({ code: "noRule", ref: item.id });
        continue;
      }
      if (!allowed.includes(rule.metric)) problems.push({ code: "metricTarget", ref: item.id });
      if (rule.mapping === "thresholds") {
        const mins = rule.steps.map((s) => s.min);
        if (rule.steps.length === 0 || new Set(mins).size !== mins.length || rule.steps.some((s) => s.points < 0 || !Number.isFinite(s.min))) {
          problems.push({ code: "thresholds", ref: item.id });
        }
        if (rule.steps.some((s) => s.points > item.maxPoints)) problems.push({ code: "thresholdAboveMax", ref: item.id, n: item.maxPoints });
      } else if (!(rule.full > 0)) problems.push({ code: "linearFull", ref: item.id });
    }
  }
  return problems;
}

// ---- ranking ------------------------------------------------------------------------------------------

/**
 * Competition ranking (1, 1, 3): higher values first; equal values share a rank; rows without a value
 * (null) come last and get no rank. Vetoed rows rank after every unvetoed one.
 */
export function rankBy<T>(rows: readonly T[], valueOf: (row: T) => number | null, vetoedOf: (row: T) => boolean = () => false): (T & { rank: number | null })[] {
  const keyed = rows.map((row, index) => ({ row, index, value: valueOf(row), vetoed: vetoedOf(row) }));
  keyed.sort((a, b) => {
    if ((a.value === null) !== (b.value === null)) return a.value === null ? 1 : -1;
    if (a.vetoed !== b.vetoed) return a.vetoed ? 1 : -1;
    if (a.value !== null && b.value !== null && a.value !== b.value) return b.value - a.value;
    return a.index - b.index;
  });
  const out: (T & { rank: number | null })[] = [];
  keyed.forEach((k, i) => {
    const prev = i > 0 ? keyed[i - 1]! : null;
    const tied = prev && prev.value === k.value && prev.vetoed === k.vetoed && k.value !== null;
    const rank = k.value === null ? null : tied ? out[i - 1]!.rank : i + 1;
    out.push({ ...k.row, rank });
  });
  return out;
}

/** Months of a period elapsed on `today` (inclusive of the current month), 1–12; a past period counts in full. */
export function monthsElapsed(period: { startsOn: string; endsOn: string }, today: string): number {
  const start = Number(period.startsOn.slice(0, 4)) * 12 + Number(period.startsOn.slice(5, 7)) - 1;
  const end = Number(period.endsOn.slice(0, 4)) * 12 + Number(period.endsOn.slice(5, 7)) - 1;
  const now = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1;
  return Math.max(1, Math.min(end, now) - start + 1);
}
