import "server-only";
import { and, asc, eq, ilike, inArray, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orgs } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { orgTreeScopeFor } from "@/lib/auth/scope";
import { escapeLike } from "@/lib/db/sql";

/** One choice of an org picker: a unit, or a team with its unit's name. */
export interface OrgChoice {
  id: string;
  name: string;
  /** A team's unit; null for a unit. */
  unitName: string | null;
}

/** Choices a picker shows at once: a picker searches as one types instead of listing a county's 2,000 teams. */
export const ORG_CHOICE_LIMIT = 20;

/** What a picker offers: units, teams, or both (a 台账 is a unit's or a team's). */
export type OrgChoiceLevel = "unit" | "team" | "unitOrTeam";

/** Whether the user may pick among orgs of this level at all (a leader sees one team, a union one unit). */
export function canPickOrgs(user: CurrentUser, level: OrgChoiceLevel): boolean {
  return can(user, level === "unit" ? "lists.acrossUnits" : "lists.acrossTeams");
}

function levelCondition(level: OrgChoiceLevel) {
  return level === "unitOrTeam" ? inArray(orgs.level, ["unit", "team"]) : eq(orgs.level, level);
}

/**
 * Live units or teams in the user's subtree whose name (or, for a team, its unit's name) contains `q`,
 * optionally of one unit; the first ORG_CHOICE_LIMIT by unit and name. Empty for a user who cannot pick.
 */
export async function searchOrgChoices(user: CurrentUser, opts: { level: OrgChoiceLevel; q?: string; unitId?: string }): Promise<OrgChoice[]> {
  if (!canPickOrgs(user, opts.level)) return [];
  const db = await getDb();
  const unit = alias(orgs, "unit");
  const q = opts.q?.trim();
  const pattern = q ? `%${escapeLike(q)}%` : undefined;
  const rows = await db
    .select({ id: orgs.id, name: orgs.name, level: orgs.level, unitName: unit.name })
    .from(orgs)
    .leftJoin(unit, eq(unit.id, orgs.unitId))
    .where(
      and(
        levelCondition(opts.level),
        orgTreeScopeFor(user),
        isNull(orgs.archivedAt),
        isNull(unit.archivedAt),
        opts.unitId && opts.level === "team" ? eq(orgs.unitId, opts.unitId) : undefined,
        pattern ? or(ilike(orgs.name, pattern), ilike(unit.name, pattern)) : undefined,
      ),
    )
    // Names that start with what was typed first, then the rest, each by unit (a unit before its teams) and name.
    .orderBy(...(q ? [sql`position(lower(${q}) in lower(${orgs.name})) = 1 desc`] : []), asc(unit.name), sql`${orgs.level} = 'team'`, asc(orgs.name))
    .limit(ORG_CHOICE_LIMIT);
  return rows.map((r) => ({ id: r.id, name: r.name, unitName: r.level === "team" ? r.unitName : null }));
}

/** The chosen org of a filter, for its label, when the user may see it; null for anything else. */
export async function getOrgChoice(user: CurrentUser, level: OrgChoiceLevel, id: string | undefined): Promise<OrgChoice | null> {
  if (!id || !/^[0-9a-f-]{36}$/i.test(id) || !canPickOrgs(user, level)) return null;
  const db = await getDb();
  const unit = alias(orgs, "unit");
  const [row] = await db
    .select({ id: orgs.id, name: orgs.name, level: orgs.level, unitName: unit.name })
    .from(orgs)
    .leftJoin(unit, eq(unit.id, orgs.unitId))
    .where(and(eq(orgs.id, id), levelCondition(level), orgTreeScopeFor(user)));
  return row ? { id: row.id, name: row.name, unitName: row.level === "team" ? row.unitName : null } : null;
}

/** What a review queue is filtered by: a union by its teams, the office by its units (whose records each reviews). */
export function reviewPickers(user: CurrentUser): { unit: boolean; team: boolean } {
  switch (user.role) {
    case "union":
      return { unit: false, team: true };
    case "office":
      return { unit: true, team: false };
    case "leader":
      return { unit: false, team: false };
  }
}

/** What a list (records, roster) is filtered by: units for the office, teams for the office and a union. */
export function listPickers(user: CurrentUser): { unit: boolean; team: boolean } {
  return { unit: canPickOrgs(user, "unit"), team: canPickOrgs(user, "team") };
}
