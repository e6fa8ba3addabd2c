import "server-only";
import { and, desc, eq, inArray, sql } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { evaluationPublications, evaluations, periods, titles, type EvaluationPublication, type Title } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { requireOpenPeriod } from "@/lib/periods/guard";
import { chinaToday, now } from "@/lib/time";
import { canNameNow } from "./rules";
import { nameInputSchema, publicationWindowSchema, publishInputSchema, withdrawTitleSchema } from "./schemas";
import { type ActionResult, fieldErrorsOf, invalid, refuse, type Refused } from "@/lib/actions/result";

/*
 * 公示 / 命名 / 摘牌 writes, all the county office's. Each loads its row within the office's county
 * (outside it answers like a missing one), then one guarded change (status and version in the WHERE,
 * or a unique index) with its audit rows in the same transaction: a double click or a second office
 * user acting at once gets "already handled", never a second publication or title.
 */

const NOT_FOUND: Refused = refuse("not_found", "publications.error.notFound");
const FORBIDDEN: Refused = refuse("forbidden", "publications.error.notOffice");
const HANDLED: Refused = refuse("conflict", "publications.error.alreadyHandled");

const audit = (tx: Transaction, user: CurrentUser, entity: "publication" | "title", id: string, action: string, before: unknown, after: unknown) =>
  writeAudit(tx, { actorId: user.id, action: `${entity}.${action}`, entity, entityId: id, countyId: user.countyId, before, after });

async function loadPublication(tx: Transaction, user: CurrentUser, id: string): Promise<EvaluationPublication> {
  const [row] = await tx.select().from(evaluationPublications).where(and(eq(evaluationPublications.id, id), eq(evaluationPublications.countyId, user.countyId)));
  if (!row) throw new Refusal(NOT_FOUND);
  // A closed year's postings (and the naming from them) are read-only.
  await requireOpenPeriod(tx, row.periodId);
  return row;
}

/**
 * 公示: posts the period's confirmed results of one target kind (best first, vetoed last) for the
 * window. One publication per period and kind; nothing confirmed, nothing to post.
 */
export async function publishResults(user: CurrentUser, input: Record<string, unknown>, today = chinaToday()): Promise<ActionResult<{ id: string }>> {
  if (!can(user, "titles.manage")) return FORBIDDEN;
  const parsed = publishInputSchema(today).safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { periodId, target, startsOn, endsOn } = parsed.data;
  return inTransaction(async (tx) => {
    const [period] = await tx.select({ id: periods.id }).from(periods).where(and(eq(periods.id, periodId), eq(periods.countyId, user.countyId)));
    if (!period) throw new Refusal(NOT_FOUND);
    await requireOpenPeriod(tx, period.id);
    const confirmed = await tx
      .select({ id: evaluations.id })
      .from(evaluations)
      .where(and(eq(evaluations.countyId, user.countyId), eq(evaluations.periodId, periodId), eq(evaluations.target, target), eq(evaluations.status, "confirmed")))
      .orderBy(evaluations.vetoed, desc(evaluations.finalTotal), evaluations.confirmedAt);
    if (!confirmed.length) throw new Refusal(refuse("conflict", "publications.error.nothingConfirmed"));
    const [row] = await tx
      .insert(evaluationPublications)
      .values({ countyId: user.countyId, periodId, target, startsOn, endsOn, evaluationIds: confirmed.map((c) => c.id), createdBy: user.id })
      .onConflictDoNothing({ target: [evaluationPublications.periodId, evaluationPublications.target] })
      .returning({ id: evaluationPublications.id });
    if (!row) throw new Refusal(refuse("conflict", "publications.error.alreadyPublished"));
    await audit(tx, user, "publication", row.id, "published", null, { periodId, target, startsOn, endsOn, count: confirmed.length });
    return { ok: true, data: { id: row.id } };
  });
}

/** Moves the window of a publication not yet named (e.g. the notice went up later, or runs longer). */
export async function reschedulePublication(user: CurrentUser, id: string, version: number, input: Record<string, unknown>, today = chinaToday()): Promise<ActionResult> {
  if (!can(user, "titles.manage")) return FORBIDDEN;
  const parsed = publicationWindowSchema(today).safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return inTransaction(async (tx) => {
    const p = await loadPublication(tx, user, id);
    if (p.version !== version) throw new Refusal(HANDLED);
    if (p.status !== "posted") throw new Refusal(refuse("conflict", "publications.error.alreadyNamed"));
    const [row] = await tx
      .update(evaluationPublications)
      .set({ ...parsed.data, version: sql`${evaluationPublications.version} + 1` })
      .where(and(eq(evaluationPublications.id, id), eq(evaluationPublications.version, version), eq(evaluationPublications.status, "posted")))
      .returning({ id: evaluationPublications.id });
    if (!row) throw new Refusal(HANDLED);
    await audit(tx, user, "publication", id, "rescheduled", { startsOn: p.startsOn, endsOn: p.endsOn }, parsed.data);
    return { ok: true };
  });
}

