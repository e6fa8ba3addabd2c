import "server-only";
import { and, asc, eq, sql, type SQL } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { getDb } from "@/db/client";
import { orgs, titles, workers } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { orgScopeFor } from "@/lib/auth/scope";
import type { EvaluationTarget, TitleStatus } from "@/lib/domain/enums";
import { isUuid } from "@/lib/forms/ids";

/** What titles.certificate_code holds: 32 hex digits (128 random bits). */
export const CERTIFICATE_CODE = /^[0-9a-f]{32}$/;

/** What a certificate prints. */
export interface Certificate {
  titleId: string;
  code: string;
  target: EvaluationTarget;
  year: number;
  /** The team, unit or worker named. */
  holder: string;
  /** Where the holder belongs: the unit (a team), the unit and team (a worker); empty for a unit. */
  where: string;
  countyName: string;
  namedAt: Date;
}

function certificateQuery(where: SQL) {
  const subject = alias(orgs, "subject");
  const unit = alias(orgs, "unit");
  const team = alias(orgs, "team");
  const county = alias(orgs, "county");
  return getDb().then((db) =>
    db
      .select({
        titleId: titles.id,
        code: titles.certificateCode,
        target: titles.target,
        year: titles.year,
        status: titles.status,
        withdrawnAt: titles.withdrawnAt,
        holder: sql<string>`coalesce(${subject.name}, ${workers.name})`,
        unitName: unit.name,
        teamName: team.name,
        countyName: county.name,
        namedAt: titles.namedAt,
      })
      .from(titles)
      .innerJoin(unit, eq(unit.id, titles.unitId))
      .innerJoin(county, eq(county.id, titles.countyId))
      .leftJoin(team, eq(team.id, titles.teamId))
      .leftJoin(subject, eq(subject.id, titles.subjectId))
      .leftJoin(workers, eq(workers.id, titles.workerId))
      .where(where)
      .orderBy(asc(unit.name), asc(team.name), sql`coalesce(${subject.name}, ${workers.name})`),
  );
}

type Row = Awaited<ReturnType<typeof certificateQuery>>[number];

const whereOf = (r: Row) => (r.target === "worker" ? [r.unitName, r.teamName].filter(Boolean).join(" ") : r.target === "team" ? r.unitName : "");

const certificateOf = (r: Row): Certificate => ({
  titleId: r.titleId,
  code: r.code,
  target: r.target,
  year: r.year,
  holder: r.holder,
  where: whereOf(r),
  countyName: r.countyName,
  namedAt: r.namedAt,
});

/**
 * A held title's certificate, within the user's subtree (the office its county, a union its unit's
 * teams, workers and itself, a leader its team and its workers); null otherwise, and for a withdrawn title.
 */
export async function getCertificate(user: CurrentUser, titleId: string): Promise<Certificate | null> {
  if (!isUuid(titleId) || !can(user, "certificates.download")) return null;
  const [row] = await certificateQuery(and(eq(titles.id, titleId), eq(titles.status, "held"), orgScopeFor(user, { county: titles.countyId, unit: titles.unitId, team: titles.teamId }))!);
  return row ? certificateOf(row) : null;
}

/** Every held title of a naming (one publication), for printing them all at once: the office's, in its county. */
export async function listCertificatesOfPublication(user: CurrentUser, publicationId: string): Promise<Certificate[] | null> {
  if (!isUuid(publicationId) || !can(user, "titles.manage")) return null;
  const rows = await certificateQuery(and(eq(titles.publicationId, publicationId), eq(titles.countyId, user.countyId), eq(titles.status, "held"))!);
  return rows.map(certificateOf);
}

/** What the public verification page shows: nothing beyond what the certificate itself prints, and its standing. */
export interface Verification {
  target: EvaluationTarget;
  year: number;
  holder: string;
  where: string;
  issuerCounty: string;
  namedAt: Date;
  status: TitleStatus;
  withdrawnAt: Date | null;
}

/**
 * NOTE: public, no sign-in. The code is the only key (128 random bits, unique); an unknown or
 * malformed one answers null, exactly like a missing one. The withdrawal reason and everything
 * else about the holder stay private.
 */
export async function verifyCertificate(code: string): Promise<Verification | null> {
  if (!CERTIFICATE_CODE.test(code)) return null;
  const [row] = await certificateQuery(eq(titles.certificateCode, code));
  if (!row) return null;
  return { target: row.target, year: row.year, holder: row.holder, where: whereOf(row), issuerCounty: row.countyName, namedAt: row.namedAt, status: row.status, withdrawnAt: row.withdrawnAt };
}
