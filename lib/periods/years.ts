import "server-only";
import { and, asc, desc, eq, gte, inArray, lte, sql } from "drizzle-orm";
import { getDb, type Transaction } from "@/db/client";
import { evaluationPublications, evaluationSchemes, evaluations, periods, records, users, type Period } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { DEFAULT_SCHEMES } from "@/lib/evaluations/default-schemes";
import { copyScheme, createDefaultScheme } from "@/lib/evaluations/scheme-mutations";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { chinaToday, now } from "@/lib/time";
import { openYears, yearsDue } from "./cycle";
import { closeYearSchema, reopenYearSchema } from "./schemas";
import { type ActionResult, fieldErrorsOf, invalid, refuse, type Refused } from "@/lib/actions/result";

/*
 * The office's years page: each year's state and what is still open in it, closing a year (its
 * records, evaluations, postings and titles become read-only: lib/periods/guard.ts), reopening one
 * with a reason, opening the years due by hand, and preparing next year's schemes. Office only,
 * always within its own county; every change is one guarded UPDATE with its audit row.
 */

const FORBIDDEN: Refused = refuse("forbidden", "errors.forbidden");
const NOT_FOUND: Refused = refuse("not_found", "years.error.notFound");
const HANDLED: Refused = refuse("conflict", "years.error.alreadyHandled");

/** What is still open in a year: the close-year checklist. */
export interface YearChecklist {
  /** Records dated in the year that wait for a review. */
  recordsWaiting: number;
  /** Drafts and sent-back records dated in the year (they stay unsent once it closes). */
  recordsUnsent: number;
  /** Evaluations of the year not yet confirmed by the office. */
  evaluationsOpen: number;
  /** Postings (公示) of the year whose titles are not named yet. */
  postingsUnnamed: number;
}

export interface YearRow {
  period: Period;
  closedByName: string | null;
  checklist: YearChecklist;
  /** Schemes of the year by status. */
  schemes: { published: number; draft: number };
  /** The year has ended (only an ended year can be closed). */
  ended: boolean;
  canClose: boolean;
  canReopen: boolean;
  /** The office may prepare this year's schemes from last year's (it has none of some kind). */
  canPrepareSchemes: boolean;
}

export const openItemsOf = (c: YearChecklist) => c.recordsWaiting + c.recordsUnsent + c.evaluationsOpen + c.postingsUnnamed;

async function checklistOf(db: Transaction | Awaited<ReturnType<typeof getDb>>, period: Period): Promise<YearChecklist> {
  const inYear = and(eq(records.countyId, period.countyId), gte(records.occurredOn, period.startsOn), lte(records.occurredOn, period.endsOn));
  const [[rec], [ev], [pub]] = await Promise.all([
    db
      .select({
        waiting: sql<number>`(count(*) filter (where ${records.status} = 'submitted'))::int`,
        unsent: sql<number>`(count(*) filter (where ${records.status} in ('draft', 'rejected')))::int`,
      })
      .from(records)
      .where(inYear),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(evaluations)
      .where(and(eq(evaluations.periodId, period.id), sql`${evaluations.status} <> 'confirmed'`)),
    db
      .select({ n: sql<number>`count(*)::int` })
      .from(evaluationPublications)
      .where(and(eq(evaluationPublications.periodId, period.id), eq(evaluationPublications.status, "posted"))),
  ]);
  return { recordsWaiting: rec?.waiting ?? 0, recordsUnsent: rec?.unsent ?? 0, evaluationsOpen: ev?.n ?? 0, postingsUnnamed: pub?.n ?? 0 };
}

