import "server-only";
import { randomUUID } from "node:crypto";
import { and, count, eq, inArray, isNotNull, isNull, or, sql, type SQL } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { orgs, users, workers } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { teamInputSchema, unitInputSchema, type TeamInput, type UnitInput } from "./schemas";
import { now } from "@/lib/time";
import { type ActionResult, done, fieldErrorsOf, invalid, refuse } from "@/lib/actions/result";

type Level = "unit" | "team";

/**
 * NOTE: the orgs a user may edit, archive and restore: an office its county's units, a union its
 * unit's teams. Nobody edits its own org or anything above it; an office sees teams read-only.
 */
function editableOrgsFor(user: CurrentUser, level: Level): SQL {
  if (level === "unit" && can(user, "units.manage")) return and(eq(orgs.level, "unit"), eq(orgs.countyId, user.countyId))!;
  if (level === "team" && can(user, "teams.manage") && user.unitId) {
    return and(eq(orgs.level, "team"), eq(orgs.countyId, user.countyId), eq(orgs.unitId, user.unitId))!;
  }
  return sql`false`;
}


/** Either level the user may edit; or() parenthesises, so it is safe inside and(). */
function editableByUser(user: CurrentUser): SQL {
  return or(editableOrgsFor(user, "unit"), editableOrgsFor(user, "team"))!;
}

/** Two live siblings may not share a name (orgs_parent_name_idx): said on the name field. */
const NAME_ANSWERS = { unique: { orgs_parent_name_idx: invalid({ name: ["org.error.nameTaken"] }) } };

function diff(before: Record<string, unknown>, after: Record<string, unknown>) {
  const b: Record<string, unknown> = {};
  const a: Record<string, unknown> = {};
  for (const k of Object.keys(after)) {
    if ((before[k] ?? null) !== (after[k] ?? null)) {
      b[k] = before[k] ?? null;
      a[k] = after[k] ?? null;
    }
  }
  return { before: b, after: a };
}

/** A new unit of the office's county. */
export async function createUnit(user: CurrentUser, input: unknown): Promise<ActionResult<{ id: string }>> {
  if (!can(user, "units.manage")) return refuse("forbidden", "errors.forbidden");
  const parsed = unitInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const id = randomUUID();
  return inTransaction(async (tx) => {
    await tx.insert(orgs).values({ id, level: "unit", parentId: user.countyId, countyId: user.countyId, unitId: id, ...parsed.data });
    await writeAudit(tx, { actorId: user.id, action: "org.created", entity: "org", entityId: id, countyId: user.countyId, after: { level: "unit", ...parsed.data } });
    return { ok: true, data: { id } };
  }, NAME_ANSWERS);
}

/** A new team (班组 or 科室) of the union's unit. */
export async function createTeam(user: CurrentUser, input: unknown): Promise<ActionResult<{ id: string }>> {
  if (!can(user, "teams.manage") || !user.unitId) return refuse("forbidden", "errors.forbidden");
  const parsed = teamInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const id = randomUUID();
  const unitId = user.unitId;
  return inTransaction(async (tx) => {
    await tx.insert(orgs).values({ id, level: "team", parentId: unitId, countyId: user.countyId, unitId, ...parsed.data });
    await writeAudit(tx, { actorId: user.id, action: "org.created", entity: "org", entityId: id, countyId: user.countyId, after: { level: "team", ...parsed.data } });
    return { ok: true, data: { id } };
  }, NAME_ANSWERS);
}

async function updateOrg(
  user: CurrentUser,
  level: Level,
  id: string,
  version: number,
  values: UnitInput | TeamInput,
): Promise<ActionResult<{ id: string }>> {
  return inTransaction(async (tx) => {
    const [before] = await tx
      .select()
      .from(orgs)
      .where(and(eq(orgs.id, id), editableOrgsFor(user, level), isNull(orgs.archivedAt)));
    if (!before) throw new Refusal(refuse("not_found", "errors.notFound"));
    const [row] = await tx
      .update(orgs)
      .set({ ...values, version: sql`${orgs.version} + 1` })
      .where(and(eq(orgs.id, id), eq(orgs.version, version), editableOrgsFor(user, level), isNull(orgs.archivedAt)))
      .returning({ id: orgs.id });
    if (!row) throw new Refusal(refuse("conflict", "errors.conflict"));
    await writeAudit(tx, {
      actorId: user.id,
      action: "org.updated",
      entity: "org",
      entityId: id,
      countyId: user.countyId,
      ...diff(before as unknown as Record<string, unknown>, values),
    });
    return { ok: true, data: { id } };
  }, NAME_ANSWERS);
}

