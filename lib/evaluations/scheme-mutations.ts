import "server-only";
import { and, eq, gt, lt, max, sql, desc, asc } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { evaluationIndicators, evaluationItems, evaluationSchemes, periods } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { DEFAULT_SCHEMES } from "./default-schemes";
import { schemeProblems } from "./engine";
import { insertSchemeTree, readSchemeTree, shapeOf, treeForCopy } from "./scheme-tree";
import { bandsInputSchema, indicatorInputSchema, itemInputSchema, type ItemFormValues } from "./schemas";
import { requireOpenPeriod } from "@/lib/periods/guard";
import { now } from "@/lib/time";
import { type ActionResult, fieldErrorsOf, invalid, refuse, type Refused } from "@/lib/actions/result";

/*
 * The office's scheme editor. Every change to a draft first bumps the scheme's revision with
 * `status = 'draft'` and the office's county in the WHERE: that one guarded UPDATE both locks the
 * scheme row (a publish waits for it) and refuses a published, foreign or missing scheme. The change
 * and its audit row share the transaction.
 */

const NOT_FOUND: Refused = refuse("not_found", "evaluations.error.schemeNotFound");

/** Locks a draft scheme of the office's county for a change, or refuses (missing, foreign, published). */
async function lockDraft(tx: Transaction, user: CurrentUser, schemeId: string) {
  if (!can(user, "schemes.manage")) throw new Refusal(refuse("forbidden", "errors.forbidden"));
  const [row] = await tx
    .update(evaluationSchemes)
    .set({ revision: sql`${evaluationSchemes.revision} + 1` })
    .where(and(eq(evaluationSchemes.id, schemeId), eq(evaluationSchemes.countyId, user.countyId), eq(evaluationSchemes.status, "draft")))
    .returning({ id: evaluationSchemes.id, target: evaluationSchemes.target, countyId: evaluationSchemes.countyId, revision: evaluationSchemes.revision, periodId: evaluationSchemes.periodId });
  if (row) {
    await requireOpenPeriod(tx, row.periodId);
    return row;
  }
  const [other] = await tx
    .select({ status: evaluationSchemes.status })
    .from(evaluationSchemes)
    .where(and(eq(evaluationSchemes.id, schemeId), eq(evaluationSchemes.countyId, user.countyId)));
  throw new Refusal(other ? refuse("conflict", "evaluations.error.frozen") : NOT_FOUND);
}

const audit = (tx: Transaction, user: CurrentUser, schemeId: string, action: string, before: unknown, after: unknown) =>
  writeAudit(tx, { actorId: user.id, action: `scheme.${action}`, entity: "scheme", entityId: schemeId, countyId: user.countyId, before, after });

export async function addIndicator(user: CurrentUser, schemeId: string, input: { name: unknown }): Promise<ActionResult> {
  const parsed = indicatorInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return inTransaction(async (tx) => {
    await lockDraft(tx, user, schemeId);
    const [{ last }] = await tx.select({ last: max(evaluationIndicators.position) }).from(evaluationIndicators).where(eq(evaluationIndicators.schemeId, schemeId));
    const [row] = await tx.insert(evaluationIndicators).values({ schemeId, name: parsed.data.name, position: (last ?? 0) + 1 }).returning({ id: evaluationIndicators.id });
    await audit(tx, user, schemeId, "indicator_added", null, { indicatorId: row!.id, name: parsed.data.name });
    return { ok: true };
  });
}

export async function renameIndicator(user: CurrentUser, schemeId: string, indicatorId: string, input: { name: unknown }): Promise<ActionResult> {
  const parsed = indicatorInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return inTransaction(async (tx) => {
    await lockDraft(tx, user, schemeId);
    const [before] = await tx.select({ name: evaluationIndicators.name }).from(evaluationIndicators).where(and(eq(evaluationIndicators.id, indicatorId), eq(evaluationIndicators.schemeId, schemeId)));
    if (!before) throw new Refusal(NOT_FOUND);
    await tx.update(evaluationIndicators).set({ name: parsed.data.name }).where(eq(evaluationIndicators.id, indicatorId));
    await audit(tx, user, schemeId, "indicator_renamed", { indicatorId, name: before.name }, { indicatorId, name: parsed.data.name });
    return { ok: true };
  });
}

