import "server-only";
import { and, asc, desc, eq, inArray, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { auditLog, evaluationPublications, evaluations, orgs, periods, titles, users, workers, type EvaluationPublication } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { EVALUATION_TARGETS, type EvaluationTarget, type Grade, type TitleStatus } from "@/lib/domain/enums";
import { rankBy } from "@/lib/evaluations/engine";
import { chinaToday } from "@/lib/time";
import { publicationPhase, visibleBelowOffice, type PublicationPhase } from "./rules";
import { isUuid } from "@/lib/forms/ids";


export interface PublicationSummary {
  id: string;
  year: number;
  target: EvaluationTarget;
  startsOn: string;
  endsOn: string;
  phase: PublicationPhase;
  count: number;
  version: number;
}

const summaryOf = (p: EvaluationPublication & { year: number }, today: string): PublicationSummary => ({
  id: p.id,
  year: p.year,
  target: p.target,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  phase: publicationPhase(p, today),
  count: p.evaluationIds.length,
  version: p.version,
});

/**
 * NOTE: publications are county-wide by design (公示 is public): everyone signed in to the county
 * reads them while posted and once named; only the office sees them before the window opens.
 */
export async function listPublications(user: CurrentUser, today = chinaToday()): Promise<PublicationSummary[]> {
  if (!can(user, "publications.view")) return [];
  const db = await getDb();
  const rows = await db
    .select({ p: evaluationPublications, year: periods.year, periodStatus: periods.status })
    .from(evaluationPublications)
    .innerJoin(periods, eq(periods.id, evaluationPublications.periodId))
    .where(eq(evaluationPublications.countyId, user.countyId))
    .orderBy(desc(periods.year), desc(evaluationPublications.startsOn));
  return rows
    .map((r) => ({ ...r.p, year: r.year }))
    .filter((p) => can(user, "titles.manage") || visibleBelowOffice(p, today))
    .map((p) => summaryOf(p, today));
}

export interface PublishOverviewRow {
  target: EvaluationTarget;
  confirmed: number;
  publication: PublicationSummary | null;
  /** Its confirmed results can be published now (none is yet, and the year is open). */
  canPublish: boolean;
}

/** For the office: each target kind of a period with its confirmed results and its publication, if any. */
export async function getPublishOverview(user: CurrentUser, periodId: string, today = chinaToday()): Promise<PublishOverviewRow[]> {
  if (!can(user, "titles.manage")) return [];
  const db = await getDb();
  const [counts, pubs, [period]] = await Promise.all([
    db
      .select({ target: evaluations.target, n: sql<number>`count(*)::int` })
      .from(evaluations)
      .where(and(eq(evaluations.countyId, user.countyId), eq(evaluations.periodId, periodId), eq(evaluations.status, "confirmed")))
      .groupBy(evaluations.target),
    db
      .select({ p: evaluationPublications, year: periods.year })
      .from(evaluationPublications)
      .innerJoin(periods, eq(periods.id, evaluationPublications.periodId))
      .where(and(eq(evaluationPublications.countyId, user.countyId), eq(evaluationPublications.periodId, periodId))),
    db.select({ status: periods.status }).from(periods).where(and(eq(periods.id, periodId), eq(periods.countyId, user.countyId))),
  ]);
  const n = new Map(counts.map((c) => [c.target, c.n]));
  const pub = new Map(pubs.map((r) => [r.p.target, summaryOf({ ...r.p, year: r.year }, today)]));
  return EVALUATION_TARGETS.map((target) => {
    const confirmed = n.get(target) ?? 0;
    const publication = pub.get(target) ?? null;
    return { target, confirmed, publication, canPublish: confirmed > 0 && !publication && period?.status === "open" };
  });
}

export interface PublicationEntry {
  evaluationId: string;
  subjectId: string;
  workerId: string | null;
  name: string;
  unitName: string;
  teamName: string | null;
  finalTotal: number | null;
  grade: Grade | null;
  vetoed: boolean;
  rank: number | null;
  title: { id: string; status: TitleStatus; version: number; withdrawReason: string | null; withdrawnAt: Date | null } | null;
}

export interface PublicationDetail {
  publication: EvaluationPublication & { year: number; phase: PublicationPhase };
  entries: PublicationEntry[];
  history: { id: number; action: string; actorName: string | null; at: Date; before: unknown; after: unknown }[];
  /** The office may move the window, name and withdraw titles: never in a closed year. */
  canManage: boolean;
  /** The publication's year when that year is closed: the page says so and offers nothing. */
  closedYear: number | null;
}

/** One publication with its posted results (ranked), their titles and its history; null outside the county or, below the office, outside its window. */
export async function getPublication(user: CurrentUser, id: string, today = chinaToday()): Promise<PublicationDetail | null> {
  if (!isUuid(id) || !can(user, "publications.view")) return null;
  const db = await getDb();
  const [row] = await db
    .select({ p: evaluationPublications, year: periods.year, periodStatus: periods.status })
    .from(evaluationPublications)
    .innerJoin(periods, eq(periods.id, evaluationPublications.periodId))
    .where(and(eq(evaluationPublications.id, id), eq(evaluationPublications.countyId, user.countyId)));
  if (!row) return null;
  const p = row.p;
  if (!can(user, "titles.manage") && !visibleBelowOffice(p, today)) return null;
  const subject = alias(orgs, "subject");
  const unit = alias(orgs, "unit");
  const team = alias(orgs, "team");
  const actor = alias(users, "actor");
  const ids = p.evaluationIds.length ? p.evaluationIds : ["00000000-0000-0000-0000-000000000000"];
  const [rows, history] = await Promise.all([
    db
      .select({
        evaluationId: evaluations.id,
        subjectId: evaluations.subjectId,
        workerId: evaluations.workerId,
        name: sql<string>`coalesce(${subject.name}, ${workers.name})`,
        unitName: unit.name,
        teamName: team.name,
        finalTotal: evaluations.finalTotal,
        grade: evaluations.grade,
        vetoed: evaluations.vetoed,
        titleId: titles.id,
        titleStatus: titles.status,
        titleVersion: titles.version,
        withdrawReason: titles.withdrawReason,
        withdrawnAt: titles.withdrawnAt,
      })
      .from(evaluations)
      .leftJoin(subject, eq(subject.id, evaluations.subjectId))
      .leftJoin(workers, eq(workers.id, evaluations.workerId))
      .leftJoin(team, eq(team.id, evaluations.teamId))
      .innerJoin(unit, eq(unit.id, evaluations.unitId))
      .leftJoin(titles, eq(titles.evaluationId, evaluations.id))
      .where(and(eq(evaluations.countyId, user.countyId), inArray(evaluations.id, ids))),
    db
      .select({ id: auditLog.id, action: auditLog.action, actorName: actor.displayName, at: auditLog.at, before: auditLog.before, after: auditLog.after })
      .from(auditLog)
      .leftJoin(actor, eq(actor.id, auditLog.actorId))
      .where(and(eq(auditLog.entity, "publication"), eq(auditLog.entityId, id)))
      .orderBy(desc(auditLog.id)),
  ]);
  const order = new Map(p.evaluationIds.map((e, i) => [e, i]));
  rows.sort((a, b) => order.get(a.evaluationId)! - order.get(b.evaluationId)!);
  const ranked = rankBy(rows, (r) => r.finalTotal, (r) => r.vetoed);
  return {
    publication: { ...p, year: row.year, phase: publicationPhase(p, today) },
    entries: ranked.map((r) => ({
      evaluationId: r.evaluationId,
      subjectId: r.subjectId,
      workerId: r.workerId,
      name: r.name,
      unitName: r.unitName,
      teamName: r.teamName,
      finalTotal: r.finalTotal,
      grade: r.grade,
      vetoed: r.vetoed,
      rank: r.rank,
      title: r.titleId ? { id: r.titleId, status: r.titleStatus!, version: r.titleVersion!, withdrawReason: r.withdrawReason, withdrawnAt: r.withdrawnAt } : null,
    })),
    history,
    canManage: can(user, "titles.manage") && row.periodStatus === "open",
    closedYear: row.periodStatus === "closed" ? row.year : null,
  };
}

export interface SubjectTitle {
  id: string;
  target: EvaluationTarget;
  year: number;
  status: TitleStatus;
  namedAt: Date;
  withdrawnAt: Date | null;
  withdrawReason: string | null;
  publicationId: string;
}

/** The titles an org or worker has been named to (held and withdrawn), newest first; the caller has already scoped the subject. */
export async function listTitlesOf(user: CurrentUser, subjectId: string): Promise<SubjectTitle[]> {
  if (!isUuid(subjectId)) return [];
  const db = await getDb();
  return db
    .select({ id: titles.id, target: titles.target, year: titles.year, status: titles.status, namedAt: titles.namedAt, withdrawnAt: titles.withdrawnAt, withdrawReason: titles.withdrawReason, publicationId: titles.publicationId })
    .from(titles)
    .where(and(eq(titles.countyId, user.countyId), eq(titles.subjectId, subjectId)))
    .orderBy(desc(titles.year), asc(titles.target));
}
