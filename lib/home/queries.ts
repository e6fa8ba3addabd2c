import "server-only";
import { and, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orgMonthStats } from "@/db/schema";
import { orgScopeFor } from "@/lib/auth/scope";
import type { CurrentUser } from "@/lib/auth/current-user";
import { RECORD_KINDS, type RecordKind } from "@/lib/domain/enums";
import { countActiveAccounts, countScope, listTeamsInScope, summariseUnitsByKind } from "@/lib/org/queries";
import { getCurrentPeriod } from "@/lib/periods/queries";
import { getRosterProfile, listWorkers } from "@/lib/workers/queries";
import { listLateOrgs, listMyNudges } from "@/lib/nudges/queries";
import { countWaitingFor, listMyRecentRecords, listMyRejectedRecords } from "@/lib/records/queries";
import { KIND_ACTIVITY_STATS, type OrgStatKey } from "@/lib/stats/aggregates";
import { chinaMidnight, chinaToday, chinaYear, now, yearStart } from "@/lib/time";
import { recordListHref } from "@/lib/records/schemas";

function periodStart(period: { startsOn: string } | null, today: Date): Date {
  return period ? chinaMidnight(period.startsOn) : chinaMidnight(yearStart(chinaYear(today)));
}

/** The days a home's activity covers: the period, or without one this year up to today. */
export type ActivitySpan = { from: string; to: string };

function activitySpan(period: { startsOn: string; endsOn: string } | null, today: Date): ActivitySpan {
  return period ? { from: period.startsOn, to: period.endsOn } : { from: yearStart(chinaYear(today)), to: chinaToday(today) };
}

/** The record list behind one kind's activity tile: its approved records of the same days, so the list's total is the tile's count. */
export function activityListHref(kind: RecordKind, span: ActivitySpan): string {
  return recordListHref({ kind, status: "approved", from: span.from, to: span.to });
}

export interface KindActivity {
  kind: RecordKind;
  records: number;
  /** The kind's headline figure (KINDS[kind].headline: hours, people, yuan or items). */
  headline: number;
  /** People taking part (attendance of study sessions, trainees, contestants, audiences); 0 for other kinds. */
  participants: number;
}

/**
 * Approved work in the user's scope over the months from `from` to `to`, per kind: the "activity so far"
 * of a period, read from the maintained monthly aggregates (lib/stats/aggregates.ts). Whole months: a
 * period starts on the first of a month.
 */
export async function summariseApprovedActivity(user: CurrentUser, from: string, to: string): Promise<KindActivity[]> {
  const db = await getDb();
  // One sum per monthly column the kinds read; each kind's figures add its columns' sums.
  const statKeys = [...new Set(RECORD_KINDS.flatMap((kind) => Object.values(KIND_ACTIVITY_STATS[kind]).flat()))];
  const columns = Object.fromEntries(statKeys.map((key) => [key, sql<number>`coalesce(sum(${orgMonthStats[key]}), 0)::float8`])) as Record<OrgStatKey, SQL<number>>;
  const [row] = await db
    .select(columns)
    .from(orgMonthStats)
    .where(
      and(
        orgScopeFor(user, { county: orgMonthStats.countyId, unit: orgMonthStats.unitId, team: orgMonthStats.teamId }),
        // A team's rows are those whose org is the team (org_id = coalesce(team_id, …)): found through
        // org_month_stats_key_idx in 0.1 ms, where the scope alone reads the county's ~25,000 rows (10 ms).
        user.role === "leader" && user.teamId ? eq(orgMonthStats.orgId, user.teamId) : undefined,
        gte(orgMonthStats.month, `${from.slice(0, 7)}-01`),
        lte(orgMonthStats.month, to),
      ),
    );
  const sum = (keys: readonly OrgStatKey[]) => keys.reduce((total, key) => total + Number(row?.[key] ?? 0), 0);
  return RECORD_KINDS.map((kind) => {
    const stats = KIND_ACTIVITY_STATS[kind];
    return { kind, records: sum([stats.records]), headline: sum(stats.headline), participants: sum(stats.participants) };
  });
}

/** Which home a user lands on: its org's level (the county's overview, a unit's, a team's). */
export function homeKindFor(user: Pick<CurrentUser, "orgLevel">): "county" | "unit" | "team" {
  return user.orgLevel;
}

/** The county overview an office lands on. */
export async function getOfficeHome(user: CurrentUser, today = now()) {
  const period = await getCurrentPeriod(user, today);
  const since = periodStart(period, today);
  const span = activitySpan(period, today);
  const [totals, accounts, profile, unitKinds, waiting, activity, late] = await Promise.all([
    countScope(user),
    countActiveAccounts(user, since),
    getRosterProfile(user),
    summariseUnitsByKind(user, since),
    countWaitingFor(user),
    summariseApprovedActivity(user, span.from, span.to),
    listLateOrgs(user),
  ]);
  return { period, totals, accounts, profile, unitKinds, waiting, activity, span, late };
}

/** A union's home: its unit's teams and their leaders. */
export async function getUnionHome(user: CurrentUser, today = now()) {
  const period = await getCurrentPeriod(user, today);
  const since = periodStart(period, today);
  const span = activitySpan(period, today);
  const [totals, accounts, profile, teams, waiting, activity, late, nudges, rejected] = await Promise.all([
    countScope(user),
    countActiveAccounts(user, since),
    getRosterProfile(user),
    listTeamsInScope(user),
    countWaitingFor(user),
    summariseApprovedActivity(user, span.from, span.to),
    listLateOrgs(user),
    listMyNudges(user),
    listMyRejectedRecords(user),
  ]);
  return { period, totals, accounts, profile, teams, waiting, activity, span, late, nudges, rejected };
}

/** A leader's home: its team and roster. */
export async function getLeaderHome(user: CurrentUser, today = now()) {
  const period = await getCurrentPeriod(user, today);
  const span = activitySpan(period, today);
  const [profile, roster, activity, nudges, rejected, recent] = await Promise.all([
    getRosterProfile(user),
    listWorkers(user, { status: "active", page: 1 }),
    summariseApprovedActivity(user, span.from, span.to),
    listMyNudges(user),
    listMyRejectedRecords(user),
    listMyRecentRecords(user, 6),
  ]);
  return { period, profile, roster, activity, nudges, rejected, recent };
}
