import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { orgs, users } from "@/db/schema";
import { ROLE_ORG_LEVEL, type Locale, type OrgLevel, type Role } from "@/lib/domain/enums";

/** The signed-in user as the database says now: never as the session cookie remembers it. */
export interface CurrentUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  orgId: string;
  orgName: string;
  orgLevel: OrgLevel;
  countyId: string;
  /** Set for union and leader users. */
  unitId: string | null;
  /** Set for leader users. */
  teamId: string | null;
  locale: Locale | null;
}

/**
 * Re-reads a user with its org. Returns null when the user is gone, deactivated, bound to an archived
 * org or to an org of the wrong level, or when the session predates a password change.
 */
export async function loadActiveUser(db: Queryable, userId: string, sessionVersion?: number): Promise<CurrentUser | null> {
  const [row] = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      sessionVersion: users.sessionVersion,
      locale: users.locale,
      orgId: orgs.id,
      orgName: orgs.name,
      orgLevel: orgs.level,
      countyId: orgs.countyId,
      unitId: orgs.unitId,
      archivedAt: orgs.archivedAt,
    })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.id, userId))
    .limit(1);
  if (!row || !row.active || row.archivedAt || !row.countyId) return null;
  if (ROLE_ORG_LEVEL[row.role] !== row.orgLevel) return null;
  if (sessionVersion !== undefined && sessionVersion !== row.sessionVersion) return null;
  return {
    id: row.id,
    username: row.username,
    displayName: row.displayName,
    role: row.role,
    orgId: row.orgId,
    orgName: row.orgName,
    orgLevel: row.orgLevel,
    countyId: row.countyId,
    unitId: row.role === "office" ? null : row.unitId,
    teamId: row.role === "leader" ? row.orgId : null,
    locale: row.locale,
  };
}
