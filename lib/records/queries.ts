import "server-only";
import { cache } from "react";
import { and, asc, count, desc, eq, gte, ilike, inArray, isNull, lte, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { escapeLike } from "@/lib/db/sql";
import { attachments, auditLog, orgs, recordWorkers, records, users, workers } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { OwnerLevel, RecordKind, RecordStatus } from "@/lib/domain/enums";
import { KINDS, workerFields } from "./kinds";
import { readRecordValues } from "./values";
import { allowedActions, type RecordAction } from "./rules";
import type { RecordListFilters } from "./schemas";
import { ownedRecordsFor, recordScopeFor, reviewableRecordsFor } from "./scope";
import { paginate, type Paged } from "@/lib/db/paginate";

/** An export is one workbook; beyond this many rows, narrow the filters. */
export const RECORD_EXPORT_LIMIT = 50_000;

const team = alias(orgs, "team");
const unit = alias(orgs, "unit");

export interface RecordListRow {
  id: string;
  kind: RecordKind;
  status: RecordStatus;
  version: number;
  ownerLevel: OwnerLevel;
  title: string;
  occurredOn: string;
  teamName: string | null;
  unitName: string | null;
  headline: number | null;
  hours: number | null;
  participants: number | null;
  quantity: number | null;
  benefitYuan: number | null;
  reviewNote: string | null;
  submittedAt: Date | null;
  updatedAt: Date;
  details: Record<string, unknown>;
  adopted: boolean | null;
}

/** The WHERE conditions of a record list's URL filters (shared with the review queue). */
export function filterConditions(filters: Omit<RecordListFilters, "page">): (SQL | undefined)[] {
  return [
    filters.kind ? eq(records.kind, filters.kind) : undefined,
    filters.status ? eq(records.status, filters.status) : undefined,
    filters.from ? gte(records.occurredOn, filters.from) : undefined,
    filters.to ? lte(records.occurredOn, filters.to) : undefined,
    filters.team ? eq(records.teamId, filters.team) : undefined,
    filters.unit ? eq(records.unitId, filters.unit) : undefined,
    filters.q ? ilike(records.title, `%${escapeLike(filters.q)}%`) : undefined,
  ];
}

const headlineSql = sql<number | null>`case ${records.kind}
  ${sql.join(
    Object.values(KINDS).map((k) => sql`when ${k.kind} then ${records[k.headline.column]}::float8`),
    sql` `,
  )} end`;

/** The columns every record list reads. */
export const listColumns = {
  id: records.id,
  kind: records.kind,
  status: records.status,
  version: records.version,
  ownerLevel: records.ownerLevel,
  title: records.title,
  occurredOn: records.occurredOn,
  teamName: team.name,
  unitName: unit.name,
  headline: headlineSql,
  hours: records.hours,
  participants: records.participants,
  quantity: records.quantity,
  benefitYuan: records.benefitYuan,
  reviewNote: records.reviewNote,
  submittedAt: records.submittedAt,
  updatedAt: records.updatedAt,
  details: records.details,
  adopted: records.adopted,
};

/** One page of list rows (team and unit names joined) under `where`, in `order`. */
export async function pagedList(where: SQL | undefined, page: number, order: SQL[]): Promise<Paged<RecordListRow>> {
  const db = await getDb();
  return paginate(
    page,
    async () => (await db.select({ total: count() }).from(records).where(where))[0]!.total,
    async (limit, offset) =>
      (await db
        .select(listColumns)
        .from(records)
        .leftJoin(team, eq(team.id, records.teamId))
        .leftJoin(unit, eq(unit.id, records.unitId))
        .where(where)
        .orderBy(...order)
        .limit(limit)
        .offset(offset)) as RecordListRow[],
  );
}

/** The record's year is open: a closed year's records take no review, so they wait in no queue. */
export const recordInOpenYear = sql`exists (select 1 from periods p where p.county_id = ${records.countyId} and p.status = 'open' and ${records.occurredOn} between p.starts_on and p.ends_on)`;

/** Records the user may see, filtered and paginated on the server. */
export async function listRecords(user: CurrentUser, filters: RecordListFilters) {
  return pagedList(and(recordScopeFor(user), ...filterConditions(filters)), filters.page, [desc(records.occurredOn), desc(records.createdAt)]);
}

/** Every matching row, for an .xlsx export (bounded by RECORD_EXPORT_LIMIT). */
export async function listRecordsForExport(user: CurrentUser, filters: RecordListFilters, queue: boolean): Promise<RecordListRow[]> {
  const db = await getDb();
  const where = queue
    ? and(reviewableRecordsFor(user), eq(records.status, "submitted"), recordInOpenYear, ...filterConditions({ ...filters, status: undefined }))
    : and(recordScopeFor(user), ...filterConditions(filters));
  const rows = await db
    .select(listColumns)
    .from(records)
    .leftJoin(team, eq(team.id, records.teamId))
    .leftJoin(unit, eq(unit.id, records.unitId))
    .where(where)
    .orderBy(desc(records.occurredOn), desc(records.createdAt))
    .limit(RECORD_EXPORT_LIMIT);
  return rows as RecordListRow[];
}

/**
 * Badge counts for the navigation: what waits for review, and the user's own records sent back. Once per
 * request: every page's layout counts them, and the office's and a union's home show the same counts.
 */
export const countWaitingFor = cache(async (user: CurrentUser): Promise<{ review: number; rejected: number }> => {
  const db = await getDb();
  const [[review], [rejected]] = await Promise.all([
    user.role === "leader"
      ? Promise.resolve([{ n: 0 }])
      : db.select({ n: count() }).from(records).where(and(reviewableRecordsFor(user), eq(records.status, "submitted"), recordInOpenYear)),
    db.select({ n: count() }).from(records).where(and(ownedRecordsFor(user), eq(records.status, "rejected"), recordInOpenYear)),
  ]);
  return { review: review?.n ?? 0, rejected: rejected?.n ?? 0 };
});

export interface RecordDetail {
  record: RecordListRow & { teamId: string | null; unitId: string | null; countyId: string; createdAt: Date; reviewedAt: Date | null };
  values: Record<string, unknown>;
  creatorName: string;
  reviewerName: string | null;
  /** The workers named on the record, under the name of the field that names them (attendees, proposers …). */
  namedByField: Record<string, { workerId: string; name: string; employeeNo: string }[]>;
  evidence: { id: string; filename: string; mimeType: string; size: number; hasThumbnail: boolean }[];
  history: { id: number; action: string; actorName: string | null; at: Date; before: unknown; after: unknown }[];
  actions: RecordAction[];
  /** The record's year when that year is closed: the page says so, and offers nothing (no actions, no prompts). */
  closedYear: number | null;
}

/** One record with everything its page shows, or null when it does not exist for this user. */
export async function getRecordDetail(user: CurrentUser, id: string): Promise<RecordDetail | null> {
  if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
  const db = await getDb();
  const creator = alias(users, "creator");
  const reviewer = alias(users, "reviewer");
  const [row] = await db
    .select({
      ...listColumns,
      teamId: records.teamId,
      unitId: records.unitId,
      countyId: records.countyId,
      createdAt: records.createdAt,
      reviewedAt: records.reviewedAt,
      // A record of a closed (or not yet opened) year is read-only: the page offers nothing on it.
      yearOpen: sql<boolean>`${recordInOpenYear}`,
      closedYear: sql<number | null>`(select p.year from periods p where p.county_id = ${records.countyId} and p.status = 'closed' and ${records.occurredOn} between p.starts_on and p.ends_on limit 1)`,
      creatorName: creator.displayName,
      reviewerName: reviewer.displayName,
      full: records,
    })
    .from(records)
    .leftJoin(team, eq(team.id, records.teamId))
    .leftJoin(unit, eq(unit.id, records.unitId))
    .innerJoin(creator, eq(creator.id, records.createdBy))
    .leftJoin(reviewer, eq(reviewer.id, records.reviewedBy))
    .where(and(eq(records.id, id), recordScopeFor(user)));
  if (!row) return null;
  const actor = alias(users, "actor");
  const [values, named, evidence, history] = await Promise.all([
    readRecordValues(db, row.full),
    db
      .select({ role: recordWorkers.role, workerId: workers.id, name: workers.name, employeeNo: workers.employeeNo })
      .from(recordWorkers)
      .innerJoin(workers, eq(workers.id, recordWorkers.workerId))
      .where(eq(recordWorkers.recordId, id))
      .orderBy(asc(workers.employeeNo)),
    db
      .select({
        id: attachments.id,
        filename: attachments.filename,
        mimeType: attachments.mimeType,
        size: attachments.size,
        hasThumbnail: sql<boolean>`${attachments.thumbnail} is not null`,
      })
      .from(attachments)
      .where(eq(attachments.recordId, id))
      .orderBy(asc(attachments.createdAt)),
    db
      .select({ id: auditLog.id, action: auditLog.action, actorName: actor.displayName, at: auditLog.at, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .where(and(eq(auditLog.entity, "record"), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id)),
  ]);
  const { creatorName, reviewerName, full, yearOpen, closedYear, ...record } = row;
  return {
    record: record as RecordDetail["record"],
    values,
    creatorName,
    reviewerName,
    namedByField: Object.fromEntries(workerFields(row.full.kind).map((f) => [f.name, named.filter((n) => n.role === f.role).map((n) => ({ workerId: n.workerId, name: n.name, employeeNo: n.employeeNo }))])),
    evidence,
    history,
    actions: yearOpen ? allowedActions(user, full) : [],
    closedYear: closedYear === null ? null : Number(closedYear),
  };
}

/** An evidence file's bytes, only when its record is within the user's scope. */
export async function getEvidenceContent(user: CurrentUser, attachmentId: string, thumbnail: boolean) {
  if (!/^[0-9a-f-]{36}$/i.test(attachmentId)) return null;
  const db = await getDb();
  const [row] = await db
    .select({
      filename: attachments.filename,
      mimeType: attachments.mimeType,
      data: thumbnail ? sql<Buffer>`coalesce(${attachments.thumbnail}, ${attachments.data})`.mapWith(attachments.data) : attachments.data,
      hasThumbnail: sql<boolean>`${attachments.thumbnail} is not null`,
    })
    .from(attachments)
    .innerJoin(records, eq(records.id, attachments.recordId))
    .where(and(eq(attachments.id, attachmentId), recordScopeFor(user)));
  if (!row) return null;
  return { filename: row.filename, mimeType: thumbnail && row.hasThumbnail ? "image/webp" : row.mimeType, data: row.data };
}

export interface PickableWorker {
  id: string;
  name: string;
  employeeNo: string;
  post: string | null;
  teamId: string;
  teamName: string;
}

/** Workers a record may name: the team's active roster for a leader, the unit's for a union. */
export async function listPickableWorkers(user: CurrentUser): Promise<PickableWorker[]> {
  if (user.role === "office") return [];
  const db = await getDb();
  return db
    .select({ id: workers.id, name: workers.name, employeeNo: workers.employeeNo, post: workers.post, teamId: workers.teamId, teamName: team.name })
    .from(workers)
    .innerJoin(team, eq(team.id, workers.teamId))
    .where(
      and(
        eq(workers.status, "active"),
        isNull(team.archivedAt),
        eq(workers.countyId, user.countyId),
        user.role === "leader" ? eq(workers.teamId, user.teamId!) : eq(workers.unitId, user.unitId!),
      ),
    )
    .orderBy(asc(team.name), asc(workers.employeeNo));
}

/** The form values of the user's team's latest study session, to start a new one from a copy. */
export async function getLastStudySessionValues(user: CurrentUser): Promise<Record<string, unknown> | null> {
  if (user.role !== "leader") return null;
  const db = await getDb();
  const [last] = await db
    .select()
    .from(records)
    .where(and(ownedRecordsFor(user), eq(records.kind, "study_session")))
    .orderBy(desc(records.occurredOn), desc(records.createdAt))
    .limit(1);
  if (!last) return null;
  const values = await readRecordValues(db, last);
  const attending = await db
    .select({ id: workers.id })
    .from(workers)
    .where(and(inArray(workers.id, (values.attendees as string[]).length ? (values.attendees as string[]) : ["00000000-0000-0000-0000-000000000000"]), eq(workers.status, "active")));
  // A copy keeps the routine (form, content, hours, place, presenter, who attends), not the date or topic.
  return { ...values, title: "", occurredOn: "", summary: "", attendees: attending.map((w) => w.id) };
}

/** The latest records the user's own org logged (a leader's team, a union's unit). */
export async function listMyRecentRecords(user: CurrentUser, limit = 5): Promise<RecordListRow[]> {
  const db = await getDb();
  const rows = await db
    .select(listColumns)
    .from(records)
    .leftJoin(team, eq(team.id, records.teamId))
    .leftJoin(unit, eq(unit.id, records.unitId))
    .where(ownedRecordsFor(user))
    .orderBy(desc(records.updatedAt))
    .limit(limit);
  return rows as RecordListRow[];
}

/** The user's own records sent back for changes, oldest first. */
export async function listMyRejectedRecords(user: CurrentUser): Promise<RecordListRow[]> {
  const db = await getDb();
  const rows = await db
    .select(listColumns)
    .from(records)
    .leftJoin(team, eq(team.id, records.teamId))
    .leftJoin(unit, eq(unit.id, records.unitId))
    // A closed year's sent-back records can no longer be changed: no "please resubmit" for them.
    .where(and(ownedRecordsFor(user), eq(records.status, "rejected"), recordInOpenYear))
    .orderBy(asc(records.reviewedAt))
    .limit(20);
  return rows as RecordListRow[];
}