export async function deleteIndicator(user: CurrentUser, schemeId: string, indicatorId: string): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    await lockDraft(tx, user, schemeId);
    const [gone] = await tx
      .delete(evaluationIndicators)
      .where(and(eq(evaluationIndicators.id, indicatorId), eq(evaluationIndicators.schemeId, schemeId)))
      .returning({ name: evaluationIndicators.name });
    if (!gone) throw new Refusal(NOT_FOUND);
    await audit(tx, user, schemeId, "indicator_deleted", { indicatorId, name: gone.name }, null);
    return { ok: true };
  });
}

/** Swaps an indicator with its neighbour above or below. */
export async function moveIndicator(user: CurrentUser, schemeId: string, indicatorId: string, direction: "up" | "down"): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    await lockDraft(tx, user, schemeId);
    const [me] = await tx.select().from(evaluationIndicators).where(and(eq(evaluationIndicators.id, indicatorId), eq(evaluationIndicators.schemeId, schemeId)));
    if (!me) throw new Refusal(NOT_FOUND);
    const [other] = await tx
      .select()
      .from(evaluationIndicators)
      .where(and(eq(evaluationIndicators.schemeId, schemeId), direction === "up" ? lt(evaluationIndicators.position, me.position) : gt(evaluationIndicators.position, me.position)))
      .orderBy(direction === "up" ? desc(evaluationIndicators.position) : asc(evaluationIndicators.position))
      .limit(1);
    if (!other) return { ok: true };
    await tx.update(evaluationIndicators).set({ position: other.position }).where(eq(evaluationIndicators.id, me.id));
    await tx.update(evaluationIndicators).set({ position: me.position }).where(eq(evaluationIndicators.id, other.id));
    await audit(tx, user, schemeId, "indicator_moved", { indicatorId, position: me.position }, { indicatorId, position: other.position });
    return { ok: true };
  });
}

/** Adds an item to an indicator (itemId null) or edits one. */
export async function saveItem(user: CurrentUser, schemeId: string, indicatorId: string, itemId: string | null, input: ItemFormValues): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const scheme = await lockDraft(tx, user, schemeId);
    const parsed = itemInputSchema(scheme.target).safeParse(input);
    if (!parsed.success) throw new Refusal(invalid(fieldErrorsOf(parsed.error)));
    const values = { ...parsed.data, mode: parsed.data.rule ? ("auto" as const) : ("manual" as const) };
    const [indicator] = await tx.select({ id: evaluationIndicators.id }).from(evaluationIndicators).where(and(eq(evaluationIndicators.id, indicatorId), eq(evaluationIndicators.schemeId, schemeId)));
    if (!indicator) throw new Refusal(NOT_FOUND);
    if (itemId === null) {
      const [{ last }] = await tx.select({ last: max(evaluationItems.position) }).from(evaluationItems).where(eq(evaluationItems.indicatorId, indicatorId));
      const [row] = await tx.insert(evaluationItems).values({ ...values, schemeId, indicatorId, position: (last ?? 0) + 1 }).returning({ id: evaluationItems.id });
      await audit(tx, user, schemeId, "item_added", null, { itemId: row!.id, ...values });
      return { ok: true };
    }
    const [before] = await tx.select().from(evaluationItems).where(and(eq(evaluationItems.id, itemId), eq(evaluationItems.schemeId, schemeId), eq(evaluationItems.indicatorId, indicatorId)));
    if (!before) throw new Refusal(NOT_FOUND);
    await tx.update(evaluationItems).set(values).where(eq(evaluationItems.id, itemId));
    const { name, maxPoints, guidance, evidence, mode, veto, rule } = before;
    await audit(tx, user, schemeId, "item_updated", { itemId, name, maxPoints, guidance, evidence, mode, veto, rule }, { itemId, ...values });
    return { ok: true };
  });
}