/** Edits a unit of the office's county; a stale `version` (someone edited it meanwhile) is refused. */
export async function updateUnit(user: CurrentUser, id: string, version: number, input: unknown): Promise<ActionResult<{ id: string }>> {
  if (!can(user, "units.manage")) return refuse("forbidden", "errors.forbidden");
  const parsed = unitInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return updateOrg(user, "unit", id, version, parsed.data);
}

/** Edits a team of the union's unit. */
export async function updateTeam(user: CurrentUser, id: string, version: number, input: unknown): Promise<ActionResult<{ id: string }>> {
  if (!can(user, "teams.manage")) return refuse("forbidden", "errors.forbidden");
  const parsed = teamInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return updateOrg(user, "team", id, version, parsed.data);
}

async function countActiveWorkers(tx: Transaction, teamId: string): Promise<number> {
  const [{ n }] = await tx
    .select({ n: count() })
    .from(workers)
    .where(and(eq(workers.teamId, teamId), eq(workers.status, "active")));
  return n;
}

/**
 * Archives a unit (office) with all its teams, or a team (union) whose roster is empty. Accounts
 * bound to them stop working at their next request; records and workers stay, out of sight.
 */
export async function archiveOrg(user: CurrentUser, id: string): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const [target] = await tx
      .select({ id: orgs.id, level: orgs.level, name: orgs.name })
      .from(orgs)
      .where(and(eq(orgs.id, id), isNull(orgs.archivedAt), editableByUser(user)))
      .for("update");
    if (!target) throw new Refusal(refuse("not_found", "errors.notFound"));
    if (target.level === "team") {
      const active = await countActiveWorkers(tx, id);
      if (active > 0) throw new Refusal(refuse("conflict", "org.error.teamHasWorkers", { n: active }));
    }
    const at = now();
    const archived = await tx
      .update(orgs)
      .set({ archivedAt: at, version: sql`${orgs.version} + 1` })
      .where(and(eq(orgs.id, id), isNull(orgs.archivedAt), editableByUser(user)))
      .returning({ id: orgs.id });
    if (archived.length !== 1) throw new Refusal(refuse("conflict", "errors.conflict"));
    const teams =
      target.level === "unit"
        ? await tx
            .update(orgs)
            .set({ archivedAt: at, version: sql`${orgs.version} + 1` })
            .where(and(eq(orgs.unitId, id), eq(orgs.level, "team"), isNull(orgs.archivedAt)))
            .returning({ id: orgs.id })
        : [];
    // Their sessions end for good: restoring the org later asks them to sign in again.
    const ended = await tx
      .update(users)
      .set({ sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(inArray(users.orgId, [id, ...teams.map((t) => t.id)]))
      .returning({ id: users.id });
    await writeAudit(tx, {
      actorId: user.id,
      action: "org.archived",
      entity: "org",
      entityId: id,
      countyId: user.countyId,
      after: { name: target.name, teamsArchived: teams.length, sessionsEnded: ended.length },
    });
    return done("org.done.archived");
  });
}

/** Brings an archived unit back with the teams archived along with it, or an archived team of a live unit. */
export async function restoreOrg(user: CurrentUser, id: string): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const [target] = await tx
      .select({ id: orgs.id, level: orgs.level, name: orgs.name, archivedAt: orgs.archivedAt, unitId: orgs.unitId })
      .from(orgs)
      .where(and(eq(orgs.id, id), isNotNull(orgs.archivedAt), editableByUser(user)))
      .for("update");
    if (!target) throw new Refusal(refuse("not_found", "errors.notFound"));
    const restored = await tx
      .update(orgs)
      .set({ archivedAt: null, version: sql`${orgs.version} + 1` })
      .where(and(eq(orgs.id, id), isNotNull(orgs.archivedAt), editableByUser(user)))
      .returning({ id: orgs.id });
    if (restored.length !== 1) throw new Refusal(refuse("conflict", "errors.conflict"));
    // The unit's teams that went with it (same moment) come back; teams archived earlier stay archived.
    const teams =
      target.level === "unit"
        ? await tx
            .update(orgs)
            .set({ archivedAt: null, version: sql`${orgs.version} + 1` })
            .where(and(eq(orgs.unitId, id), eq(orgs.level, "team"), eq(orgs.archivedAt, target.archivedAt!)))
            .returning({ id: orgs.id })
        : [];
    await writeAudit(tx, {
      actorId: user.id,
      action: "org.restored",
      entity: "org",
      entityId: id,
      countyId: user.countyId,
      after: { name: target.name, teamsRestored: teams.length },
    });
    return done("org.done.restored");
  }, { unique: { orgs_parent_name_idx: refuse("conflict", "org.error.restoreNameTaken") } });
}

