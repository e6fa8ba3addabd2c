import "server-only";
import { and, asc, count, countDistinct, desc, eq, ilike, isNotNull, isNull, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orgs, users, workers } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { orgTreeScopeFor, workerScopeFor } from "@/lib/auth/scope";
import { CARD_PAGE_SIZE, paginate, type Paged } from "@/lib/db/paginate";
import { escapeLike } from "@/lib/db/sql";
import type { TeamKind, UnitKind } from "@/lib/domain/enums";
import { onLiveTeam } from "@/lib/workers/live";
import type { UnitListFilters } from "./schemas";

export interface UnitRow {
  id: string;
  name: string;
  unitKind: UnitKind | null;
  industry: string | null;
  contactName: string | null;
  contactPhone: string | null;
  teamCount: number;
  workerCount: number;
  /** Accounts of this unit (its union and its teams' leaders) that signed in since `activeSince`. */
  activeAccounts: number;
  lastLoginAt: Date | null;
}

export interface TeamRow {
  id: string;
  name: string;
  teamKind: TeamKind | null;
  unitId: string;
  unitName: string;
  workerCount: number;
  leaderName: string | null;
  leaderLastLoginAt: Date | null;
}

export interface OrgDetail {
  id: string;
  level: "county" | "unit" | "team";
  name: string;
  unitKind: UnitKind | null;
  teamKind: TeamKind | null;
  industry: string | null;
  contactName: string | null;
  contactPhone: string | null;
  parentId: string | null;
  parentName: string | null;
  /** Sent back by edit forms: a stale one is refused. */
  version: number;
  /** Where the page's back link leads: the user's org page (/org) when the parent is the user's own org, the parent's page when the user sees it, nowhere else. */
  backTo: "orgHome" | "parent" | null;
}

const notArchived = isNull(orgs.archivedAt);

/** An org in the user's subtree, or null: outside the subtree looks exactly like "does not exist". */
export async function getOrg(user: CurrentUser, id: string): Promise<OrgDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const parent = alias(orgs, "parent");
  const [row] = await db
    .select({
      id: orgs.id,
      level: orgs.level,
      name: orgs.name,
      unitKind: orgs.unitKind,
      teamKind: orgs.teamKind,
      industry: orgs.industry,
      contactName: orgs.contactName,
      contactPhone: orgs.contactPhone,
      parentId: orgs.parentId,
      parentName: parent.name,
      version: orgs.version,
    })
    .from(orgs)
    .leftJoin(parent, eq(parent.id, orgs.parentId))
    .where(and(eq(orgs.id, id), orgTreeScopeFor(user), notArchived))
    .limit(1);
  if (!row) return null;
  const backTo = row.parentId === user.orgId ? "orgHome" : row.level === "team" && can(user, "lists.acrossUnits") ? "parent" : null;
  return { ...row, backTo };
}

/** Live units in the user's subtree (an office's county, a union's own unit). */
function unitsOf(user: CurrentUser): SQL | undefined {
  return and(eq(orgs.level, "unit"), orgTreeScopeFor(user), notArchived);
}

/** Units of the office's county with their size and sign-in activity, for the county overview. */
export async function listUnitsInScope(user: CurrentUser, activeSince: Date): Promise<UnitRow[]> {
  return readUnits(user, activeSince);
}

/**
 * One page of the units `listUnitsInScope` lists, those whose name holds `q` (as typed: its % and _ are
 * no wildcards), in the same order; `inScope` counts every unit, matching or not.
 */
export async function listUnitsPage(user: CurrentUser, activeSince: Date, filters: UnitListFilters): Promise<Paged<UnitRow> & { inScope: number }> {
  const db = await getDb();
  const named = filters.q ? ilike(orgs.name, `%${escapeLike(filters.q)}%`) : undefined;
  const [counts] = await db
    .select({ inScope: count(), matching: named ? sql<number>`count(*) filter (where ${named})::int` : count() })
    .from(orgs)
    .where(unitsOf(user));
  const paged = await paginate(
    filters.page,
    async () => counts?.matching ?? 0,
    (limit, offset) => readUnits(user, activeSince, { named, limit, offset }),
    CARD_PAGE_SIZE,
  );
  return { ...paged, inScope: counts?.inScope ?? 0 };
}

