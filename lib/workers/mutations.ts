import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { orgs, recordWorkers, workers, type NewWorker } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { workerScopeFor } from "@/lib/auth/scope";
import type { WorkerStatus } from "@/lib/domain/enums";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { workerInputSchema, type WorkerInput } from "./schemas";
import { now } from "@/lib/time";
import { type ActionResult, done, fieldErrorsOf, invalid, refuse, type Refused } from "@/lib/actions/result";

/** A live team of the union's own unit, or a refusal on the team field. */
async function requireOwnTeam(tx: Transaction, user: CurrentUser, teamId: string): Promise<string> {
  const [team] = await tx
    .select({ id: orgs.id })
    .from(orgs)
    .where(and(eq(orgs.id, teamId), eq(orgs.level, "team"), eq(orgs.countyId, user.countyId), eq(orgs.unitId, user.unitId!), isNull(orgs.archivedAt)));
  if (!team) throw new Refusal(invalid({ teamId: ["validation.invalidOption"] }));
  return team.id;
}

/** Employee numbers are unique within a unit: a duplicate is said on its field. */
const EMPLOYEE_NO_ANSWERS = { unique: { workers_unit_employee_no_idx: invalid({ employeeNo: ["workers.error.employeeNoTaken"] }) } };

function parse(input: unknown): { ok: true; data: WorkerInput } | { ok: false; result: Refused } {
  const parsed = workerInputSchema.safeParse(input);
  return parsed.success ? { ok: true, data: parsed.data } : { ok: false, result: invalid(fieldErrorsOf(parsed.error)) };
}

function manageable(user: CurrentUser): boolean {
  return can(user, "workers.manage") && user.unitId !== null;
}

/** Adds a worker to a team of the union's unit. Employee numbers are unique within the unit. */
export async function createWorker(user: CurrentUser, input: unknown): Promise<ActionResult<{ id: string }>> {
  if (!manageable(user)) return refuse("forbidden", "errors.forbidden");
  const parsed = parse(input);
  if (!parsed.ok) return parsed.result;
  const { teamId, ...facts } = parsed.data;
  return inTransaction(async (tx) => {
    const team = await requireOwnTeam(tx, user, teamId);
    const [row] = await tx
      .insert(workers)
      .values({ ...facts, teamId: team, unitId: user.unitId!, countyId: user.countyId })
      .returning({ id: workers.id });
    await writeAudit(tx, { actorId: user.id, action: "worker.created", entity: "worker", entityId: row!.id, countyId: user.countyId, after: { teamId: team, ...facts } });
    return { ok: true, data: { id: row!.id } };
  }, EMPLOYEE_NO_ANSWERS);
}

/** Edits a worker of the union's unit, which may move it to another of the unit's teams. */
export async function updateWorker(user: CurrentUser, id: string, version: number, input: unknown): Promise<ActionResult<{ id: string }>> {
  if (!manageable(user)) return refuse("forbidden", "errors.forbidden");
  const parsed = parse(input);
  if (!parsed.ok) return parsed.result;
  const values = parsed.data;
  return inTransaction(async (tx) => {
    const [before] = await tx.select().from(workers).where(and(eq(workers.id, id), workerScopeFor(user)));
    if (!before) throw new Refusal(refuse("not_found", "errors.notFound"));
    await requireOwnTeam(tx, user, values.teamId);
    const [row] = await tx
      .update(workers)
      .set({ ...values, version: sql`${workers.version} + 1` })
      .where(and(eq(workers.id, id), eq(workers.version, version), workerScopeFor(user)))
      .returning({ id: workers.id });
    if (!row) throw new Refusal(refuse("conflict", "errors.conflict"));
    const changedBefore: Record<string, unknown> = {};
    const changedAfter: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(values)) {
      const old = (before as unknown as Record<string, unknown>)[k] ?? null;
      if (old !== (v ?? null)) {
        changedBefore[k] = old;
        changedAfter[k] = v ?? null;
      }
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: values.teamId !== before.teamId ? "worker.moved" : "worker.updated",
      entity: "worker",
      entityId: id,
      countyId: user.countyId,
      before: changedBefore,
      after: changedAfter,
    });
    return { ok: true, data: { id } };
  }, EMPLOYEE_NO_ANSWERS);
}

/**
 * Marks a worker as having left (kept with its history: sessions attended, proposals made), or
 * brings a worker who left back onto the roster of a live team.
 */
