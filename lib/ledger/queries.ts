import "server-only";
import { and, asc, eq, inArray, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { attachments, orgs, recordWorkers, records, users, workers, type Period, type RecordRow } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { orgTreeScopeFor } from "@/lib/auth/scope";
import type { OrgLevel, RecordWorkerRole } from "@/lib/domain/enums";
import { resolvePeriod } from "@/lib/periods/queries";
import { recordScopeFor } from "@/lib/records/scope";
import { isUuid } from "@/lib/forms/ids";


export interface LedgerRecord {
  row: RecordRow;
  teamName: string | null;
  unitName: string | null;
  reviewerName: string | null;
  /** Named workers by role, in roster order. */
  workers: Partial<Record<RecordWorkerRole, string[]>>;
  evidence: { id: string; filename: string; path: string }[];
}

export interface Ledger {
  org: { id: string; name: string; level: OrgLevel; unitName: string | null };
  countyName: string;
  period: Period;
  records: LedgerRecord[];
}

/**
 * The 台账 of a team or unit for a year: every approved record dated in the year with all its fields,
 * the workers it names and its evidence. A team's holds its own records and those of its unit
 * attributed to it; a unit's holds its own and all its teams'. NOTE: the org must lie in the user's
 * subtree (office: the county's; union: its unit and teams; leader: its team) and the records are
 * scoped again on their own columns; anything else is null, like a missing org.
 */
export async function getLedger(user: CurrentUser, orgId: string, year?: number): Promise<Ledger | null> {
  if (!can(user, "ledger.view") || !isUuid(orgId)) return null;
  const db = await getDb();
  const parent = alias(orgs, "parent");
  const county = alias(orgs, "county");
  const [org] = await db
    .select({ id: orgs.id, name: orgs.name, level: orgs.level, unitName: parent.name, countyName: county.name })
    .from(orgs)
    .leftJoin(parent, and(eq(parent.id, orgs.unitId), eq(orgs.level, "team")))
    .innerJoin(county, eq(county.id, orgs.countyId))
    .where(and(eq(orgs.id, orgId), orgTreeScopeFor(user), inArray(orgs.level, ["unit", "team"])));
  if (!org) return null;
  const period = await resolvePeriod(user, year);
  if (!period) return null;
  const team = alias(orgs, "team");
  const unit = alias(orgs, "unit");
  const reviewer = alias(users, "reviewer");
  const rows = await db
    .select({ row: records, teamName: team.name, unitName: unit.name, reviewerName: reviewer.displayName })
    .from(records)
    .leftJoin(team, eq(team.id, records.teamId))
    .leftJoin(unit, eq(unit.id, records.unitId))
    .leftJoin(reviewer, eq(reviewer.id, records.reviewedBy))
    .where(
      and(
        org.level === "team" ? eq(records.teamId, org.id) : eq(records.unitId, org.id),
        recordScopeFor(user),
        eq(records.status, "approved"),
        sql`${records.occurredOn} between ${period.startsOn} and ${period.endsOn}`,
      ),
    )
    .orderBy(asc(records.kind), asc(records.occurredOn), asc(records.createdAt));
  const ids = rows.map((r) => r.row.id);
  const [named, files] = ids.length
    ? await Promise.all([
        db
          .select({ recordId: recordWorkers.recordId, role: recordWorkers.role, name: workers.name })
          .from(recordWorkers)
          .innerJoin(workers, eq(workers.id, recordWorkers.workerId))
          .where(inArray(recordWorkers.recordId, ids))
          .orderBy(asc(workers.employeeNo)),
        db
          .select({ id: attachments.id, recordId: attachments.recordId, filename: attachments.filename })
          .from(attachments)
          .where(inArray(attachments.recordId, ids))
          .orderBy(asc(attachments.createdAt)),
      ])
    : [[], []];
  return {
    org: { id: org.id, name: org.name, level: org.level, unitName: org.unitName },
    countyName: org.countyName,
    period,
    records: rows.map((r) => {
      const people: LedgerRecord["workers"] = {};
      for (const n of named) if (n.recordId === r.row.id) (people[n.role] ??= []).push(n.name);
      return {
        ...r,
        workers: people,
        evidence: files.filter((f) => f.recordId === r.row.id).map((f) => ({ id: f.id, filename: f.filename, path: `/records/${r.row.id}/evidence/${f.id}` })),
      };
    }),
  };
}

export interface LedgerOrg {
  id: string;
  name: string;
  level: OrgLevel;
  unitName: string | null;
}

/** The units and teams whose ledger the user may open (its subtree), units first with their teams after them. */
export async function listLedgerOrgs(user: CurrentUser): Promise<LedgerOrg[]> {
  if (!can(user, "ledger.view")) return [];
  const db = await getDb();
  const unit = alias(orgs, "unit");
  return db
    .select({ id: orgs.id, name: orgs.name, level: orgs.level, unitName: unit.name })
    .from(orgs)
    .innerJoin(unit, eq(unit.id, orgs.unitId))
    .where(and(orgTreeScopeFor(user), inArray(orgs.level, ["unit", "team"]), isNull(orgs.archivedAt)))
    .orderBy(asc(unit.name), sql`${orgs.level} = 'team'`, asc(orgs.name));
}
