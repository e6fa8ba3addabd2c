import "server-only";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orgs, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { orgTreeScopeFor } from "@/lib/auth/scope";
import type { OrgLevel, Role } from "@/lib/domain/enums";
import { canManageAccount } from "./rules";

export interface AccountRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  lastLoginAt: Date | null;
  /** Locked out by wrong passwords right now. */
  locked: boolean;
  createdAt: Date;
  orgId: string;
  orgName: string;
  orgLevel: OrgLevel;
  /** Whether the viewer may reset, deactivate or reactivate it. */
  manageable: boolean;
}

/** The accounts bound to one org of the user's subtree (none when the org lies outside it). */
export async function listAccountsOfOrg(user: CurrentUser, orgId: string): Promise<AccountRow[]> {
  if (!can(user, "users.manage")) return [];
  const db = await getDb();
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      locked: sql<boolean>`coalesce(${users.lockedUntil} > now(), false)`,
      createdAt: users.createdAt,
      orgId: orgs.id,
      orgName: orgs.name,
      orgLevel: orgs.level,
      countyId: orgs.countyId,
      unitId: orgs.unitId,
    })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(eq(users.orgId, orgId), orgTreeScopeFor(user)))
    .orderBy(asc(users.username));
  return rows.map(({ countyId, unitId, ...r }) => ({
    ...r,
    manageable: canManageAccount(user, { id: r.id, orgLevel: r.orgLevel, countyId, unitId }),
  }));
}

export interface AccountExportRow {
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  lastLoginAt: Date | null;
  unitName: string | null;
  teamName: string | null;
}

/** Every account below the user's level in its subtree, for the organisation workbook. */
export async function listAccountsForExport(user: CurrentUser): Promise<AccountExportRow[]> {
  if (!can(user, "users.manage")) return [];
  const db = await getDb();
  const unit = alias(orgs, "unit");
  const rows = await db
    .select({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      role: users.role,
      active: users.active,
      lastLoginAt: users.lastLoginAt,
      level: orgs.level,
      orgName: orgs.name,
      unitName: unit.name,
      countyId: orgs.countyId,
      unitId: orgs.unitId,
      archivedAt: orgs.archivedAt,
    })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .leftJoin(unit, eq(unit.id, orgs.unitId))
    .where(orgTreeScopeFor(user))
    .orderBy(asc(unit.name), asc(orgs.level), asc(orgs.name), asc(users.username));
  return rows
    .filter((r) => !r.archivedAt && canManageAccount(user, { id: r.id, orgLevel: r.level, countyId: r.countyId, unitId: r.unitId }))
    .map((r) => ({
      username: r.username,
      displayName: r.displayName,
      role: r.role,
      active: r.active,
      lastLoginAt: r.lastLoginAt,
      unitName: r.unitName,
      teamName: r.level === "team" ? r.orgName : null,
    }));
}
