import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { loadActiveUser } from "@/lib/auth/load-user";
import { verifyPassword } from "@/lib/auth/password";
import { rowsOf } from "@/lib/db-rows";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { benchId, countRows, databaseHasData, seedBench, type SeedReport } from "./generator";
import { BENCH_PASSWORD, BENCH_SCALES } from "./scales";

/** The benchmark's generator at its tiny scale: counts and referential shape, on each database. */
describe.each(TEST_DATABASES)("bench generator (tiny) on %s", (kind) => {
  let db: TestDatabase;
  let report: SeedReport;
  const scale = BENCH_SCALES.tiny;
  const one = async <T>(query: ReturnType<typeof sql>): Promise<T> => rowsOf<T>(await db.db.execute(query))[0]!;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    expect(await databaseHasData(db.db)).toBe(false);
    report = await seedBench(db, { scale, seed: 7, today: "2026-11-25" });
  });
  afterAll(() => db.dispose());

  it("creates the installation's shape", async () => {
    const units = scale.counties * scale.unitsPerCounty;
    const teams = units * scale.teamsPerUnit;
    expect(report.counts.orgs).toBe(scale.counties + units + teams);
    expect(report.counts.users).toBe(scale.counties + units + teams);
    expect(report.counts.workers).toBe(scale.workers);
    expect(report.counts.periods).toBe(scale.counties * 2);
    const others = teams * (scale.proposalsPerTeam + scale.innovationsPerTeam) + units * (scale.trainingsPerUnit + scale.competitionsPerUnit + scale.culturePerUnit + scale.publicityPerUnit);
    expect(report.counts.records).toBe(scale.sessions + others);
    // ~10 attendees per session (7–13, fewer only when a roster is smaller).
    const perSession = await one<{ avg: number }>(sql`select avg(participants)::float8 as avg from records where kind = 'study_session'`);
    expect(perSession.avg).toBeGreaterThan(8);
    expect(perSession.avg).toBeLessThan(12);
    expect(report.counts.evaluation_schemes).toBe(scale.counties * 4);
    expect(report.counts.evaluations).toBeGreaterThan(teams * 0.8);
    expect(report.counts.evaluation_scores).toBeGreaterThan(report.counts.evaluations * 5);
    expect(await databaseHasData(db.db)).toBe(true);
  });

  it("keeps every reference inside the tree", async () => {
    const broken = await one<{ n: number }>(sql`select (
        (select count(*) from orgs t join orgs u on u.id = t.parent_id where t.level = 'team' and (u.level <> 'unit' or t.unit_id <> u.id or t.county_id <> u.county_id))
      + (select count(*) from workers w join orgs t on t.id = w.team_id where t.unit_id <> w.unit_id or t.county_id <> w.county_id)
      + (select count(*) from record_workers rw left join records r on r.id = rw.record_id left join workers w on w.id = rw.worker_id
           where r.id is null or w.id is null or w.team_id <> r.team_id)
      + (select count(*) from records r left join users c on c.id = r.created_by left join orgs o on o.id = c.org_id
           where c.id is null or o.id <> coalesce(r.team_id, r.unit_id))
      + (select count(*) from records r where r.participants is distinct from (select count(*) from record_workers rw where rw.record_id = r.id) and r.kind = 'study_session')
      + (select count(*) from evaluations e join evaluation_schemes s on s.id = e.scheme_id where s.county_id <> e.county_id)
      + (select count(*) from users u join orgs o on o.id = u.org_id where (u.role = 'office') <> (o.level = 'county') or (u.role = 'leader') <> (o.level = 'team'))
      )::int as n`);
    expect(broken.n).toBe(0);
  });

  it("vacuums records, as autovacuum keeps a live installation (so counts can read indexes alone)", async () => {
    // That VACUUM ran, not how many pages it could mark all-visible: a transaction of another test on the same
    // server holds the horizon back and leaves pages unmarked (relallvisible 0 in one CI run of 930 tests).
    const stats = await one<{ vacuumed: boolean }>(sql`select last_vacuum is not null as vacuumed from pg_stat_user_tables where relname = 'records'`);
    expect(stats.vacuumed).toBe(true);
  });

  it("has queues to review, mostly approved work, and aggregates that add up", async () => {
    const st = await one<{ submitted: number; approved: number; total: number }>(
      sql`select count(*) filter (where status = 'submitted')::int as submitted, count(*) filter (where status = 'approved')::int as approved, count(*)::int as total from records`,
    );
    expect(st.submitted).toBeGreaterThan(0);
    expect(st.approved / st.total).toBeGreaterThan(0.9);
    const sums = await one<{ fromStats: number; fromRecords: number }>(sql`select
      (select sum(sessions)::int from org_month_stats) as "fromStats",
      (select count(*)::int from records where kind = 'study_session' and status = 'approved') as "fromRecords"`);
    expect(sums.fromStats).toBe(sums.fromRecords);
    const attendance = await one<{ fromStats: number; fromRecords: number }>(sql`select
      (select sum(sessions)::int from worker_year_stats) as "fromStats",
      (select count(*)::int from record_workers rw join records r on r.id = rw.record_id where r.status = 'approved' and r.kind = 'study_session') as "fromRecords"`);
    expect(attendance.fromStats).toBe(attendance.fromRecords);
  });

  it("signs the known accounts in with the one shared password", async () => {
    const row = await one<{ id: string; password_hash: string }>(sql`select id, password_hash from users where username = 'bench-leader-2-3-4'`);
    expect(row.id).toBe(benchId("leader", (1 * scale.unitsPerCounty + 2) * scale.teamsPerUnit + 3));
    expect(await verifyPassword(row.password_hash, BENCH_PASSWORD)).toBe(true);
    const user = await loadActiveUser(db.db, row.id);
    expect(user?.role).toBe("leader");
    const hashes = await one<{ n: number }>(sql`select count(distinct password_hash)::int as n from users`);
    expect(hashes.n).toBe(1);
  });

  it("is reproducible: the same seed gives the same data", async () => {
    const digest = await one<{ d: string }>(sql`select md5(string_agg(id::text || status || occurred_on || coalesce(hours::text, '') || coalesce(participants::text, ''), ',' order by id)) as d from records`);
    const again = await useTestDatabase(kind);
    try {
      await seedBench(again, { scale, seed: 7, today: "2026-11-25" });
      const rows = rowsOf<{ d: string }>(await again.db.execute(sql`select md5(string_agg(id::text || status || occurred_on || coalesce(hours::text, '') || coalesce(participants::text, ''), ',' order by id)) as d from records`));
      expect(rows[0]!.d).toBe(digest.d);
      expect(await countRows(again.db)).toEqual(report.counts);
    } finally {
      await again.dispose();
    }
  });
});
