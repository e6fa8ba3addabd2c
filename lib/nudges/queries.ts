import "server-only";
import { and, desc, eq, gte, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { nudges, orgs, records, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { chinaMidnight, chinaToday, monthStart, now } from "@/lib/time";
import { cachedForCounty } from "@/lib/stats/county-cache";

export interface LateOrg {
  id: string;
  name: string;
  /** For teams: the unit they belong to. */
  unitName: string | null;
  /** The last time anything from it was submitted, if ever. */
  lastSubmittedAt: Date | null;
  nudgedToday: boolean;
}

/**
 * Who is late: a union's teams, or an office's units (or, asked for, the county's teams), with
 * nothing submitted since the month began. Leaders have no one below them.
 */
export async function listLateOrgs(user: CurrentUser, opts: { level?: "team" | "unit" } = {}): Promise<LateOrg[]> {
  if (user.role === "leader") return [];
  const level = user.role === "union" ? "team" : (opts.level ?? "unit");
  const today = chinaToday();
  // The same for every reviewer of the scope (nudges and submissions write audit rows): lib/stats/county-cache.ts.
  const scopeUnit = user.role === "union" ? user.unitId! : null;
  return cachedForCounty(user.countyId, `late:${level}:${scopeUnit ?? "*"}:${today}`, () => computeLateOrgs(user.countyId, scopeUnit, level, today));
}

async function computeLateOrgs(countyId: string, scopeUnit: string | null, level: "team" | "unit", today: string): Promise<LateOrg[]> {
  const user = { countyId, role: scopeUnit ? "union" : "office", unitId: scopeUnit };
  const db = await getDb();
  const since = chinaMidnight(monthStart(today));
  const unit = alias(orgs, "unit");
  // Each org's last submission is one probe of a partial index (records_*_submitted_idx), not an
  // aggregate over the county's records: at city scale that is 2,000 probes instead of 200,000 rows.
  const recordOrg = sql.raw(level === "team" ? "team_id" : "unit_id");
  const scoped = db
    .select({
      id: orgs.id,
      name: orgs.name,
      unitName: sql<string | null>`case when ${orgs.level} = 'team' then ${unit.name} end`.as("unit_name"),
      unitSort: sql<string>`${unit.name}`.as("unit_sort"),
      lastAt: sql<string | null>`(select max(r.submitted_at) from ${records} r where r.${recordOrg} = ${orgs.id} and r.status <> 'draft')`.as("last_at"),
      nudgedToday: sql<boolean>`exists (select 1 from ${nudges} n where n.to_org_id = ${orgs.id} and n.day = ${today})`.as("nudged_today"),
    })
    .from(orgs)
    .innerJoin(unit, eq(unit.id, orgs.unitId))
    .where(and(eq(orgs.level, level), isNull(orgs.archivedAt), eq(orgs.countyId, user.countyId), user.role === "union" ? eq(orgs.unitId, user.unitId!) : undefined))
    .as("scoped");
  const rows = await db
    .select()
    .from(scoped)
    .where(sql`${scoped.lastAt} is null or ${scoped.lastAt} < ${since.toISOString()}`)
    .orderBy(sql`${scoped.lastAt} asc nulls first`, scoped.unitSort, scoped.name);
  return rows.map((r) => ({ id: r.id, name: r.name, unitName: r.unitName, nudgedToday: r.nudgedToday, lastSubmittedAt: r.lastAt ? new Date(r.lastAt) : null }));
}

export interface NudgeNotice {
  id: string;
  fromName: string;
  fromOrg: string;
  createdAt: Date;
}

/** Unread reminders sent to the user's own team (leader) or unit (union) in the last 30 days. */
export async function listMyNudges(user: CurrentUser): Promise<NudgeNotice[]> {
  if (user.role === "office") return [];
  const db = await getDb();
  const from = orgs;
  return db
    .select({ id: nudges.id, fromName: users.displayName, fromOrg: from.name, createdAt: nudges.createdAt })
    .from(nudges)
    .innerJoin(users, eq(users.id, nudges.fromUserId))
    .innerJoin(from, eq(from.id, users.orgId))
    .where(and(eq(nudges.toOrgId, user.orgId), isNull(nudges.readAt), gte(nudges.createdAt, new Date(now().getTime() - 30 * 86_400_000))))
    .orderBy(desc(nudges.createdAt))
    .limit(5);
}

