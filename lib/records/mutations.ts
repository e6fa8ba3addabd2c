import "server-only";
import { and, count, eq, inArray, sql } from "drizzle-orm";
import { getDb, type Queryable, type Transaction } from "@/db/client";
import { attachments, orgs, recordWorkers, records, workers } from "@/db/schema";
import { lockOpenYearOn, requireOpenYearOn } from "@/lib/periods/guard";
import { writeAudit } from "@/lib/audit/write-audit";
import { onLiveTeam } from "@/lib/workers/live";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { RecordKind } from "@/lib/domain/enums";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { applyRecordToStats } from "@/lib/stats/aggregates";
import { prepareEvidence, type PreparedEvidence } from "./evidence";
import { EVIDENCE_MAX_FILES } from "./evidence-rules";
import { KINDS, workerFields } from "./kinds";
import { OWNER_LEVEL_OF, statusAfter, statusesBefore, type RecordAction } from "./rules";
import { recordInputSchema, rejectSchema as reasonSchema, type RecordInput } from "./schemas";
import { readRecordValues, toColumns, workerIdsOf, type Fields, type RecordValues } from "./values";
import { ownedRecordsFor, recordScopeFor, reopenableRecordsFor, reviewableRecordsFor } from "./scope";
import { now } from "@/lib/time";
import { type ActionResult, fieldErrorsOf, invalid, refuse, type Refused } from "@/lib/actions/result";

interface Ownership {
  ownerLevel: "team" | "unit" | "county";
  countyId: string;
  unitId: string | null;
  teamId: string | null;
}

/**
 * Checks what only the database knows: named workers belong to the record's team (or unit), the
 * attributed team belongs to the union's unit, and the date falls in an open evaluation year.
 */
async function checkAgainstDatabase(tx: Transaction, own: Ownership, kind: RecordKind, values: RecordValues): Promise<Record<string, string[]> | null> {
  const errors: Record<string, string[]> = {};
  for (const field of workerFields(kind)) {
    const ids = workerIdsOf(values, field.name);
    if (!ids.length) continue;
    const [{ n }] = await tx
      .select({ n: count() })
      .from(workers)
      .where(
        and(
          inArray(workers.id, ids),
          eq(workers.status, "active"),
          onLiveTeam,
          eq(workers.countyId, own.countyId),
          own.ownerLevel === "team" ? eq(workers.teamId, own.teamId!) : own.unitId ? eq(workers.unitId, own.unitId) : undefined,
        ),
      );
    if (n !== ids.length) errors[field.name] = ["validation.workerOutsideTeam"];
  }
  // Share-locked: a close of that year waits for this write, or this write sees the year closed.
  if (!(await lockOpenYearOn(tx, own.countyId, values.occurredOn))) errors.occurredOn = ["validation.periodClosed"];
  return Object.keys(errors).length ? errors : null;
}

async function resolveTeamAttribution(tx: Transaction, user: CurrentUser, teamId: string | undefined): Promise<string | null | false> {
  if (!teamId) return null;
  if (user.role !== "union") return false;
  const [team] = await tx
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.id, teamId), eq(orgs.level, "team"), eq(orgs.unitId, user.unitId!), sql`${orgs.archivedAt} is null`));
  return team ? team.id : false;
}

async function insertEvidence(tx: Transaction, user: CurrentUser, recordId: string, countyId: string, items: PreparedEvidence[]) {
  if (!items.length) return;
  const rows = await tx
    .insert(attachments)
    .values(items.map((i) => ({ ...i, recordId, uploadedBy: user.id })))
    .returning({ id: attachments.id, filename: attachments.filename });
  await writeAudit(tx, {
    actorId: user.id,
    action: "record.evidence_added",
    entity: "record",
    entityId: recordId,
    countyId,
    after: { files: rows.map((r) => r.filename) },
  });
}

/** The record this user already made with a client token (a unique index allows one per user and token). */
async function recordMadeWith(db: Queryable, user: CurrentUser, clientToken: string): Promise<{ id: string; kind: RecordKind } | undefined> {
  const [made] = await db
    .select({ id: records.id, kind: records.kind })
    .from(records)
    .where(and(eq(records.createdBy, user.id), eq(records.clientToken, clientToken)));
  return made;
}

/** A send whose token already made a record is answered with that record; a token of another kind's record is a client's mistake. */
function answerResend(made: { id: string; kind: RecordKind }, kind: RecordKind): ActionResult<{ id: string }> {
  return made.kind === kind ? { ok: true, data: { id: made.id } } : refuse("conflict", "errors.unexpected");
}

