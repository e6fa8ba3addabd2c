import "server-only";
import { and, desc, eq, gte, isNull, ne, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { nudges, orgs, records, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { chinaToday } from "@/lib/records/schemas";

export interface LateOrg {
  id: string;
  name: string;
  /** For teams: the unit they belong to. */
  unitName: string | null;
  /** The last time anything from it was submitted, if ever. */
  lastSubmittedAt: Date | null;
  nudgedToday: boolean;
}

/** First day of the current month, China time. */
export function monthStart(today = chinaToday()): string {
  return `${today.slice(0, 7)}-01`;
}

/**
 * Who is late: a union's teams, or an office's units (or, asked for, the county's teams), with
 * nothing submitted since the month began. Leaders have no one below them.
 */
export async function listLateOrgs(user: CurrentUser, opts: { level?: "team" | "unit" } = {}): Promise<LateOrg[]> {
  if (user.role === "leader") return [];
  const db = await getDb();
  const since = new Date(`${monthStart()}T00:00:00+08:00`);
  const level = user.role === "union" ? "team" : (opts.level ?? "unit");
  const recordOrg = level === "team" ? records.teamId : records.unitId;
  const last = db
    .select({ orgId: sql<string>`${recordOrg}`.as("org_id"), at: sql<Date>`max(${records.submittedAt})`.as("last_at") })
    .from(records)
    .where(and(eq(records.countyId, user.countyId), ne(records.status, "draft"), user.role === "union" ? eq(records.unitId, user.unitId!) : undefined))
    .groupBy(recordOrg)
    .as("last");
  const today = chinaToday();
  const unit = alias(orgs, "unit");
  const rows = await db
    .select({
      id: orgs.id,
      name: orgs.name,
      unitName: sql<string | null>`case when ${orgs.level} = 'team' then ${unit.name} end`,
      lastSubmittedAt: last.at,
      nudgedToday: sql<boolean>`${nudges.id} is not null`,
    })
    .from(orgs)
    .innerJoin(unit, eq(unit.id, orgs.unitId))
    .leftJoin(last, eq(last.orgId, orgs.id))
    .leftJoin(nudges, and(eq(nudges.toOrgId, orgs.id), eq(nudges.day, today)))
    .where(
      and(
        eq(orgs.level, level),
        isNull(orgs.archivedAt),
        eq(orgs.countyId, user.countyId),
        user.role === "union" ? eq(orgs.unitId, user.unitId!) : undefined,
        sql`(${last.at} is null or ${last.at} < ${since.toISOString()})`,
      ),
    )
    .orderBy(sql`${last.at} asc nulls first`, unit.name, orgs.name);
  return rows.map((r) => ({ ...r, lastSubmittedAt: r.lastSubmittedAt ? new Date(r.lastSubmittedAt) : null }));
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
    .where(and(eq(nudges.toOrgId, user.orgId), isNull(nudges.readAt), gte(nudges.createdAt, new Date(Date.now() - 30 * 86_400_000))))
    .orderBy(desc(nudges.createdAt))
    .limit(5);
}

