import "server-only";
import type { Period } from "@/db/schema";
import type { Paged } from "@/lib/db/paginate";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { resolvePeriod } from "@/lib/periods/queries";
import { countEvaluationsWaiting, getMyEvaluation, getTeamNominations, listEvaluationQueuePage, listSubjectsWithEvaluations, listWorkerEvaluations, type EvaluationListRow, type MyEvaluation, type SubjectStatusRow, type TeamNominations } from "./queries";
import { listSchemes, type SchemeListRow } from "./scheme-queries";

export const EVALUATION_VIEWS = ["todo", "units", "teams", "workers", "publications", "schemes"] as const;
export type EvaluationView = (typeof EVALUATION_VIEWS)[number];

/** The tabs of the evaluations page: the office's six, a union's four; a leader's page is short, one view without tabs. */
export function evaluationViewsFor(user: Pick<CurrentUser, "role">): EvaluationView[] {
  switch (user.role) {
    case "office":
      return [...EVALUATION_VIEWS];
    case "union":
      return ["todo", "teams", "workers", "publications"];
    case "leader":
      return ["todo"];
  }
}

/** The evaluations page of one user and tab: each list is null where the user has no such section. */
export interface EvaluationsOverview {
  views: EvaluationView[];
  view: EvaluationView;
  period: Period | null;
  /** The user's own org's evaluation of the year (a team's, a unit's). */
  mine: MyEvaluation | null;
  /** Self-assessments waiting for the user's review (a page of them: `page`). */
  review: Paged<EvaluationListRow> | null;
  /** Reviews waiting for the office's confirmation (a page of them: `confirmPage`). */
  confirm: Paged<EvaluationListRow> | null;
  /** What waits for the user in all (the todo tab's count). */
  waiting: number;
  /** The tab's list is paged (one page number for the page's one list). */
  units: Paged<SubjectStatusRow> | null;
  teams: Paged<SubjectStatusRow> | null;
  /** 知识型职工 evaluations in scope; a leader's are its team's nominees. */
  workers: Paged<EvaluationListRow> | null;
  /** A leader's nominations: its limit, candidates and scheme. */
  nominations: TeamNominations | null;
  /** A leader may nominate another worker now. */
  canNominateMore: boolean;
  publications: boolean;
  schemes: SchemeListRow[] | null;
  /** The lists span units: each row shows its unit. */
  showUnit: boolean;
}

/** Everything the evaluations page shows a user on one tab; independent reads run together. */
export async function getEvaluationsOverview(user: CurrentUser, requested: { view?: string; page: number; confirmPage?: number; year?: number }): Promise<EvaluationsOverview> {
  const views = evaluationViewsFor(user);
  const view = views.find((v) => v === requested.view) ?? views[0]!;
  // Without tabs, every section of the user is on its one page.
  const shows = (v: EvaluationView) => views.length === 1 || view === v;
  const reviews = can(user, "review.view");
  const confirms = user.role === "office";
  const nominates = can(user, "evaluations.nominateWorkers");

  // The year's lists (the current year unless another is asked for) wait only for the year; everything else is read alongside.
  const yearLists = resolvePeriod(user, requested.year).then(async (period) => {
    const [units, teams, workers] = await Promise.all([
      period && can(user, "lists.acrossUnits") && shows("units") ? listSubjectsWithEvaluations(user, period, "unit", requested.page) : null,
      period && can(user, "lists.acrossTeams") && shows("teams") ? listSubjectsWithEvaluations(user, period, "team", requested.page) : null,
      period && shows("workers") ? listWorkerEvaluations(user, period, requested.page) : null,
    ]);
    return { period, units, teams, workers };
  });
  const [{ period, units, teams, workers }, queue, waiting, mine, nominations, schemes] = await Promise.all([
    yearLists,
    reviews && shows("todo") ? listEvaluationQueuePage(user, { review: requested.page, confirm: requested.confirmPage ?? 1 }) : null,
    // The 待办 tab's count on every tab: the navigation's badge counted it for this request already.
    countEvaluationsWaiting(user),
    getMyEvaluation(user),
    nominates ? getTeamNominations(user) : null,
    can(user, "schemes.manage") && shows("schemes") ? listSchemes(user) : null,
  ]);
  return {
    views,
    view,
    period,
    mine,
    review: queue ? queue.review : null,
    confirm: queue && confirms ? queue.confirm : null,
    waiting,
    units,
    teams,
    workers,
    nominations,
    canNominateMore: nominations?.schemeId ? nominations.nominated.length < nominations.limit && nominations.candidates.length > 0 : false,
    publications: can(user, "publications.view") && shows("publications"),
    schemes,
    showUnit: can(user, "lists.acrossUnits"),
  };
}
