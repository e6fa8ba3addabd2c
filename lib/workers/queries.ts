import "server-only";
import { and, asc, count, eq, ilike, isNull, or, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { escapeLike } from "@/lib/db/sql";
import { orgs, recordWorkers, workers } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { workerScopeFor } from "@/lib/auth/scope";
import type { EducationLevel, Gender, SkillLevel, WorkerStatus } from "@/lib/domain/enums";
import { onLiveTeam } from "./live";
import type { WorkerListFilters } from "./schemas";
import { paginate, type Paged } from "@/lib/db/paginate";
import { isUuid } from "@/lib/forms/ids";

export interface WorkerRow {
  id: string;
  name: string;
  employeeNo: string;
  gender: Gender;
  education: EducationLevel;
  skillLevel: SkillLevel;
  post: string | null;
  status: WorkerStatus;
  teamId: string;
  teamName: string;
}

/** One page of the roster the user may see, filtered on the server. */
export async function listWorkers(user: CurrentUser, filters: WorkerListFilters): Promise<Paged<WorkerRow>> {
  const db = await getDb();
  const where = and(
    workerScopeFor(user),
    onLiveTeam,
    eq(workers.status, filters.status),
    filters.q
      ? or(ilike(workers.name, `%${escapeLike(filters.q)}%`), ilike(workers.employeeNo, `%${escapeLike(filters.q)}%`))
      : undefined,
    filters.team ? eq(workers.teamId, filters.team) : undefined,
    filters.unit ? eq(workers.unitId, filters.unit) : undefined,
  );
  return paginate(
    filters.page,
    async () => (await db.select({ total: count() }).from(workers).where(where))[0]!.total,
    (limit, offset) =>
      db
        .select({
          id: workers.id,
          name: workers.name,
          employeeNo: workers.employeeNo,
          gender: workers.gender,
          education: workers.education,
          skillLevel: workers.skillLevel,
          post: workers.post,
          status: workers.status,
          teamId: workers.teamId,
          teamName: orgs.name,
        })
        .from(workers)
        .innerJoin(orgs, eq(orgs.id, workers.teamId))
        .where(where)
        .orderBy(asc(orgs.name), asc(workers.employeeNo))
        .limit(limit)
        .offset(offset),
  );
}

export interface RosterProfile {
  total: number;
  female: number;
  /** 大专及以上 */
  collegeOrAbove: number;
  /** Holding any vocational qualification (初级工 and up). */
  certified: number;
  /** 技师 / 高级技师 */
  technicians: number;
}

/** The make-up of the roster in scope: the raw material of 知识型职工 figures. */
export async function getRosterProfile(user: CurrentUser): Promise<RosterProfile> {
  const db = await getDb();
  const [row] = await db
    .select({
      total: count(),
      female: sql<number>`count(*) filter (where ${workers.gender} = 'female')::int`,
      collegeOrAbove: sql<number>`count(*) filter (where ${workers.education} in ('college','bachelor','master','doctorate'))::int`,
      certified: sql<number>`count(*) filter (where ${workers.skillLevel} <> 'none')::int`,
      technicians: sql<number>`count(*) filter (where ${workers.skillLevel} in ('technician','senior_technician'))::int`,
    })
    .from(workers)
    .where(and(workerScopeFor(user), eq(workers.status, "active"), onLiveTeam));
  return row ?? { total: 0, female: 0, collegeOrAbove: 0, certified: 0, technicians: 0 };
}

/** Rows an export may hold: a county's whole roster fits (the largest seen run to tens of thousands). */
export const WORKER_EXPORT_LIMIT = 200_000;

/** The roster in scope with the list's filters, unpaged, for the .xlsx export. */
export async function listWorkersForExport(user: CurrentUser, filters: WorkerListFilters) {
  const db = await getDb();
  const unit = alias(orgs, "unit");
  return db
    .select({
      employeeNo: workers.employeeNo,
      name: workers.name,
      teamName: orgs.name,
      unitName: unit.name,
      gender: workers.gender,
      education: workers.education,
      skillLevel: workers.skillLevel,
      post: workers.post,
      birthDate: workers.birthDate,
      status: workers.status,
    })
    .from(workers)
    .innerJoin(orgs, eq(orgs.id, workers.teamId))
    .innerJoin(unit, eq(unit.id, workers.unitId))
    .where(
      and(
        workerScopeFor(user),
        onLiveTeam,
        eq(workers.status, filters.status),
        filters.q
          ? or(ilike(workers.name, `%${escapeLike(filters.q)}%`), ilike(workers.employeeNo, `%${escapeLike(filters.q)}%`))
          : undefined,
        filters.team ? eq(workers.teamId, filters.team) : undefined,
        filters.unit ? eq(workers.unitId, filters.unit) : undefined,
      ),
    )
    .orderBy(asc(unit.name), asc(orgs.name), asc(workers.employeeNo))
    .limit(WORKER_EXPORT_LIMIT);
}

export interface WorkerDetail {
  id: string;
  version: number;
  name: string;
  employeeNo: string;
  gender: Gender;
  education: EducationLevel;
  skillLevel: SkillLevel;
  post: string | null;
  birthDate: string | null;
  status: WorkerStatus;
  leftAt: Date | null;
  teamId: string;
  teamName: string;
  teamArchived: boolean;
  unitName: string;
  /** Records naming the worker (sessions attended, proposals, innovations): a worker with any is never deleted. */
  recordCount: number;
}

/** One worker of the user's scope, or null: outside the scope looks exactly like "does not exist". */
export async function getWorker(user: CurrentUser, id: string): Promise<WorkerDetail | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const unit = alias(orgs, "unit");
  const [row] = await db
    .select({
      id: workers.id,
      version: workers.version,
      name: workers.name,
      employeeNo: workers.employeeNo,
      gender: workers.gender,
      education: workers.education,
      skillLevel: workers.skillLevel,
      post: workers.post,
      birthDate: workers.birthDate,
      status: workers.status,
      leftAt: workers.leftAt,
      teamId: workers.teamId,
      teamName: orgs.name,
      teamArchivedAt: orgs.archivedAt,
      unitName: unit.name,
      recordCount: sql<number>`(select count(distinct ${recordWorkers.recordId})::int from ${recordWorkers} where ${recordWorkers.workerId} = ${workers.id})`,
    })
    .from(workers)
    .innerJoin(orgs, eq(orgs.id, workers.teamId))
    .innerJoin(unit, eq(unit.id, workers.unitId))
    .where(and(eq(workers.id, id), workerScopeFor(user)))
    .limit(1);
  if (!row) return null;
  const { teamArchivedAt, ...rest } = row;
  return { ...rest, teamArchived: teamArchivedAt !== null };
}

/** The live teams a union may put a worker in (its own unit's). */
export async function listTeamChoices(user: CurrentUser): Promise<{ id: string; name: string }[]> {
  if (user.role !== "union" || !user.unitId) return [];
  const db = await getDb();
  return db
    .select({ id: orgs.id, name: orgs.name })
    .from(orgs)
    .where(and(eq(orgs.unitId, user.unitId), eq(orgs.countyId, user.countyId), eq(orgs.level, "team"), isNull(orgs.archivedAt)))
    .orderBy(asc(orgs.name));
}
