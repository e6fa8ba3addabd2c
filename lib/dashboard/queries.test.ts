import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { orgs, periods, records, users, type Period } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/load-user";
import { transitionRecord } from "@/lib/records/mutations";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { getDashboard, type DashboardData } from "./queries";
import { chinaYear } from "@/lib/time";

/**
 * The headline figures as the seed document reports them, computed straight from the records table
 * (no aggregates): what the dashboard must show.
 */
async function expectedFromRecords(db: Database, countyId: string, period: Period) {
  const approvedInPeriod = sql`r.county_id = ${countyId} and r.status = 'approved' and r.occurred_on between ${period.startsOn} and ${period.endsOn}`;
  // postgres.js answers with the rows, PGlite with { rows }.
  const one = async <T>(query: ReturnType<typeof sql>): Promise<T> => {
    const result = (await db.execute(query)) as unknown;
    return (Array.isArray(result) ? result : (result as { rows: T[] }).rows)[0] as T;
  };
  const figures = await one<Record<string, string | number | bigint>>(sql`
    select
      count(*) filter (where kind = 'study_session') as sessions,
      coalesce(sum(participants) filter (where kind = 'study_session'), 0) as attendance,
      coalesce(sum(hours) filter (where kind = 'study_session'), 0) as session_hours,
      count(*) filter (where kind = 'proposal') as proposals,
      count(*) filter (where kind = 'proposal' and adopted) as proposals_adopted,
      coalesce(sum(benefit_yuan) filter (where kind = 'proposal'), 0) as proposal_benefit,
      count(*) filter (where kind = 'innovation') as innovations,
      count(*) filter (where kind = 'innovation' and benefit_yuan >= 10000) as innovations_10k,
      coalesce(sum(benefit_yuan) filter (where kind = 'innovation' and benefit_yuan >= 10000), 0) as innovations_10k_benefit,
      coalesce(sum(quantity) filter (where kind = 'training'), 0) as training_classes,
      coalesce(sum(participants) filter (where kind = 'training'), 0) as training_trainees,
      coalesce(sum(quantity) filter (where kind = 'training' and details->>'reemployment' = 'true'), 0) as reemployment_classes,
      coalesce(sum(participants) filter (where kind = 'training' and details->>'reemployment' = 'true'), 0) as reemployment_trainees,
      coalesce(sum((details->>'employedAfter')::int) filter (where kind = 'training' and details->>'reemployment' = 'true'), 0) as reemployed,
      count(*) filter (where kind = 'competition') as competitions,
      coalesce(sum(participants) filter (where kind = 'competition'), 0) as competition_participants,
      coalesce(sum((details->>'winners')::int) filter (where kind = 'competition'), 0) as competition_winners,
      count(*) filter (where kind = 'culture') as culture_events,
      coalesce(sum(participants) filter (where kind = 'culture'), 0) as culture_participants,
      count(*) filter (where kind = 'publicity') as publicity_items,
      coalesce(sum(quantity) filter (where kind = 'publicity' and details->>'channel' = 'leaflet'), 0) as publicity_leaflet,
      coalesce(sum(quantity) filter (where kind = 'publicity' and details->>'channel' = 'banner'), 0) as publicity_banner,
      (select count(*) from orgs u where u.county_id = ${countyId} and u.level = 'unit' and u.archived_at is null) as units_total,
      (select count(distinct r2.unit_id) from records r2 join orgs u on u.id = r2.unit_id and u.archived_at is null
         where r2.county_id = ${countyId} and r2.status = 'approved' and r2.occurred_on between ${period.startsOn} and ${period.endsOn}) as units_active,
      (select count(*) from orgs t where t.county_id = ${countyId} and t.level = 'team' and t.archived_at is null) as teams_total,
      (select count(distinct r3.team_id) from records r3 join orgs t on t.id = r3.team_id and t.archived_at is null
         where r3.county_id = ${countyId} and r3.status = 'approved' and r3.occurred_on between ${period.startsOn} and ${period.endsOn}) as teams_active,
      (select count(*) from workers w where w.county_id = ${countyId} and w.status = 'active') as workers_total,
      (select count(distinct rw.worker_id) from record_workers rw join records r4 on r4.id = rw.record_id
         join workers w on w.id = rw.worker_id and w.status = 'active'
         where r4.county_id = ${countyId} and r4.status = 'approved' and extract(year from r4.occurred_on) = ${period.year}) as workers_active
    from records r where ${approvedInPeriod}`);
  const num = (k: string) => Number(figures[k]);
  return {
    units: { total: num("units_total"), active: num("units_active") },
    teams: { total: num("teams_total"), active: num("teams_active") },
    workers: { total: num("workers_total"), active: num("workers_active") },
    totals: {
      sessions: num("sessions"),
      attendance: num("attendance"),
      sessionHours: num("session_hours"),
      proposals: num("proposals"),
      proposalsAdopted: num("proposals_adopted"),
      proposalBenefit: num("proposal_benefit"),
      innovations: num("innovations"),
      innovations10k: num("innovations_10k"),
      innovations10kBenefit: num("innovations_10k_benefit"),
      trainingClasses: num("training_classes"),
      trainingTrainees: num("training_trainees"),
      reemploymentClasses: num("reemployment_classes"),
      reemploymentTrainees: num("reemployment_trainees"),
      reemployed: num("reemployed"),
      competitions: num("competitions"),
      competitionParticipants: num("competition_participants"),
      competitionWinners: num("competition_winners"),
      cultureEvents: num("culture_events"),
      cultureParticipants: num("culture_participants"),
      publicityItems: num("publicity_items"),
      publicityLeaflet: num("publicity_leaflet"),
      publicityBanner: num("publicity_banner"),
    },
  };
}

