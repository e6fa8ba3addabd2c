import { randomUUID } from "node:crypto";
import { count, eq, sql } from "drizzle-orm";
import type { Database } from "../client";
import { appMeta, auditLog, orgs, periods, users, workers, type NewOrg, type NewUser, type NewWorker } from "../schema";
import { hashPassword } from "../../lib/auth/password";
import { DEMO_COUNTY, DEMO_PASSWORD, DEMO_UNITS } from "./demo-county";
import { seedDemoRecords, type DemoRecordsSummary, type DemoTeamRef, type DemoUnitRef } from "./demo-records";
import { chineseName, createRandom } from "./random";
import { recomputeCountyStats } from "../../lib/stats/aggregates";
import { DEFAULT_SCHEMES } from "../../lib/evaluations/default-schemes";
import { insertSchemeTree } from "../../lib/evaluations/scheme-tree";
import { seedDemoEvaluations } from "./demo-evaluations";
import { chinaYear, now } from "../../lib/time";

export const DEMO_SEED_KEY = "demo_seed";
export const DEMO_ACCOUNTS = ["office", "union", "leader", "union2", "leader2"] as const;

export type SeedResult = "seeded" | "already-seeded" | "not-empty";

/**
 * Seeds the demo county on an empty database, in one transaction. Running it again changes nothing;
 * on a database that already holds real counties it refuses to mix demo data in.
 */