/** The county's years, latest first, each with its checklist; null for anyone but the office. */
export async function listYears(user: CurrentUser): Promise<YearRow[] | null> {
  if (!can(user, "years.manage")) return null;
  const db = await getDb();
  const today = chinaToday();
  const rows = await db
    .select({ period: periods, closedByName: users.displayName })
    .from(periods)
    .leftJoin(users, eq(users.id, periods.closedBy))
    .where(eq(periods.countyId, user.countyId))
    .orderBy(desc(periods.year));
  const schemeCounts = await db
    .select({ periodId: evaluationSchemes.periodId, status: evaluationSchemes.status, n: sql<number>`count(*)::int` })
    .from(evaluationSchemes)
    .where(eq(evaluationSchemes.countyId, user.countyId))
    .groupBy(evaluationSchemes.periodId, evaluationSchemes.status);
  return Promise.all(
    rows.map(async ({ period, closedByName }) => {
      const ended = period.endsOn < today;
      const count = (status: string) => schemeCounts.find((s) => s.periodId === period.id && s.status === status)?.n ?? 0;
      const schemes = { published: count("published"), draft: count("draft") };
      return {
        period,
        closedByName,
        checklist: await checklistOf(db, period),
        schemes,
        ended,
        canClose: period.status === "open" && ended,
        canReopen: period.status === "closed",
        canPrepareSchemes: period.status === "open" && !ended && schemes.published + schemes.draft < DEFAULT_SCHEMES.length,
      };
    }),
  );
}

/** The years due today that the county does not have yet (the page offers to open them). */
export async function missingYears(user: CurrentUser): Promise<number[]> {
  if (!can(user, "years.manage")) return [];
  const db = await getDb();
  const due = yearsDue();
  const have = await db.select({ year: periods.year }).from(periods).where(and(eq(periods.countyId, user.countyId), inArray(periods.year, due)));
  return due.filter((y) => !have.some((h) => h.year === y));
}

/** The office's year, row-locked: the lock waits for every write holding the guard's share lock. */
async function loadPeriodForUpdate(tx: Transaction, user: CurrentUser, id: string): Promise<Period> {
  const [row] = await tx.select().from(periods).where(and(eq(periods.id, id), eq(periods.countyId, user.countyId))).for("update");
  if (!row) throw new Refusal(NOT_FOUND);
  return row;
}

/**
 * Closes an ended year. The year's row is locked first (FOR UPDATE), before the checklist is counted:
 * the lock waits for every write holding the guard's share lock, so the checklist counts each of them,
 * and every later write sees the year closed and is refused. (Locking only at the UPDATE let a write
 * commit between the count and the close: a submission landed in a year closed as "nothing open".)
 * With things still open, the office must tick that it knows: they stay as they are.
 */
export async function closeYear(user: CurrentUser, id: string, version: number, input: Record<string, unknown>): Promise<ActionResult> {
  if (!can(user, "years.manage")) return FORBIDDEN;
  return inTransaction(async (tx) => {
    const period = await loadPeriodForUpdate(tx, user, id);
    if (period.version !== version) throw new Refusal(HANDLED);
    if (period.status !== "open") throw new Refusal(refuse("conflict", "years.error.alreadyClosed"));
    if (period.endsOn >= chinaToday()) throw new Refusal(refuse("conflict", "years.error.notEnded"));
    const checklist = await checklistOf(tx, period);
    const parsed = closeYearSchema(openItemsOf(checklist)).safeParse(input);
    if (!parsed.success) throw new Refusal(invalid(fieldErrorsOf(parsed.error)));
    const [row] = await tx
      .update(periods)
      .set({ status: "closed", closedAt: now(), closedBy: user.id, version: sql`${periods.version} + 1` })
      .where(and(eq(periods.id, id), eq(periods.version, version), eq(periods.status, "open"), eq(periods.countyId, user.countyId)))
      .returning({ id: periods.id });
    if (!row) throw new Refusal(HANDLED);
    await writeAudit(tx, { actorId: user.id, action: "period.closed", entity: "period", entityId: id, countyId: user.countyId, before: { status: "open" }, after: { status: "closed", year: period.year, openItems: checklist } });
    return { ok: true };
  });
}