/** Creates a record of `kind` at the user's own org, as a draft or straight into review. */
export async function createRecord(
  user: CurrentUser,
  kind: RecordKind,
  input: RecordInput,
  opts: { submit: boolean; clientToken?: string; files?: File[] },
): Promise<ActionResult<{ id: string }>> {
  if (!KINDS[kind].loggedBy.includes(user.role)) return refuse("forbidden", "errors.forbidden");
  // A resend of a record that arrived (the phone lost the answer) answers with that record before the
  // record is checked again: it could be refused by what changed since (an attendee left, the year
  // closed), and the phone would turn a record the server has into a draft, whose next send would drop the edits.
  if (opts.clientToken) {
    const sent = await recordMadeWith(await getDb(), user, opts.clientToken);
    if (sent) return answerResend(sent, kind);
  }
  const parsed = recordInputSchema(kind).safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const evidence = await prepareEvidence(opts.files ?? [], 0);
  if (!evidence.ok) return invalid({ evidence: [evidence.message] });
  const values = parsed.data;
  const { columns, details, named } = toColumns(kind, values);
  const ownerLevel = OWNER_LEVEL_OF[user.role];
  return inTransaction(async (tx) => {
    const attributed = await resolveTeamAttribution(tx, user, values.team);
    if (attributed === false) throw new Refusal(invalid({ team: ["validation.invalidOption"] }));
    const own: Ownership = {
      ownerLevel,
      countyId: user.countyId,
      unitId: user.role === "office" ? null : user.unitId,
      teamId: user.role === "leader" ? user.teamId : attributed,
    };
    const problems = await checkAgainstDatabase(tx, own, kind, values);
    if (problems) throw new Refusal(invalid(problems));
    const status = opts.submit ? statusAfter("submit", own) : "draft";
    const at = now();
    const [row] = await tx
      .insert(records)
      .values({
        ...columns,
        ...own,
        kind,
        status,
        title: values.title,
        occurredOn: values.occurredOn,
        details,
        createdBy: user.id,
        clientToken: opts.clientToken ?? null,
        submittedAt: opts.submit ? at : null,
        reviewedBy: status === "approved" ? user.id : null,
        reviewedAt: status === "approved" ? at : null,
      })
      .onConflictDoNothing({ target: [records.createdBy, records.clientToken] })
      .returning({ id: records.id });
    if (!row) {
      // The same form was sent twice at once (a double click): answer with the record the first one made.
      return answerResend((await recordMadeWith(tx, user, opts.clientToken!))!, kind);
    }
    if (named.length) await tx.insert(recordWorkers).values(named.map((n) => ({ ...n, recordId: row.id })));
    // The office's own records are approved as they are created: they count at once.
    if (status === "approved") await applyRecordToStats(tx, row.id, 1);
    const created = { actorId: user.id, action: "record.created", entity: "record", entityId: row.id, countyId: user.countyId, after: { kind, ...values } };
    const submitted = { actorId: user.id, action: `record.${status === "approved" ? "submitted_approved" : "submitted"}`, entity: "record", entityId: row.id, countyId: user.countyId };
    await writeAudit(tx, opts.submit ? [created, submitted] : created);
    await insertEvidence(tx, user, row.id, user.countyId, evidence.items);
    return { ok: true, data: { id: row.id } };
  });
}

function changedFields(before: Fields, after: Fields): { before: Fields; after: Fields } {
  const b: Fields = {};
  const a: Fields = {};
  for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
    if (JSON.stringify(before[key] ?? null) !== JSON.stringify(after[key] ?? null)) {
      b[key] = before[key] ?? null;
      a[key] = after[key] ?? null;
    }
  }
  return { before: b, after: a };
}