describe.each(TEST_DATABASES)("office dashboard on %s", (kind) => {
  let db: TestDatabase;
  let office: CurrentUser;
  let period: Period;
  const userNamed = async (username: string) => {
    const [u] = await db.db.select({ id: users.id }).from(users).where(eq(users.username, username));
    return (await loadActiveUser(db.db, u!.id))!;
  };

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    await seedDemo(db.db);
    office = await userNamed("office");
    const year = chinaYear();
    [period] = await db.db.select().from(periods).where(and(eq(periods.countyId, office.countyId), eq(periods.year, year)));
  });
  afterAll(() => db.dispose());

  async function compare() {
    const expected = await expectedFromRecords(db.db, office.countyId, period);
    const data = await getDashboard(office, period);
    expect(data).not.toBeNull();
    expect({ units: data!.units, teams: data!.teams, workers: data!.workers }).toEqual({ units: expected.units, teams: expected.teams, workers: expected.workers });
    for (const [key, value] of Object.entries(expected.totals)) {
      expect(data!.totals[key as keyof DashboardData["totals"]], key).toBeCloseTo(value, 2);
    }
    const monthSessions = data!.byMonth.reduce((s, m) => s + m.sessions, 0);
    expect(monthSessions).toBe(expected.totals.sessions);
    return { expected, data: data! };
  }

  it("shows the seed's headline figures exactly as the approved records add up", async () => {
    const { expected, data } = await compare();
    // The demo year is full: every figure has something behind it.
    for (const key of ["sessions", "proposals", "innovations10k", "trainingTrainees", "reemploymentTrainees", "competitions", "cultureEvents", "publicityItems"] as const) {
      expect(expected.totals[key], key).toBeGreaterThan(0);
    }
    expect(data.units.active).toBeGreaterThan(0);
    expect(data.workers.active).toBeGreaterThan(data.workers.total / 2);
    expect(data.byUnitKind.map((k) => k.kind)).toEqual(["enterprise", "organ", "institution"]);
    expect(data.byUnitKind.reduce((s, k) => s + k.units.total, 0)).toBe(data.units.total);
  });

  it("still agrees after approvals and a reopening", async () => {
    const union = await userNamed("union");
    const [pending] = await db.db
      .select({ id: records.id, version: records.version })
      .from(records)
      .where(and(eq(records.unitId, union.unitId!), eq(records.ownerLevel, "team"), eq(records.status, "submitted")))
      .limit(1);
    expect(await transitionRecord(union, pending!.id, "approve", { version: pending!.version })).toMatchObject({ ok: true });
    const [innovation] = await db.db
      .select({ id: records.id, version: records.version })
      .from(records)
      .where(and(eq(records.countyId, office.countyId), eq(records.kind, "innovation"), eq(records.status, "approved"), sql`${records.benefitYuan} >= 10000`, sql`${records.occurredOn} >= ${period.startsOn}`))
      .limit(1);
    const before = await getDashboard(office, period);
    expect(await transitionRecord(office, innovation!.id, "reopen", { version: innovation!.version, reason: "效益核算需复核" })).toMatchObject({ ok: true });
    const { data } = await compare();
    expect(data.totals.innovations10k).toBe(before!.totals.innovations10k - 1);
  });

  it("is the office's alone", async () => {
    expect(await getDashboard(await userNamed("union"), period)).toBeNull();
    expect(await getDashboard(await userNamed("leader"), period)).toBeNull();
    // Another county's period is not this office's to read.
    const [other] = await db.db.insert(orgs).values({ level: "county", name: "别县", countyId: null }).returning({ id: orgs.id });
    expect(await getDashboard(office, { ...period, countyId: other!.id })).toBeNull();
  });
});