/** Reopens a closed year, with a reason (audited): its records and evaluations can change again. */
export async function reopenYear(user: CurrentUser, id: string, version: number, input: Record<string, unknown>): Promise<ActionResult> {
  if (!can(user, "years.manage")) return FORBIDDEN;
  const parsed = reopenYearSchema.safeParse(input);
  if (!parsed.success) return { ...invalid(fieldErrorsOf(parsed.error)), values: { reason: String(input.reason ?? "") } };
  return inTransaction(async (tx) => {
    const period = await loadPeriodForUpdate(tx, user, id);
    if (period.version !== version) throw new Refusal(HANDLED);
    if (period.status !== "closed") throw new Refusal(refuse("conflict", "years.error.notClosed"));
    const [row] = await tx
      .update(periods)
      .set({ status: "open", closedAt: null, closedBy: null, version: sql`${periods.version} + 1` })
      .where(and(eq(periods.id, id), eq(periods.version, version), eq(periods.status, "closed"), eq(periods.countyId, user.countyId)))
      .returning({ id: periods.id });
    if (!row) throw new Refusal(HANDLED);
    await writeAudit(tx, {
      actorId: user.id,
      action: "period.reopened",
      entity: "period",
      entityId: id,
      countyId: user.countyId,
      before: { status: "closed", closedAt: period.closedAt, closedBy: period.closedBy },
      after: { status: "open", year: period.year, reason: parsed.data.reason },
    });
    return { ok: true };
  });
}

/** The fallback to the schedule: opens the years due today (this one, and from December the next) for the office's county. */
export async function openDueYears(user: CurrentUser): Promise<ActionResult<{ years: number[] }>> {
  if (!can(user, "years.manage")) return FORBIDDEN;
  const db = await getDb();
  const opened = await openYears(db, yearsDue(), { countyIds: [user.countyId], actorId: user.id });
  if (!opened.length) return refuse("conflict", "years.error.nothingToOpen");
  return { ok: true, data: { years: opened.map((o) => o.year) } };
}

/**
 * Prepares a year's schemes: for each kind it has none of, a draft copied from the previous year's
 * latest published scheme of that kind, else the default scheme. The office then edits and publishes
 * them. Each kind is its own guarded copy (copyScheme / createDefaultScheme), so a second click, or
 * a kind prepared by hand meanwhile, is skipped.
 */
export async function prepareSchemes(user: CurrentUser, periodId: string): Promise<ActionResult<{ copied: number; fromDefault: number }>> {
  if (!can(user, "years.manage") || !can(user, "schemes.manage")) return FORBIDDEN;
  const db = await getDb();
  const [period] = await db.select().from(periods).where(and(eq(periods.id, periodId), eq(periods.countyId, user.countyId)));
  if (!period) return NOT_FOUND;
  if (period.status !== "open") return refuse("period_closed", "years.error.closed");
  const [previous] = await db.select({ id: periods.id }).from(periods).where(and(eq(periods.countyId, user.countyId), eq(periods.year, period.year - 1)));
  const existing = await db.select({ target: evaluationSchemes.target }).from(evaluationSchemes).where(eq(evaluationSchemes.periodId, period.id));
  const sources = previous
    ? await db
        .selectDistinctOn([evaluationSchemes.target], { id: evaluationSchemes.id, target: evaluationSchemes.target })
        .from(evaluationSchemes)
        .where(and(eq(evaluationSchemes.periodId, previous.id), eq(evaluationSchemes.status, "published")))
        .orderBy(asc(evaluationSchemes.target), desc(evaluationSchemes.version))
    : [];
  let copied = 0;
  let fromDefault = 0;
  for (const { target } of DEFAULT_SCHEMES) {
    if (existing.some((e) => e.target === target)) continue;
    const source = sources.find((s) => s.target === target);
    const result = source ? await copyScheme(user, source.id, period.id) : await createDefaultScheme(user, period.id, target);
    if (!result.ok) continue;
    if (source) copied++;
    else fromDefault++;
  }
  if (!copied && !fromDefault) return refuse("conflict", "years.error.schemesReady");
  return { ok: true, data: { copied, fromDefault } };
}