/** Edits a draft or rejected record the user owns; with `submit`, sends it (back) for review. */
export async function updateRecord(
  user: CurrentUser,
  id: string,
  version: number,
  input: RecordInput,
  opts: { submit: boolean; files?: File[] },
): Promise<ActionResult<{ id: string }>> {
  const db = await getDb();
  const [current] = await db.select().from(records).where(and(eq(records.id, id), recordScopeFor(user)));
  if (!current) return refuse("not_found", "records.error.notFound");
  const parsed = recordInputSchema(current.kind).safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const values = parsed.data;
  const { columns, details, named } = toColumns(current.kind, values);
  // Photos are re-encoded before the transaction (as createRecord does), which then only counts and writes.
  const evidence = await prepareEvidence(opts.files ?? [], 0);
  if (!evidence.ok) return invalid({ evidence: [evidence.message] });
  return inTransaction(async (tx) => {
    // A record of a closed year stays as it is, whatever date the edit would give it.
    await requireOpenYearOn(tx, current.countyId, current.occurredOn);
    if (await overFileLimit(tx, id, evidence.items.length)) throw new Refusal(invalid({ evidence: ["evidence.tooMany"] }));
    const attributed = current.ownerLevel === "unit" ? await resolveTeamAttribution(tx, user, values.team) : current.teamId;
    if (attributed === false) throw new Refusal(invalid({ team: ["validation.invalidOption"] }));
    const own: Ownership = { ownerLevel: current.ownerLevel, countyId: current.countyId, unitId: current.unitId, teamId: attributed };
    const problems = await checkAgainstDatabase(tx, own, current.kind, values);
    if (problems) throw new Refusal(invalid(problems));
    const before = await readRecordValues(tx, current);
    const status = opts.submit ? statusAfter("submit", current) : current.status;
    const at = now();
    const [row] = await tx
      .update(records)
      .set({
        ...columns,
        title: values.title,
        occurredOn: values.occurredOn,
        teamId: own.teamId,
        details,
        status,
        version: sql`${records.version} + 1`,
        ...(opts.submit ? { submittedAt: at, reviewNote: null } : {}),
        ...(status === "approved" ? { reviewedBy: user.id, reviewedAt: at } : {}),
      })
      .where(and(eq(records.id, id), eq(records.version, version), inArray(records.status, statusesBefore("edit")), ownedRecordsFor(user)))
      .returning({ id: records.id });
    if (!row) throw new Refusal(await explainRefusal(tx, user, id, version));
    await tx.delete(recordWorkers).where(eq(recordWorkers.recordId, id));
    if (named.length) await tx.insert(recordWorkers).values(named.map((n) => ({ ...n, recordId: id })));
    if (opts.submit && status === "approved") await applyRecordToStats(tx, id, 1);
    // Named workers have no order: sort them as readRecordValues does, so a reordering is not logged as a change.
    const after: Fields = { ...values };
    for (const field of workerFields(current.kind)) after[field.name] = [...workerIdsOf(values, field.name)].sort();
    await writeAudit(tx, { actorId: user.id, action: "record.updated", entity: "record", entityId: id, countyId: current.countyId, ...changedFields(before, after) });
    if (opts.submit) {
      await writeAudit(tx, { actorId: user.id, action: `record.${status === "approved" ? "submitted_approved" : "submitted"}`, entity: "record", entityId: id, countyId: current.countyId });
    }
    await insertEvidence(tx, user, id, current.countyId, evidence.items);
    return { ok: true, data: { id } };
  });
}

/** Why a guarded update touched nothing: gone/out of scope, already handled, or not allowed. */
export async function explainRefusal(tx: Transaction, user: CurrentUser, id: string, version: number | null): Promise<Refused> {
  const [rec] = await tx.select({ version: records.version, status: records.status }).from(records).where(and(eq(records.id, id), recordScopeFor(user)));
  if (!rec) return refuse("not_found", "records.error.notFound");
  // null: the caller had no version to compare (addEvidence), so skip the staleness check.
  if (version !== null && rec.version !== version) return refuse("conflict", "records.error.alreadyHandled");
  if (rec.status === "approved") return refuse("invalid_input", "records.error.locked");
  return refuse("forbidden", "errors.forbidden");
}

const AUDIT_ACTION = { submit: "record.submitted", withdraw: "record.withdrawn", approve: "record.approved", reject: "record.rejected", reopen: "record.reopened" } as const;

const ACTOR_CONDITION: Record<Exclude<RecordAction, "edit">, (u: CurrentUser) => ReturnType<typeof ownedRecordsFor>> = {
  submit: ownedRecordsFor,
  withdraw: ownedRecordsFor,
  approve: reviewableRecordsFor,
  reject: reviewableRecordsFor,
  reopen: reopenableRecordsFor,
};

/**
 * Moves a record along the workflow. One guarded UPDATE (status, version and the actor's right in the
 * WHERE) plus its audit row, in one transaction: of two reviewers at once exactly one wins.
 */