export async function deleteItem(user: CurrentUser, schemeId: string, itemId: string): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    await lockDraft(tx, user, schemeId);
    const [gone] = await tx.delete(evaluationItems).where(and(eq(evaluationItems.id, itemId), eq(evaluationItems.schemeId, schemeId))).returning({ name: evaluationItems.name, maxPoints: evaluationItems.maxPoints });
    if (!gone) throw new Refusal(NOT_FOUND);
    await audit(tx, user, schemeId, "item_deleted", { itemId, ...gone }, null);
    return { ok: true };
  });
}

/** Swaps an item with its neighbour within its indicator. */
export async function moveItem(user: CurrentUser, schemeId: string, itemId: string, direction: "up" | "down"): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    await lockDraft(tx, user, schemeId);
    const [me] = await tx.select().from(evaluationItems).where(and(eq(evaluationItems.id, itemId), eq(evaluationItems.schemeId, schemeId)));
    if (!me) throw new Refusal(NOT_FOUND);
    const [other] = await tx
      .select()
      .from(evaluationItems)
      .where(and(eq(evaluationItems.indicatorId, me.indicatorId), direction === "up" ? lt(evaluationItems.position, me.position) : gt(evaluationItems.position, me.position)))
      .orderBy(direction === "up" ? desc(evaluationItems.position) : asc(evaluationItems.position))
      .limit(1);
    if (!other) return { ok: true };
    await tx.update(evaluationItems).set({ position: other.position }).where(eq(evaluationItems.id, me.id));
    await tx.update(evaluationItems).set({ position: me.position }).where(eq(evaluationItems.id, other.id));
    await audit(tx, user, schemeId, "item_moved", { itemId, position: me.position }, { itemId, position: other.position });
    return { ok: true };
  });
}

export async function updateBands(user: CurrentUser, schemeId: string, input: Record<string, unknown>): Promise<ActionResult> {
  const parsed = bandsInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return inTransaction(async (tx) => {
    await lockDraft(tx, user, schemeId);
    const [before] = await tx.select({ bands: evaluationSchemes.bands }).from(evaluationSchemes).where(eq(evaluationSchemes.id, schemeId));
    await tx.update(evaluationSchemes).set({ bands: parsed.data }).where(eq(evaluationSchemes.id, schemeId));
    await audit(tx, user, schemeId, "bands_updated", before?.bands, parsed.data);
    return { ok: true };
  });
}

/**
 * Publishes a draft: refused unless the scheme is sound (exactly 100 points …) and unchanged since the
 * office looked at it (`revision`). From then on it is frozen.
 */
export async function publishScheme(user: CurrentUser, schemeId: string, revision: number): Promise<ActionResult> {
  if (!can(user, "schemes.manage")) return refuse("forbidden", "errors.forbidden");
  return inTransaction(async (tx) => {
    const [row] = await tx
      .select({ revision: evaluationSchemes.revision, status: evaluationSchemes.status, periodId: evaluationSchemes.periodId })
      .from(evaluationSchemes)
      .where(and(eq(evaluationSchemes.id, schemeId), eq(evaluationSchemes.countyId, user.countyId)))
      .for("update");
    if (!row) throw new Refusal(NOT_FOUND);
    await requireOpenPeriod(tx, row.periodId);
    if (row.status !== "draft") throw new Refusal(refuse("conflict", "evaluations.error.frozen"));
    if (row.revision !== revision) throw new Refusal(refuse("conflict", "evaluations.error.schemeChanged"));
    const tree = await readSchemeTree(tx, schemeId);
    const problems = schemeProblems(shapeOf(tree!));
    if (problems.length) {
      const total = problems.find((p) => p.code === "total");
      throw new Refusal(total ? refuse("invalid_input", "evaluations.error.publishTotal", { n: total.n ?? 0 }) : refuse("invalid_input", "evaluations.error.publishProblems"));
    }
    const at = now();
    const [done] = await tx
      .update(evaluationSchemes)
      .set({ status: "published", publishedAt: at, publishedBy: user.id, revision: sql`${evaluationSchemes.revision} + 1` })
      .where(and(eq(evaluationSchemes.id, schemeId), eq(evaluationSchemes.status, "draft"), eq(evaluationSchemes.revision, revision)))
      .returning({ id: evaluationSchemes.id });
    if (!done) throw new Refusal(refuse("conflict", "evaluations.error.schemeChanged"));
    await audit(tx, user, schemeId, "published", { status: "draft" }, { status: "published" });
    return { ok: true };
  });
}

