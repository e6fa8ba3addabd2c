import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { evaluations } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";

/** NOTE: evaluations the user may see — the office its county's, a union its unit's, a leader its team's (mirrors rules.canViewEvaluation). */
export function evaluationScopeFor(user: Pick<CurrentUser, "role" | "countyId" | "unitId" | "teamId">): SQL {
  switch (user.role) {
    case "office":
      return eq(evaluations.countyId, user.countyId);
    case "union":
      return user.unitId ? and(eq(evaluations.countyId, user.countyId), eq(evaluations.unitId, user.unitId))! : sql`false`;
    case "leader":
      return user.teamId ? and(eq(evaluations.countyId, user.countyId), eq(evaluations.teamId, user.teamId))! : sql`false`;
  }
}
