import "server-only";
import { and, eq, sql, type SQL } from "drizzle-orm";
import { records } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { orgScopeFor } from "@/lib/auth/scope";

type ScopeUser = Pick<CurrentUser, "role" | "countyId" | "unitId" | "teamId">;
const NOTHING = sql`false`;

/** NOTE: records the user may see: the org subtree (a leader also sees unit records attributed to its team). */
export function recordScopeFor(user: ScopeUser): SQL {
  return orgScopeFor(user, { county: records.countyId, unit: records.unitId, team: records.teamId });
}

/** NOTE: records the user owns (may edit and submit) — mirrors rules.isOwner. */
export function ownedRecordsFor(user: ScopeUser): SQL {
  switch (user.role) {
    case "leader":
      return user.teamId ? and(eq(records.ownerLevel, "team"), eq(records.countyId, user.countyId), eq(records.teamId, user.teamId))! : NOTHING;
    case "union":
      return user.unitId ? and(eq(records.ownerLevel, "unit"), eq(records.countyId, user.countyId), eq(records.unitId, user.unitId))! : NOTHING;
    case "office":
      return and(eq(records.ownerLevel, "county"), eq(records.countyId, user.countyId))!;
  }
}

/** NOTE: records the user reviews (approves or rejects) — mirrors rules.isReviewer. */
export function reviewableRecordsFor(user: ScopeUser): SQL {
  switch (user.role) {
    case "union":
      return user.unitId ? and(eq(records.ownerLevel, "team"), eq(records.countyId, user.countyId), eq(records.unitId, user.unitId))! : NOTHING;
    case "office":
      return and(eq(records.ownerLevel, "unit"), eq(records.countyId, user.countyId))!;
    case "leader":
      return NOTHING;
  }
}

/** NOTE: records the user may reopen: any approved record of the office's county. */
export function reopenableRecordsFor(user: ScopeUser): SQL {
  return user.role === "office" ? eq(records.countyId, user.countyId) : NOTHING;
}