/** Deletes a draft that no one has used. */
export async function deleteDraftScheme(user: CurrentUser, schemeId: string): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    await lockDraft(tx, user, schemeId);
    await tx.delete(evaluationSchemes).where(and(eq(evaluationSchemes.id, schemeId), eq(evaluationSchemes.status, "draft")));
    await audit(tx, user, schemeId, "deleted", { status: "draft" }, null);
    return { ok: true };
  });
}

/**
 * Copies a scheme (any status) into a new draft version, for the same year or another year of the
 * county. Refused while that year and kind already has a draft (edit that one).
 */
export async function copyScheme(user: CurrentUser, schemeId: string, periodId: string): Promise<ActionResult<{ id: string }>> {
  if (!can(user, "schemes.manage")) return refuse("forbidden", "errors.forbidden");
  return inTransaction(async (tx) => {
    const tree = await readSchemeTree(tx, schemeId);
    if (!tree || tree.scheme.countyId !== user.countyId) throw new Refusal(NOT_FOUND);
    const [period] = await tx.select({ id: periods.id }).from(periods).where(and(eq(periods.id, periodId), eq(periods.countyId, user.countyId)));
    if (!period) throw new Refusal(invalid({ periodId: ["validation.invalidOption"] }));
    await requireOpenPeriod(tx, period.id);
    // Serialise copies into one year and kind, so two at once cannot both take the next version.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`scheme:${period.id}:${tree.scheme.target}`}))`);
    const siblings = await tx
      .select({ version: evaluationSchemes.version, status: evaluationSchemes.status })
      .from(evaluationSchemes)
      .where(and(eq(evaluationSchemes.countyId, user.countyId), eq(evaluationSchemes.periodId, period.id), eq(evaluationSchemes.target, tree.scheme.target)));
    if (siblings.some((s) => s.status === "draft")) throw new Refusal(refuse("conflict", "evaluations.error.draftExists"));
    const version = Math.max(0, ...siblings.map((s) => s.version)) + 1;
    const id = await insertSchemeTree(tx, {
      countyId: user.countyId,
      periodId: period.id,
      target: tree.scheme.target,
      version,
      status: "draft",
      name: tree.scheme.name,
      bands: tree.scheme.bands,
      createdBy: user.id,
      copiedFromId: tree.scheme.id,
      indicators: treeForCopy(tree),
    });
    await audit(tx, user, id, "copied", { from: schemeId }, { periodId: period.id, version });
    return { ok: true, data: { id } };
  });
}

/** Starts a year's scheme of one kind from the default standard, as a draft (when the year has none of that kind). */
export async function createDefaultScheme(user: CurrentUser, periodId: string, target: string): Promise<ActionResult<{ id: string }>> {
  if (!can(user, "schemes.manage")) return refuse("forbidden", "errors.forbidden");
  const template = DEFAULT_SCHEMES.find((s) => s.target === target);
  if (!template) return refuse("invalid_input", "errors.invalidInput");
  return inTransaction(async (tx) => {
    const [period] = await tx.select({ id: periods.id }).from(periods).where(and(eq(periods.id, periodId), eq(periods.countyId, user.countyId)));
    if (!period) throw new Refusal(refuse("invalid_input", "errors.invalidInput"));
    await requireOpenPeriod(tx, period.id);
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`scheme:${period.id}:${template.target}`}))`);
    const [existing] = await tx
      .select({ id: evaluationSchemes.id })
      .from(evaluationSchemes)
      .where(and(eq(evaluationSchemes.countyId, user.countyId), eq(evaluationSchemes.periodId, period.id), eq(evaluationSchemes.target, template.target)))
      .limit(1);
    if (existing) throw new Refusal(refuse("conflict", "evaluations.error.schemeExists"));
    const id = await insertSchemeTree(tx, { ...template, countyId: user.countyId, periodId: period.id, version: 1, status: "draft", createdBy: user.id });
    await audit(tx, user, id, "created", null, { periodId: period.id, target: template.target, from: "default" });
    return { ok: true, data: { id } };
  });
}