export async function transitionRecord(
  user: CurrentUser,
  id: string,
  action: Exclude<RecordAction, "edit">,
  opts: { version: number; reason?: string },
): Promise<ActionResult> {
  if ((action === "reject" || action === "reopen") && !opts.reason?.trim()) {
    return invalid({ reason: ["validation.reasonRequired"] });
  }
  // The form's rule for a reason holds for every caller (the JSON route too): at most 500 characters, as typed.
  if (opts.reason !== undefined) {
    const checked = reasonSchema.safeParse({ reason: opts.reason });
    if (!checked.success) return invalid(fieldErrorsOf(checked.error));
  }
  return inTransaction(async (tx) => {
    const [rec] = await tx
      .select({ ownerLevel: records.ownerLevel, countyId: records.countyId, occurredOn: records.occurredOn })
      .from(records)
      .where(and(eq(records.id, id), recordScopeFor(user)));
    if (!rec) throw new Refusal(refuse("not_found", "records.error.notFound"));
    // Until its year is closed, a record dated in it is still submitted, reviewed and reopened (in January too).
    await requireOpenYearOn(tx, rec.countyId, rec.occurredOn);
    const next = statusAfter(action, rec);
    const at = now();
    const reviewed = next === "approved" || action === "reject" || action === "reopen";
    const [row] = await tx
      .update(records)
      .set({
        status: next,
        version: sql`${records.version} + 1`,
        ...(action === "submit" ? { submittedAt: at } : {}),
        // Withdrawn, it leaves the reviewer's queue (which lists submitted records by their submission time).
        ...(action === "withdraw" ? { submittedAt: null } : {}),
        ...(reviewed ? { reviewedBy: user.id, reviewedAt: at } : {}),
        reviewNote: action === "reject" || action === "reopen" ? opts.reason!.trim() : null,
      })
      .where(and(eq(records.id, id), eq(records.version, opts.version), inArray(records.status, statusesBefore(action)), ACTOR_CONDITION[action](user)))
      .returning({ status: records.status, countyId: records.countyId });
    if (!row) throw new Refusal(await explainRefusal(tx, user, id, opts.version));
    // The maintained aggregates change with the record, in this same transaction.
    if (next === "approved") await applyRecordToStats(tx, id, 1);
    else if (action === "reopen") await applyRecordToStats(tx, id, -1);
    await writeAudit(tx, {
      actorId: user.id,
      action: action === "submit" && next === "approved" ? "record.submitted_approved" : AUDIT_ACTION[action],
      entity: "record",
      entityId: id,
      countyId: row.countyId,
      after: opts.reason ? { status: next, reason: opts.reason.trim() } : { status: next },
    });
    return { ok: true };
  });
}

/** Approves several records; each is guarded on its own, so one already handled does not stop the rest. */
export async function approveMany(user: CurrentUser, items: { id: string; version: number }[]): Promise<{ approved: number; skipped: number }> {
  let approved = 0;
  for (const item of items) {
    const result = await transitionRecord(user, item.id, "approve", { version: item.version });
    if (result.ok) approved++;
  }
  return { approved, skipped: items.length - approved };
}

/** Whether `adding` more files would take the record past its limit (counted inside the writing transaction). */
async function overFileLimit(tx: Transaction, recordId: string, adding: number): Promise<boolean> {
  if (!adding) return false;
  const [{ n }] = await tx.select({ n: count() }).from(attachments).where(eq(attachments.recordId, recordId));
  return n + adding > EVIDENCE_MAX_FILES;
}

/** Adds evidence to a draft or rejected record the user owns. */
export async function addEvidence(user: CurrentUser, recordId: string, files: File[]): Promise<ActionResult> {
  // Re-encoded before the record's row is locked: the lock is held only while counting and writing.
  const evidence = await prepareEvidence(files, 0);
  if (!evidence.ok) return { ok: false, code: "invalid_input", message: evidence.message };
  if (!evidence.items.length) return refuse("invalid_input", "evidence.none");
  return inTransaction(async (tx) => {
    // Lock the record row so two uploads at once cannot pass the 9-file limit together.
    const [rec] = await tx
      .select({ id: records.id, countyId: records.countyId, occurredOn: records.occurredOn })
      .from(records)
      .where(and(eq(records.id, recordId), ownedRecordsFor(user), inArray(records.status, statusesBefore("edit"))))
      .for("update");
    if (!rec) throw new Refusal(await explainRefusal(tx, user, recordId, null));
    await requireOpenYearOn(tx, rec.countyId, rec.occurredOn);
    if (await overFileLimit(tx, recordId, evidence.items.length)) throw new Refusal(refuse("invalid_input", "evidence.tooMany"));
    await insertEvidence(tx, user, recordId, rec.countyId, evidence.items);
    return { ok: true };
  });
}

/** Removes one piece of evidence from a draft or rejected record the user owns. */
export async function removeEvidence(user: CurrentUser, attachmentId: string): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const [att] = await tx
      .select({ id: attachments.id, recordId: attachments.recordId, filename: attachments.filename, countyId: records.countyId, occurredOn: records.occurredOn })
      .from(attachments)
      .innerJoin(records, eq(records.id, attachments.recordId))
      .where(and(eq(attachments.id, attachmentId), ownedRecordsFor(user), inArray(records.status, statusesBefore("edit"))));
    if (!att) return refuse("not_found", "records.error.notFound");
    await requireOpenYearOn(tx, att.countyId, att.occurredOn);
    await tx.delete(attachments).where(eq(attachments.id, attachmentId));
    await writeAudit(tx, { actorId: user.id, action: "record.evidence_removed", entity: "record", entityId: att.recordId, countyId: att.countyId, before: { file: att.filename } });
    return { ok: true };
  });
}
