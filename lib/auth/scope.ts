import "server-only";
import { and, eq, type SQL } from "drizzle-orm";
import type { AnyPgColumn } from "drizzle-orm/pg-core";
import { orgs, workers } from "@/db/schema";
import type { CurrentUser } from "./current-user";

/**
 * NOTE: this is THE authorization boundary for reads and writes. Every query over data that belongs
 * to an org ANDs in the fragment returned here; the columns name where the row's county, unit and
 * team ids live. An office sees its county, a union its unit, a leader its team, and nothing else.
 */
export function orgScopeFor(
  user: Pick<CurrentUser, "role" | "countyId" | "unitId" | "teamId">,
  cols: { county: AnyPgColumn; unit: AnyPgColumn; team: AnyPgColumn },
): SQL {
  switch (user.role) {
    case "office":
      return eq(cols.county, user.countyId);
    case "union":
      // Backup check: a union user always has a unit; without one it must see nothing.
      if (!user.unitId) return eq(cols.county, "00000000-0000-0000-0000-000000000000");
      return and(eq(cols.county, user.countyId), eq(cols.unit, user.unitId))!;
    case "leader":
      if (!user.teamId) return eq(cols.county, "00000000-0000-0000-0000-000000000000");
      return and(eq(cols.county, user.countyId), eq(cols.team, user.teamId))!;
  }
}

/** The scope over the org tree itself: an org is visible when it lies in the user's subtree. */
export function orgTreeScopeFor(user: Pick<CurrentUser, "role" | "countyId" | "unitId" | "teamId">): SQL {
  return orgScopeFor(user, { county: orgs.countyId, unit: orgs.unitId, team: orgs.id });
}

/** The scope over the worker roster. */
export function workerScopeFor(user: Pick<CurrentUser, "role" | "countyId" | "unitId" | "teamId">): SQL {
  return orgScopeFor(user, { county: workers.countyId, unit: workers.unitId, team: workers.teamId });
}