/** The units' rows with their counts, in the overview's order; `named` narrows them, `limit` and `offset` read one page. */
async function readUnits(user: CurrentUser, activeSince: Date, opts: { named?: SQL; limit?: number; offset?: number } = {}): Promise<UnitRow[]> {
  const db = await getDb();
  const teamCounts = db
    .select({ unitId: orgs.unitId, n: count().as("team_n") })
    .from(orgs)
    .where(and(eq(orgs.level, "team"), eq(orgs.countyId, user.countyId), notArchived))
    .groupBy(orgs.unitId)
    .as("tc");
  const workerCounts = db
    .select({ unitId: workers.unitId, n: count().as("worker_n") })
    .from(workers)
    .where(and(eq(workers.countyId, user.countyId), eq(workers.status, "active"), onLiveTeam))
    .groupBy(workers.unitId)
    .as("wc");
  const member = alias(orgs, "member");
  const logins = db
    .select({
      unitId: member.unitId,
      active: countDistinct(sql`case when ${users.lastLoginAt} >= ${activeSince.toISOString()} then ${users.id} end`).as("active_n"),
      last: sql<Date | null>`max(${users.lastLoginAt})`.as("last_login"),
    })
    .from(users)
    .innerJoin(member, eq(member.id, users.orgId))
    .where(and(eq(member.countyId, user.countyId), eq(users.active, true)))
    .groupBy(member.unitId)
    .as("lg");

  const query = db
    .select({
      id: orgs.id,
      name: orgs.name,
      unitKind: orgs.unitKind,
      industry: orgs.industry,
      contactName: orgs.contactName,
      contactPhone: orgs.contactPhone,
      teamCount: sql<number>`coalesce(${teamCounts.n}, 0)::int`,
      workerCount: sql<number>`coalesce(${workerCounts.n}, 0)::int`,
      activeAccounts: sql<number>`coalesce(${logins.active}, 0)::int`,
      lastLoginAt: logins.last,
    })
    .from(orgs)
    .leftJoin(teamCounts, eq(teamCounts.unitId, orgs.id))
    .leftJoin(workerCounts, eq(workerCounts.unitId, orgs.id))
    .leftJoin(logins, eq(logins.unitId, orgs.id))
    .where(and(unitsOf(user), opts.named))
    .orderBy(asc(orgs.unitKind), asc(orgs.name))
    .$dynamic();
  const rows = await (opts.limit === undefined ? query : query.limit(opts.limit).offset(opts.offset ?? 0));
  return rows.map((r) => ({ ...r, lastLoginAt: r.lastLoginAt ? new Date(r.lastLoginAt) : null }));
}

/** Teams the user may see (optionally of one unit), with roster size and their leader's last sign-in. */
export async function listTeamsInScope(user: CurrentUser, opts: { unitId?: string } = {}): Promise<TeamRow[]> {
  const db = await getDb();
  const unit = alias(orgs, "unit");
  // Per-team index probes (workers_team_idx, users_org_idx) rather than aggregates over the county's
  // roster and every leader account: a union lists 20 teams, and should not count 300,000 workers for it.
  const rows = await db
    .select({
      id: orgs.id,
      name: orgs.name,
      teamKind: orgs.teamKind,
      unitId: unit.id,
      unitName: unit.name,
      workerCount: sql<number>`(select count(*) from ${workers} w where w.team_id = ${orgs.id} and w.status = 'active')::int`,
      leaderName: sql<string | null>`(select min(u.display_name) from ${users} u where u.org_id = ${orgs.id} and u.role = 'leader' and u.active)`,
      leaderLastLoginAt: sql<Date | null>`(select max(u.last_login_at) from ${users} u where u.org_id = ${orgs.id} and u.role = 'leader' and u.active)`,
    })
    .from(orgs)
    .innerJoin(unit, eq(unit.id, orgs.unitId))
    .where(
      and(
        eq(orgs.level, "team"),
        orgTreeScopeFor(user),
        notArchived,
        isNull(unit.archivedAt),
        opts.unitId ? eq(orgs.unitId, opts.unitId) : undefined,
      ),
    )
    .orderBy(asc(unit.name), asc(orgs.name));
  return rows.map((r) => ({ ...r, leaderLastLoginAt: r.leaderLastLoginAt ? new Date(r.leaderLastLoginAt) : null }));
}

