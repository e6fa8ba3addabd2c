import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { UNIT_KINDS, type AutoMetric, type Role } from "@/lib/domain/enums";
import { ORG_METRICS } from "@/lib/evaluations/engine";
import { pageNumber } from "@/lib/forms/fields";

/** Metrics that mean something for a team (unit-level work such as courses is not attributed to teams). */
export const TEAM_RANK_METRICS = [
  "sessions",
  "sessions_per_month",
  "study_hours_per_capita",
  "participation_rate",
  "proposals_per_100",
  "adopted_proposals",
  "economic_benefit",
  "innovations_10k",
] as const satisfies readonly AutoMetric[];

export const UNIT_RANK_METRICS = ORG_METRICS;

/** URL filters of the rankings; anything odd falls back to the default. */
export const rankingFiltersSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
  level: z.enum(["team", "unit", "worker"]).default("team").catch("team"),
  by: z.union([z.literal("score"), z.enum(ORG_METRICS)]).default("score").catch("score"),
  unitKind: z.enum(UNIT_KINDS).optional().catch(undefined),
  industry: z.string().trim().max(50).optional().catch(undefined),
  /**
   * The metrics' window: the evaluation year (default) or the last 12 months up to today ("12m"), so
   * a ranking by metric in January is not empty. Scores always belong to their evaluation year.
   */
  window: z.enum(["year", "12m"]).optional().catch(undefined),
  /** The page shown (the whole field is ranked; the page only limits what is rendered). */
  page: pageNumber(10_000),
});

export type RankingFilters = z.infer<typeof rankingFiltersSchema>;

/** The metrics offered for a level; a metric that does not fit falls back to the score. 知识型职工 rank by score only. */
export function rankMetricsFor(level: "team" | "unit" | "worker"): readonly AutoMetric[] {
  return level === "team" ? TEAM_RANK_METRICS : level === "unit" ? UNIT_RANK_METRICS : [];
}

/** The levels a user may rank: units only where it ranks units (the office); 知识型职工 for everyone. */
export function rankingLevelsFor(user: { role: Role }): readonly ("team" | "unit" | "worker")[] {
  return can(user, "rankings.units") ? ["team", "unit", "worker"] : ["team", "worker"];
}

export function normaliseFilters(f: RankingFilters): RankingFilters {
  const by = f.by !== "score" && !rankMetricsFor(f.level).includes(f.by) ? "score" : f.by;
  return { ...f, by, industry: f.industry || undefined, window: by === "score" ? undefined : f.window };
}

/** The last twelve calendar months up to `today` (YYYY-MM-DD), this month included: the rolling metric window. */
export function rollingWindow(today: string): { year: number; startsOn: string; endsOn: string } {
  const month = Number(today.slice(0, 4)) * 12 + Number(today.slice(5, 7)) - 1 - 11;
  const startsOn = `${Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-01`;
  return { year: Number(today.slice(0, 4)), startsOn, endsOn: today };
}
