import type { Role } from "@/lib/domain/enums";

/**
 * What each role may do. Pages, navigation and actions ask `can(user, …)`; none compares roles inline.
 * Scope (which orgs) is a separate question answered by lib/auth/scope.ts.
 */
export const PERMISSIONS = {
  "home.view": ["office", "union", "leader"],
  "org.view": ["office", "union"],
  "workers.view": ["office", "union", "leader"],
  "account.manage": ["office", "union", "leader"],
  "records.view": ["office", "union", "leader"],
  "review.view": ["office", "union"],
  /** Create, edit and archive units; import units and teams from Excel. */
  "units.manage": ["office"],
  /** Create, edit and archive the teams of one's own unit. */
  "teams.manage": ["union"],
  /** Keep the worker roster of one's own unit: add, edit, move, mark as left, import. */
  "workers.manage": ["union"],
  /** Create accounts one level down, reset their passwords, deactivate and reactivate them. */
  "users.manage": ["office", "union"],
  "dashboard.view": ["office"],
  "schemes.manage": ["office"],
  /** Open, close and reopen the county's evaluation years; copy a year's schemes into the next. */
  "years.manage": ["office"],
  "evaluations.view": ["office", "union", "leader"],
  "rankings.view": ["office", "union", "leader"],
  /**
   * Download the rankings one sees. The export is scoped exactly like the page (a leader gets its own
   * team's place and its nominees), so whoever may view may export.
   */
  "rankings.download": ["office", "union", "leader"],
  /** Rank units as well as teams, and filter the rankings by unit kind and industry. */
  "rankings.units": ["office"],
  /** Nominate 知识型职工 from one's team's roster. */
  "evaluations.nominateWorkers": ["leader"],
  /** Log a unit's record for one of its teams (the record form's team field). */
  "records.forTeam": ["union"],
  /** One's lists span several teams: rosters and records filter by team and show each row's team. */
  "lists.acrossTeams": ["office", "union"],
  /** One's lists span several units: they filter by unit and show each row's unit. */
  "lists.acrossUnits": ["office"],
  /** 公示 (publish results for a window), 命名 (name titles after it), 摘牌 (withdraw a title). */
  "titles.manage": ["office"],
  /** Read the county's results while they are posted, and the titles named. */
  "publications.view": ["office", "union", "leader"],
  /** The annual report and the statistics form: the office its county's, a union its unit's. */
  "reports.view": ["office", "union"],
  /** The 台账 (every approved record of a team or unit in a year), within one's own subtree. */
  "ledger.view": ["office", "union", "leader"],
  /** Certificates of titles within one's own subtree. */
  "certificates.download": ["office", "union", "leader"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(user: { role: Role } | null | undefined, permission: Permission): boolean {
  return !!user && (PERMISSIONS[permission] as readonly Role[]).includes(user.role);
}
