import "server-only";
import { and, eq, inArray, sql, type SQL } from "drizzle-orm";
import { evaluations } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { statusesBefore, type EvaluationAction } from "./rules";

type ScopeUser = Pick<CurrentUser, "role" | "countyId" | "unitId" | "teamId">;

/** NOTE: evaluations the user may see — the office its county's, a union its unit's, a leader its team's. */
export function evaluationScopeFor(user: ScopeUser): SQL {
  switch (user.role) {
    case "office":
      return eq(evaluations.countyId, user.countyId);
    case "union":
      return user.unitId ? and(eq(evaluations.countyId, user.countyId), eq(evaluations.unitId, user.unitId))! : sql`false`;
    case "leader":
      return user.teamId ? and(eq(evaluations.countyId, user.countyId), eq(evaluations.teamId, user.teamId))! : sql`false`;
  }
}

/**
 * NOTE: the guarded UPDATE's condition for `action`: the statuses it starts from and who may take it
 * (the self-assessing org, the reviewing parent, the confirming office). The SQL twin of rules.canDo;
 * the transition matrix test holds the two to the same answers.
 */
export function evaluationGuardFor(user: ScopeUser, action: EvaluationAction): SQL {
  // A closed year's evaluations are read-only (the mutations also share-lock the year: lib/periods/guard.ts).
  const yearOpen = sql`exists (select 1 from periods p where p.id = ${evaluations.periodId} and p.status = 'open')`;
  return and(inArray(evaluations.status, statusesBefore(action)), actorCondition(user, action), yearOpen)!;
}

function actorCondition(user: ScopeUser, action: EvaluationAction): SQL {
  const county = eq(evaluations.countyId, user.countyId);
  if (action === "save" || action === "submit") {
    if (user.role === "leader" && user.teamId) return and(county, inArray(evaluations.target, ["team", "worker"]), eq(evaluations.teamId, user.teamId))!;
    if (user.role === "union" && user.unitId) return and(county, inArray(evaluations.target, ["enterprise", "organ_institution"]), eq(evaluations.unitId, user.unitId))!;
    return sql`false`;
  }
  if (action === "confirm") return user.role === "office" ? county : sql`false`;
  if (user.role === "union" && user.unitId) return and(county, inArray(evaluations.target, ["team", "worker"]), eq(evaluations.unitId, user.unitId))!;
  if (user.role === "office") return and(county, inArray(evaluations.target, ["enterprise", "organ_institution"]))!;
  return sql`false`;
}