/**
 * 命名: after the posting window, the office names the ticked ones among the posted results. They hold
 * the title of the period from then on; the publication is closed.
 */
export async function nameTitles(user: CurrentUser, id: string, version: number, input: { evaluationIds: unknown }, today = chinaToday()): Promise<ActionResult<{ count: number }>> {
  if (!can(user, "titles.manage")) return FORBIDDEN;
  const parsed = nameInputSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return inTransaction(async (tx) => {
    const p = await loadPublication(tx, user, id);
    if (p.version !== version) throw new Refusal(HANDLED);
    if (p.status !== "posted") throw new Refusal(refuse("conflict", "publications.error.alreadyNamed"));
    if (!canNameNow(p, today)) throw new Refusal(refuse("conflict", "publications.error.windowNotOver"));
    const posted = new Set(p.evaluationIds);
    if (parsed.data.evaluationIds.some((e) => !posted.has(e))) throw new Refusal(invalid({ evaluationIds: ["publications.error.notPosted"] }));
    const [row] = await tx
      .update(evaluationPublications)
      .set({ status: "named", namedAt: now(), namedBy: user.id, version: sql`${evaluationPublications.version} + 1` })
      .where(and(eq(evaluationPublications.id, id), eq(evaluationPublications.version, version), eq(evaluationPublications.status, "posted"), sql`${evaluationPublications.endsOn} < ${today}`))
      .returning({ id: evaluationPublications.id });
    if (!row) throw new Refusal(HANDLED);
    const [period] = await tx.select({ year: periods.year }).from(periods).where(eq(periods.id, p.periodId));
    const chosen = await tx
      .select()
      .from(evaluations)
      .where(and(inArray(evaluations.id, parsed.data.evaluationIds), eq(evaluations.countyId, user.countyId), eq(evaluations.status, "confirmed")));
    if (chosen.length !== parsed.data.evaluationIds.length) throw new Refusal(invalid({ evaluationIds: ["publications.error.notPosted"] }));
    const inserted = await tx
      .insert(titles)
      .values(
        chosen.map((e) => ({
          countyId: e.countyId,
          unitId: e.unitId,
          teamId: e.teamId,
          workerId: e.workerId,
          subjectId: e.subjectId,
          target: e.target,
          periodId: e.periodId,
          year: period!.year,
          publicationId: id,
          evaluationId: e.id,
          namedBy: user.id,
        })),
      )
      .returning({ id: titles.id, evaluationId: titles.evaluationId, subjectId: titles.subjectId });
    for (const t of inserted) await audit(tx, user, "title", t.id, "named", null, { publicationId: id, evaluationId: t.evaluationId, subjectId: t.subjectId, target: p.target, year: period!.year });
    await audit(tx, user, "publication", id, "named", { status: "posted" }, { status: "named", evaluationIds: parsed.data.evaluationIds });
    return { ok: true, data: { count: inserted.length } };
  });
}

/** 摘牌: the office withdraws a held title, with a reason; the row stays, marked withdrawn. */
export async function withdrawTitle(user: CurrentUser, id: string, version: number, input: { reason: unknown }): Promise<ActionResult> {
  if (!can(user, "titles.manage")) return FORBIDDEN;
  const parsed = withdrawTitleSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  return inTransaction(async (tx) => {
    const [t] = (await tx.select().from(titles).where(and(eq(titles.id, id), eq(titles.countyId, user.countyId)))) as Title[];
    if (!t) throw new Refusal(refuse("not_found", "publications.error.titleNotFound"));
    await requireOpenPeriod(tx, t.periodId);
    if (t.version !== version) throw new Refusal(HANDLED);
    if (t.status !== "held") throw new Refusal(refuse("conflict", "publications.error.alreadyWithdrawn"));
    const [row] = await tx
      .update(titles)
      .set({ status: "withdrawn", withdrawnAt: now(), withdrawnBy: user.id, withdrawReason: parsed.data.reason, version: sql`${titles.version} + 1` })
      .where(and(eq(titles.id, id), eq(titles.version, version), eq(titles.status, "held"), eq(titles.countyId, user.countyId)))
      .returning({ id: titles.id });
    if (!row) throw new Refusal(HANDLED);
    await audit(tx, user, "title", id, "withdrawn", { status: "held" }, { status: "withdrawn", reason: parsed.data.reason });
    return { ok: true };
  });
}
