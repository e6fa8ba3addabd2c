import { SKILL_LEVELS, type AutoMetric } from "@/lib/domain/enums";
import { formatNumber } from "@/lib/format";
import { METRIC_UNIT, type AutoRule } from "./engine";
import type { Translate } from "@/lib/i18n/translate";


const number = (n: number, locale: string, digits = 2) => formatNumber(n, locale, digits);

/**
 * A metric's figure with its unit ("3.5 次/月", "92%", "4.5 万元"); "—" when there is none. A skill
 * level is its index in SKILL_LEVELS and reads as the trade's own name (高级工, 技师), never "3 级".
 */
export function formatMetricValue(metric: AutoMetric, value: number | null | undefined, t: Translate, locale: string): string {
  if (value === null || value === undefined) return "—";
  if (METRIC_UNIT[metric] === "level") return t(`enums.skillLevel.${SKILL_LEVELS[Math.round(value)] ?? "none"}`);
  return t(`evaluations.metricUnit.${METRIC_UNIT[metric]}`, { value: number(value, locale, metric === "participation_rate" || metric === "training_coverage" ? 1 : 2) });
}

/** An auto rule in words: "≥ 4 次/月 → 15 分；≥ 3 次/月 → 12 分" or "linear, full points at 24 学时". */
export function describeRule(rule: AutoRule, t: Translate, locale: string): string {
  if (rule.mapping === "linear") return t("evaluations.rule.linear", { full: formatMetricValue(rule.metric, rule.full, t, locale) });
  return [...rule.steps]
    .sort((a, b) => b.min - a.min)
    .map((s) => t("evaluations.rule.step", { min: formatMetricValue(rule.metric, s.min, t, locale), points: number(s.points, locale, 1) }))
    .join(t("evaluations.rule.separator"));
}

/** Points as read: one decimal at most ("7.5 分"). */
export function formatPoints(points: number | null | undefined, t: Translate, locale: string): string {
  if (points === null || points === undefined) return "—";
  return t("evaluations.points", { value: number(points, locale, 1) });
}

/** The score to show in a list: final, else reviewed, else the self-assessment once submitted (a draft's running total is not shown). */
export function shownScore(e: { status: string; selfTotal: number | null; reviewTotal: number | null; finalTotal: number | null }): number | null {
  return e.finalTotal ?? e.reviewTotal ?? (e.status === "draft" || e.status === "returned" ? null : e.selfTotal);
}