export interface ScopeTotals {
  units: number;
  teams: number;
  workers: number;
  unitsByKind: Record<UnitKind, number>;
}

/** Head counts of the user's subtree. */
export async function countScope(user: CurrentUser): Promise<ScopeTotals> {
  const db = await getDb();
  const [orgRows, [workerRow]] = await Promise.all([
    db
      .select({ level: orgs.level, unitKind: orgs.unitKind, n: count() })
      .from(orgs)
      .where(and(orgTreeScopeFor(user), notArchived))
      .groupBy(orgs.level, orgs.unitKind),
    db
      .select({ n: count() })
      .from(workers)
      .where(and(eq(workers.status, "active"), workerScopeFor(user), onLiveTeam)),
  ]);
  const totals: ScopeTotals = { units: 0, teams: 0, workers: workerRow?.n ?? 0, unitsByKind: { enterprise: 0, organ: 0, institution: 0 } };
  for (const r of orgRows) {
    if (r.level === "unit") {
      totals.units += r.n;
      if (r.unitKind) totals.unitsByKind[r.unitKind] += r.n;
    } else if (r.level === "team") totals.teams += r.n;
  }
  return totals;
}

/** Accounts in the user's subtree that signed in since `since` (a real "who is using it" figure). */
export async function countActiveAccounts(user: CurrentUser, since: Date): Promise<{ active: number; total: number }> {
  const db = await getDb();
  const [row] = await db
    .select({
      total: count(),
      active: sql<number>`count(*) filter (where ${users.lastLoginAt} >= ${since.toISOString()})::int`,
    })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(and(orgTreeScopeFor(user), eq(users.active, true), notArchived));
  return { total: row?.total ?? 0, active: row?.active ?? 0 };
}


export interface ArchivedOrgRow {
  id: string;
  level: "unit" | "team";
  name: string;
  archivedAt: Date;
  unitKind: UnitKind | null;
  teamKind: TeamKind | null;
}

/** What the user archived and may restore: an office its county's units, a union its unit's teams. */
export async function listArchivedOrgs(user: CurrentUser): Promise<ArchivedOrgRow[]> {
  const level = user.role === "office" ? "unit" : user.role === "union" ? "team" : null;
  if (!level) return [];
  const db = await getDb();
  const rows = await db
    .select({ id: orgs.id, level: orgs.level, name: orgs.name, archivedAt: orgs.archivedAt, unitKind: orgs.unitKind, teamKind: orgs.teamKind })
    .from(orgs)
    .where(and(eq(orgs.level, level), orgTreeScopeFor(user), isNotNull(orgs.archivedAt)))
    .orderBy(desc(orgs.archivedAt), asc(orgs.name));
  return rows.map((r) => ({ ...r, level, archivedAt: r.archivedAt! }));
}

export interface OrgTreeExportRow {
  unitName: string;
  unitKind: UnitKind;
  industry: string | null;
  contactName: string | null;
  contactPhone: string | null;
  teamName: string | null;
  teamKind: TeamKind | null;
  workers: number;
  leaderName: string | null;
}

/** Live units of the user's subtree with their live teams: one row per team, or one for a unit without teams. */
export async function listOrgTreeForExport(user: CurrentUser): Promise<OrgTreeExportRow[]> {
  const db = await getDb();
  const units = await db
    .select({ id: orgs.id, name: orgs.name, unitKind: orgs.unitKind, industry: orgs.industry, contactName: orgs.contactName, contactPhone: orgs.contactPhone })
    .from(orgs)
    .where(and(eq(orgs.level, "unit"), orgTreeScopeFor(user), notArchived))
    .orderBy(asc(orgs.name));
  const teams = await listTeamsInScope(user);
  return units.flatMap((u): OrgTreeExportRow[] => {
    const unit = { unitName: u.name, unitKind: u.unitKind ?? "enterprise", industry: u.industry, contactName: u.contactName, contactPhone: u.contactPhone };
    const own = teams.filter((t) => t.unitId === u.id);
    if (!own.length) return [{ ...unit, teamName: null, teamKind: null, workers: 0, leaderName: null }];
    return own.map((t) => ({ ...unit, teamName: t.name, teamKind: t.teamKind, workers: t.workerCount, leaderName: t.leaderName }));
  });
}