export async function setWorkerStatus(user: CurrentUser, id: string, version: number, status: WorkerStatus): Promise<ActionResult> {
  if (!manageable(user)) return refuse("forbidden", "errors.forbidden");
  return inTransaction(async (tx) => {
    const [current] = await tx
      .select({ status: workers.status, version: workers.version, teamId: workers.teamId })
      .from(workers)
      .where(and(eq(workers.id, id), workerScopeFor(user)));
    if (!current) throw new Refusal(refuse("not_found", "errors.notFound"));
    if (status === "active") {
      const [team] = await tx.select({ archivedAt: orgs.archivedAt }).from(orgs).where(eq(orgs.id, current.teamId));
      if (team?.archivedAt) throw new Refusal(refuse("invalid_input", "workers.error.teamArchived"));
    }
    const [row] = await tx
      .update(workers)
      .set({ status, leftAt: status === "left" ? now() : null, version: sql`${workers.version} + 1` })
      .where(and(eq(workers.id, id), eq(workers.version, version), eq(workers.status, status === "left" ? "active" : "left"), workerScopeFor(user)))
      .returning({ id: workers.id });
    if (!row) throw new Refusal(refuse("conflict", "errors.conflict"));
    await writeAudit(tx, {
      actorId: user.id,
      action: status === "left" ? "worker.left" : "worker.rejoined",
      entity: "worker",
      entityId: id,
      countyId: user.countyId,
      before: { status: current.status },
      after: { status },
    });
    return done(status === "left" ? "workers.done.left" : "workers.done.rejoined");
  });
}

/**
 * Deletes a worker entered by mistake. A worker named on any record (attended a session, made a
 * proposal …) is never deleted: mark it as left instead. The check and the delete are one statement,
 * and the foreign key from record_workers backs it up.
 */
export async function deleteWorker(user: CurrentUser, id: string): Promise<ActionResult> {
  if (!manageable(user)) return refuse("forbidden", "errors.forbidden");
  return inTransaction(async (tx) => {
    const [row] = await tx
      .delete(workers)
      .where(
        and(
          eq(workers.id, id),
          workerScopeFor(user),
          sql`not exists (select 1 from ${recordWorkers} where ${recordWorkers.workerId} = ${workers.id})`,
        ),
      )
      .returning();
    if (!row) {
      const [exists] = await tx.select({ id: workers.id }).from(workers).where(and(eq(workers.id, id), workerScopeFor(user)));
      return exists ? refuse("conflict", "workers.error.hasHistory") : refuse("not_found", "errors.notFound");
    }
    await writeAudit(tx, { actorId: user.id, action: "worker.deleted", entity: "worker", entityId: id, countyId: user.countyId, before: row });
    return done("workers.done.deleted");
  }, { foreignKey: refuse("conflict", "workers.error.hasHistory") });
}

/** The facts of a worker a roster import compares with what is held, and writes. */
export const ROSTER_FACTS = ["name", "teamId", "gender", "education", "skillLevel", "post", "birthDate"] as const;
export type RosterFacts = Record<(typeof ROSTER_FACTS)[number], string | null>;

const ROSTER_WRITE_CHUNK = 1000;

/**
 * Writes a checked roster import into one unit, inside the import's transaction: new workers added,
 * known ones (by id, within the unit) given their new facts, 1,000 rows a statement, reporting the
 * running count after each. The caller has checked every row and holds the unit's lock.
 */
export async function writeRosterRows(
  tx: Transaction,
  unitId: string,
  inserts: NewWorker[],
  updates: (RosterFacts & { id: string })[],
  onWritten: (written: number) => void | Promise<void>,
): Promise<void> {
  let written = 0;
  for (let i = 0; i < inserts.length; i += ROSTER_WRITE_CHUNK) {
    const chunk = inserts.slice(i, i + ROSTER_WRITE_CHUNK);
    await tx.insert(workers).values(chunk);
    written += chunk.length;
    await onWritten(written);
  }
  for (let i = 0; i < updates.length; i += ROSTER_WRITE_CHUNK) {
    const chunk = updates.slice(i, i + ROSTER_WRITE_CHUNK);
    const values = sql.join(
      chunk.map(
        (u) =>
          sql`(${u.id}::uuid, ${u.name}::text, ${u.teamId}::uuid, ${u.gender}::gender, ${u.education}::education_level, ${u.skillLevel}::skill_level, ${u.post}::text, ${u.birthDate}::date)`,
      ),
      sql`, `,
    );
    await tx.execute(sql`
      update workers as w
      set name = v.name, team_id = v.team_id, gender = v.gender, education = v.education, skill_level = v.skill_level,
          post = v.post, birth_date = v.birth_date, version = w.version + 1, updated_at = now()
      from (values ${values}) as v(id, name, team_id, gender, education, skill_level, post, birth_date)
      where w.id = v.id and w.unit_id = ${unitId}::uuid`);
    written += chunk.length;
    await onWritten(written);
  }
}