export async function seedDemo(db: Database, today = now()): Promise<SeedResult> {
  if (await isDemoSeeded(db)) return "already-seeded";

  const rng = createRandom(20260101);
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  // The evaluation year is China's calendar year, whatever the server's time zone.
  const year = chinaYear(today);

  const orgRows: NewOrg[] = [];
  const userRows: NewUser[] = [];
  const workerRows: NewWorker[] = [];

  // The ids the records seed needs: who leads and reviews which org, and each team's roster.
  const unitRefs: DemoUnitRef[] = [];

  const countyId = randomUUID();
  const officeUserId = randomUUID();
  orgRows.push({ id: countyId, level: "county", name: DEMO_COUNTY.name, countyId, contactName: DEMO_COUNTY.office.displayName });
  userRows.push({ id: officeUserId, username: DEMO_COUNTY.office.username, displayName: DEMO_COUNTY.office.displayName, passwordHash, role: "office", orgId: countyId });

  for (const unit of DEMO_UNITS) {
    const unitId = randomUUID();
    orgRows.push({
      id: unitId,
      level: "unit",
      parentId: countyId,
      countyId,
      unitId,
      name: unit.name,
      unitKind: unit.kind,
      industry: unit.industry,
      contactName: unit.contact.name,
      contactPhone: unit.contact.phone,
    });
    const unionUser = { id: randomUUID(), username: unit.union?.username ?? `${unit.code.toLowerCase()}gh` };
    userRows.push({
      ...unionUser,
      displayName: unit.union?.displayName ?? unit.contact.name,
      passwordHash,
      role: "union",
      orgId: unitId,
    });
    const teamRefs: DemoTeamRef[] = [];
    unitRefs.push({
      id: unitId,
      code: unit.code,
      name: unit.name,
      kind: unit.kind,
      industry: unit.industry,
      unionUserId: unionUser.id,
      unionUsername: unionUser.username,
      teams: teamRefs,
    });
    let employeeSeq = 1;
    unit.teams.forEach((team, teamIndex) => {
      const teamId = randomUUID();
      orgRows.push({ id: teamId, level: "team", parentId: unitId, countyId, unitId, name: team.name, teamKind: team.kind });
      const size = team.size;
      let leaderName: string | null = null;
      const roster: { id: string; name: string }[] = [];
      for (let i = 0; i < size; i++) {
        const gender = rng.chance(unit.kind === "enterprise" && team.kind === "team" ? 0.35 : 0.55) ? "female" : "male";
        const name = i === 0 && team.leader ? team.leader.displayName : chineseName(rng, gender);
        if (i === 0) leaderName = name;
        const workerId = randomUUID();
        roster.push({ id: workerId, name });
        workerRows.push({
          id: workerId,
          teamId,
          unitId,
          countyId,
          name,
          employeeNo: `${unit.code}${String(employeeSeq++).padStart(4, "0")}`,
          gender: i === 0 && team.leader ? "male" : gender,
          education: rng.weighted(unit.education),
          skillLevel: i === 0 && unit.kind === "enterprise" ? "technician" : rng.weighted(unit.skills),
          post: i === 0 ? (team.kind === "team" ? "班组长" : "科长") : rng.pick(team.posts),
          birthDate: `${rng.int(1968, 2002)}-${String(rng.int(1, 12)).padStart(2, "0")}-${String(rng.int(1, 28)).padStart(2, "0")}`,
        });
      }
      const leaderUser = { id: randomUUID(), username: team.leader?.username ?? `${unit.code.toLowerCase()}${String(teamIndex + 1).padStart(2, "0")}` };
      userRows.push({
        ...leaderUser,
        displayName: team.leader?.displayName ?? leaderName!,
        passwordHash,
        role: "leader",
        orgId: teamId,
      });
      teamRefs.push({ id: teamId, name: team.name, kind: team.kind, leaderUserId: leaderUser.id, leaderUsername: leaderUser.username, workers: roster });
    });
  }

  return db.transaction(async (tx) => {
    // Several app servers may start at once: one seeds, the others then see the marker.
    await tx.execute(sql`select pg_advisory_xact_lock(7021946114)`);
    const [marker] = await tx.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, DEMO_SEED_KEY)).limit(1);
    if (marker) return "already-seeded" as const;
    const [{ n }] = await tx.select({ n: count() }).from(orgs);
    if (n > 0) return "not-empty" as const;
    // Counties first, then units, then teams: the tree's foreign keys point upwards.
    for (const level of ["county", "unit", "team"] as const) {
      await tx.insert(orgs).values(orgRows.filter((o) => o.level === level));
    }
    await tx.insert(users).values(userRows);
    for (let i = 0; i < workerRows.length; i += 500) await tx.insert(workers).values(workerRows.slice(i, i + 500));
    // Last year, closed by the office in the first days of this year (never after the seeding moment).
    const closedAt = new Date(Math.min(new Date(`${year}-01-08T10:00:00+08:00`).getTime(), today.getTime() - 30 * 60_000));
    const [lastPeriod, currentPeriod] = await tx
      .insert(periods)
      .values([
        { countyId, year: year - 1, startsOn: `${year - 1}-01-01`, endsOn: `${year - 1}-12-31`, status: "closed", version: 2, closedAt, closedBy: officeUserId },
        { countyId, year, startsOn: `${year}-01-01`, endsOn: `${year}-12-31`, status: "open" },
      ])
      .returning();
    // Two years of work: all of last year (approved), and this year so far with its review history.
    const lastYearEnd = new Date(`${year - 1}-12-31T20:00:00+08:00`);
    const lastYearSeeded = await seedDemoRecords(tx, { today: lastYearEnd, pastYear: { reviewedBy: today }, countyId, officeUserId, units: unitRefs });
    const recordsSeeded: DemoRecordsSummary = await seedDemoRecords(tx, { today, countyId, officeUserId, units: unitRefs });
    // The dashboard, rankings and auto-scored items read aggregates: build them from the approved records.
    await recomputeCountyStats(tx, countyId);
    // The default evaluation schemes, published for each year at its start.
    const schemesOf = async (period: typeof lastPeriod, publishedAt: Date) => {
      const schemes = {} as Parameters<typeof seedDemoEvaluations>[1]["schemes"];
      for (const scheme of DEFAULT_SCHEMES) {
        const id = await insertSchemeTree(tx, { ...scheme, countyId, periodId: period!.id, version: 1, status: "published", createdBy: officeUserId, publishedAt, publishedBy: officeUserId });
        schemes[scheme.target] = { id, bands: scheme.bands };
      }
      return schemes;
    };
    // Last year's evaluations all confirmed, posted and named; this year's at every stage. Both scored from the aggregates just built.
    const lastSchemes = await schemesOf(lastPeriod, new Date(Date.UTC(year - 1, 0, 5, 2, 0)));
    await seedDemoEvaluations(tx, { today: lastYearEnd, countyId, period: lastPeriod!, officeUserId, units: unitRefs, schemes: lastSchemes, pastYear: true });
    await tx.insert(auditLog).values({ actorId: officeUserId, action: "period.closed", entity: "period", entityId: lastPeriod!.id, countyId, at: closedAt, before: { status: "open" }, after: { status: "closed", year: year - 1 } });
    const schemes = await schemesOf(currentPeriod, new Date(Math.min(Date.UTC(year, 0, 5, 2, 0), today.getTime())));
    await seedDemoEvaluations(tx, { today, countyId, period: currentPeriod!, officeUserId, units: unitRefs, schemes });
    await tx.insert(appMeta).values({ key: DEMO_SEED_KEY, value: { seededAt: today.toISOString(), accounts: DEMO_ACCOUNTS } });
    await tx.insert(auditLog).values({
      actorId: null,
      action: "demo.seeded",
      entity: "org",
      entityId: countyId,
      countyId,
      after: { units: DEMO_UNITS.length, workers: workerRows.length, records: recordsSeeded.records, lastYearRecords: lastYearSeeded.records },
    });
    return "seeded" as const;
  });
}

/** Whether the demo county is in use (the login page lists its accounts only then). */
export async function isDemoSeeded(db: Database): Promise<boolean> {
  const [marker] = await db.select({ key: appMeta.key }).from(appMeta).where(eq(appMeta.key, DEMO_SEED_KEY)).limit(1);
  return Boolean(marker);
}
