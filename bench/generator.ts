import { sql } from "drizzle-orm";
import type { DbHandle, Queryable } from "../db/client";
import { hashPassword } from "../lib/auth/password";
import { DEFAULT_SCHEMES } from "../lib/evaluations/default-schemes";
import { insertSchemeTree } from "../lib/evaluations/scheme-tree";
import { recomputeCountyStats } from "../lib/stats/aggregates";
import { rowsOf } from "../lib/db-rows";
import { BENCH_PASSWORD, type BenchScale } from "./scales";

/*
 * The benchmark's data generator: a whole installation bulk-loaded with set-based SQL
 * (INSERT … SELECT FROM generate_series), never row by row. Everything is a pure function of the row
 * number and the seed (PostgreSQL's hashint8extended), so the same --seed gives the same data on
 * PostgreSQL and PGlite alike. Ids are readable and sequential per kind
 * (`c0000008-0000-4000-8000-<hex row number>`), which keeps B-tree appends in order while loading.
 *
 * No audit rows are written for the seeded history (the app writes one per state change; the bench
 * pages do not read them).
 */

export const BENCH_META_KEY = "bench_seed";

/** Id prefixes per kind (8 hex digits). */
const P = {
  county: "c0000001",
  unit: "c0000002",
  team: "c0000003",
  worker: "c0000004",
  office: "c0000005",
  union: "c0000006",
  leader: "c0000007",
  session: "c0000008",
  record: "c0000009",
  period: "c000000a",
  evaluation: "c000000b",
} as const;

/** SQL for the uuid of row `expr` of a kind. */
const id = (kind: keyof typeof P, expr: string) => `('${P[kind]}-0000-4000-8000-' || lpad(to_hex((${expr})::int8), 12, '0'))::uuid`;
/** The uuid of row `n` of a kind, in JavaScript (for tests and the runner). */
export function benchId(kind: keyof typeof P, n: number): string {
  return `${P[kind]}-0000-4000-8000-${n.toString(16).padStart(12, "0")}`;
}

export interface SeedOptions {
  scale: BenchScale;
  seed: number;
  /** China date the data ends on (YYYY-MM-DD). */
  today: string;
  log?: (line: string) => void;
  /** Rows per INSERT for the big tables (sessions and their attendees). */
  chunk?: number;
}

export interface SeedReport {
  phases: { name: string; ms: number }[];
  totalMs: number;
  counts: Record<string, number>;
}

export const COUNTED_TABLES = [
  "orgs",
  "users",
  "workers",
  "periods",
  "records",
  "record_workers",
  "org_month_stats",
  "worker_year_stats",
  "evaluation_schemes",
  "evaluation_items",
  "evaluations",
  "evaluation_scores",
] as const;

export async function countRows(db: Queryable): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const table of COUNTED_TABLES) {
    const rows = await db.execute(sql.raw(`select count(*)::int as n from ${table}`));
    out[table] = Number(rowsOf<{ n: number }>(rows)[0]!.n);
  }
  return out;
}

export { rowsOf };

/** True when the schema holds any org (the seed refuses to mix into a used database). */
export async function databaseHasData(db: Queryable): Promise<boolean> {
  const rows = rowsOf<{ n: number }>(await db.execute(sql`select count(*)::int as n from (select 1 from orgs limit 1) x`));
  return Number(rows[0]!.n) > 0;
}

/** Drops everything (public schema and drizzle's migration journal); the caller migrates again. */
export async function resetDatabase(db: Queryable): Promise<void> {
  await db.execute(sql.raw(`drop schema if exists drizzle cascade`));
  await db.execute(sql.raw(`drop schema public cascade`));
  await db.execute(sql.raw(`create schema public`));
}

const CN_SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "马", "罗"];
const CN_GIVEN = ["伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "桂英", "建华", "志强", "海燕", "晓东", "春梅", "国庆", "红梅"];
const INDUSTRIES = ["制造业", "电力", "化工", "建筑业", "交通运输", "食品加工", "纺织", "教育", "卫生", "金融"];
const SESSION_TITLES = ["班前安全学习", "新工艺操作规程学习", "岗位技能练兵", "职业道德教育", "设备点检标准学习", "质量管理知识学习", "政治理论学习", "应急预案演练讲评"];

const arr = (items: readonly string[]) => `array[${items.map((s) => `'${s.replace(/'/g, "''")}'`).join(",")}]`;

export async function seedBench(handle: DbHandle, opts: SeedOptions): Promise<SeedReport> {
  const { scale, seed, today } = opts;
  const log = opts.log ?? (() => {});
  const db = handle.db;
  const chunk = opts.chunk ?? 250_000;
  const C = scale.counties;
  const UPC = scale.unitsPerCounty;
  const U = C * UPC;
  const TPU = scale.teamsPerUnit;
  const T = U * TPU;
  const W = scale.workers;
  const S = scale.sessions;
  if (W < T * 2) throw new Error(`scale ${scale.name}: needs at least two workers per team`);
  const year = Number(today.slice(0, 4));

  /** Uniform [0, 1) from a row number and a salt, reproducible for a seed. */
  const r = (expr: string, salt: number) => `((hashint8extended((${expr})::int8, ${seed * 1000 + salt}::int8) & 2147483647)::float8 / 2147483648.0)`;
  const pick = (items: readonly string[], expr: string, salt: number) => `(${arr(items)})[1 + floor(${r(expr, salt)} * ${items.length})::int]`;
  /** A team's roster size: workers w with w % T = t. */
  const teamSize = (t: string) => `((${W} - 1 - (${t})) / ${T} + 1)`;
  const day = (back: string) => `(date '${today}' - (${back})::int)`;

  const phases: { name: string; ms: number }[] = [];
  const started = Date.now();
  const exec = (text: string) => db.execute(sql.raw(text));
  async function phase(name: string, fn: () => Promise<void>) {
    const t0 = Date.now();
    await fn();
    const ms = Date.now() - t0;
    phases.push({ name, ms });
    log(`  ${name.padEnd(44)} ${(ms / 1000).toFixed(1).padStart(7)} s`);
  }

  // Bulk-load settings for this session: no FK trigger checks (the generator's references are correct
  // by construction, and the tests check them), no waiting for WAL flushes.
  await exec(`set session_replication_role = replica`);
  if (handle.kind === "postgres") {
    await exec(`set synchronous_commit = off`);
    await exec(`set maintenance_work_mem = '512MB'`);
    await exec(`set work_mem = '64MB'`);
  }

  let passwordHash = "";
  await phase("password hash (argon2id, once)", async () => {
    passwordHash = await hashPassword(BENCH_PASSWORD);
  });
  const hashLit = `'${passwordHash.replace(/'/g, "''")}'`;

  // Secondary indexes of the big tables are dropped for the load and rebuilt once, sorted.
  const bigTables = ["records", "record_workers", "workers", "evaluation_scores"];
  const savedIndexes = rowsOf<{ indexname: string; indexdef: string }>(
    await db.execute(
      sql.raw(`select indexname, indexdef from pg_indexes where schemaname = 'public' and tablename in (${bigTables.map((t) => `'${t}'`).join(",")})
        and indexname not in (select conname from pg_constraint where contype in ('p', 'u', 'x'))`),
    ),
  );
  await phase("drop secondary indexes", async () => {
    for (const ix of savedIndexes) await exec(`drop index if exists "${ix.indexname}"`);
  });

  await phase("orgs (counties, units, teams)", async () => {
    await exec(`insert into orgs (id, level, county_id, name, contact_name, created_at, updated_at)
      select ${id("county", "c")}, 'county', ${id("county", "c")}, '基准市第' || (c + 1) || '县', '创争办', now(), now()
      from generate_series(0, ${C - 1}) c`);
    await exec(`insert into orgs (id, level, parent_id, county_id, unit_id, name, unit_kind, industry, contact_name, contact_phone, created_at, updated_at)
      select ${id("unit", "u")}, 'unit', ${id("county", `u / ${UPC}`)}, ${id("county", `u / ${UPC}`)}, ${id("unit", "u")},
        ind || '单位' || (u % ${UPC} + 1) || '号',
        k::unit_kind, ind, '工会主席', '0451-' || lpad((1000000 + u)::text, 7, '0'), now(), now()
      from (select u,
        case when ${r("u", 11)} < 0.8 then 'enterprise' when ${r("u", 11)} < 0.9 then 'organ' else 'institution' end as k,
        ${pick(INDUSTRIES, "u", 12)} as ind
        from generate_series(0, ${U - 1}) u) x`);
    await exec(`insert into orgs (id, level, parent_id, county_id, unit_id, name, team_kind, created_at, updated_at)
      select ${id("team", "t")}, 'team', ${id("unit", `t / ${TPU}`)}, ${id("county", `t / ${TPU} / ${UPC}`)}, ${id("unit", `t / ${TPU}`)},
        case when u.unit_kind = 'enterprise' then '生产班组' else '业务科室' end || (t % ${TPU} + 1),
        case when u.unit_kind = 'enterprise' then 'team'::team_kind else 'section'::team_kind end, now(), now()
      from generate_series(0, ${T - 1}) t
      join orgs u on u.id = ${id("unit", `t / ${TPU}`)}`);
  });

  await phase("users (office, unions, leaders)", async () => {
    await exec(`insert into users (id, username, display_name, password_hash, role, org_id)
      select ${id("office", "c")}, 'bench-office-' || (c + 1), '创争办' || (c + 1), ${hashLit}, 'office', ${id("county", "c")}
      from generate_series(0, ${C - 1}) c`);
    await exec(`insert into users (id, username, display_name, password_hash, role, org_id)
      select ${id("union", "u")}, 'bench-union-' || (u / ${UPC} + 1) || '-' || (u % ${UPC} + 1), '工会' || (u + 1), ${hashLit}, 'union', ${id("unit", "u")}
      from generate_series(0, ${U - 1}) u`);
    await exec(`insert into users (id, username, display_name, password_hash, role, org_id)
      select ${id("leader", "t")}, 'bench-leader-' || (t / ${TPU} / ${UPC} + 1) || '-' || (t / ${TPU} % ${UPC} + 1) || '-' || (t % ${TPU} + 1),
        '班组长' || (t + 1), ${hashLit}, 'leader', ${id("team", "t")}
      from generate_series(0, ${T - 1}) t`);
  });

  await phase("workers", async () => {
    await exec(`insert into workers (id, team_id, unit_id, county_id, name, employee_no, gender, education, skill_level, post, birth_date, status, left_at, created_at, updated_at)
      select ${id("worker", "w")}, ${id("team", `w % ${T}`)}, ${id("unit", `w % ${T} / ${TPU}`)}, ${id("county", `w % ${T} / ${TPU} / ${UPC}`)},
        ${pick(CN_SURNAMES, "w", 21)} || ${pick(CN_GIVEN, "w", 22)},
        'B' || lpad(w::text, 7, '0'),
        case when ${r("w", 23)} < 0.42 then 'female'::gender else 'male'::gender end,
        (array['junior_high','senior_high','vocational','college','bachelor','master'])[1 + least(5, floor(${r("w", 24)} * 6)::int)]::education_level,
        (array['none','none','junior','intermediate','senior','technician','senior_technician'])[1 + floor(${r("w", 25)} * 7)::int]::skill_level,
        (array['操作工','技术员','质检员','班组长','维修工','科员'])[1 + floor(${r("w", 26)} * 6)::int],
        date '1966-01-01' + floor(${r("w", 27)} * 13000)::int,
        case when ${r("w", 28)} < 0.02 then 'left'::worker_status else 'active'::worker_status end,
        case when ${r("w", 28)} < 0.02 then now() - interval '30 days' else null end,
        now(), now()
      from generate_series(0, ${W - 1}) w`);
  });

  await phase("periods", async () => {
    await exec(`insert into periods (id, county_id, year, starts_on, ends_on, status)
      select ${id("period", "c * 2 + k")}, ${id("county", "c")}, ${year - 1} + k, make_date(${year - 1} + k, 1, 1), make_date(${year - 1} + k, 12, 31),
        case when k = 0 then 'closed'::period_status else 'open'::period_status end
      from generate_series(0, ${C - 1}) c, generate_series(0, 1) k`);
  });

  /*
   * A record's status, date and review columns from its row number: mostly approved, ~1.5 %
   * submitted (recent: the review queues hold a few dozen per union), some drafts and rejections.
   */
  const statusExpr = (n: string, submittedShare: number) =>
    `case when ${r(n, 1)} < ${submittedShare} then 'submitted' when ${r(n, 1)} < ${submittedShare + 0.005} then 'draft' when ${r(n, 1)} < ${submittedShare + 0.01} then 'rejected' else 'approved' end`;
  const backExpr = (n: string, st: string) => `case when ${st} in ('submitted', 'draft') then floor(${r(n, 2)} * 20) else floor(${r(n, 2)} * 365) end`;
  /** The record columns every kind shares, from an inner select exposing n, st, occ, creator, reviewer and owner ids. */
  const commonCols = `status, version, title, occurred_on, created_by, submitted_at, reviewed_by, reviewed_at, review_note, created_at, updated_at`;
  const commonVals = `st::record_status, case st when 'draft' then 1 when 'submitted' then 2 else 3 end, title, occ, creator,
    case when st = 'draft' then null else occ + time '18:00' end,
    case when st in ('approved', 'rejected') then reviewer end,
    case when st in ('approved', 'rejected') then least(now(), occ + interval '2 days') end,
    case when st = 'rejected' then '请补充活动照片和签到表后重新提交。' end,
    occ + time '17:00', occ + time '18:00'`;

  await phase("study sessions", async () => {
    for (let from = 0; from < S; from += chunk) {
      const to = Math.min(S, from + chunk) - 1;
      await exec(`insert into records (id, kind, owner_level, county_id, unit_id, team_id, hours, participants, details, ${commonCols})
        select ${id("session", "n")}, 'study_session', 'team', ${id("county", `t / ${TPU} / ${UPC}`)}, ${id("unit", `t / ${TPU}`)}, ${id("team", "t")},
          0.5 + floor(${r("n", 3)} * 6) * 0.5, least(${teamSize("t")}, 7 + floor(${r("n", 4)} * 7)::int),
          jsonb_build_object('contents', jsonb_build_array((array['politics','technology','business','culture','practice'])[1 + floor(${r("n", 6)} * 5)::int]),
            'form', (array['on_the_job','on_the_job','centralised','social'])[1 + floor(${r("n", 7)} * 4)::int], 'presenter', null, 'location', '班组活动室', 'summary', null),
          ${commonVals}
        from (select n, t, st, ${day(backExpr("n", "st"))} as occ, ${pick(SESSION_TITLES, "n", 8)} as title,
                ${id("leader", "t")} as creator, ${id("union", `t / ${TPU}`)} as reviewer
              from (select n, n % ${T} as t, ${statusExpr("n", 0.015)} as st from generate_series(${from}, ${to}) n) a) b`);
      // ~10 attendees from the team's roster: a run of consecutive roster places from a random start.
      await exec(`insert into record_workers (record_id, worker_id, role)
        select ${id("session", "n")}, ${id("worker", `t + ${T} * ((start + j) % size)`)}, 'attendee'
        from (select n, t, size, floor(${r("n", 5)} * size)::int as start, least(size, 7 + floor(${r("n", 4)} * 7)::int) as k
              from (select n, n % ${T} as t, ${teamSize(`n % ${T}`)} as size from generate_series(${from}, ${to}) n) a) b,
          lateral generate_series(0, k - 1) j`);
      log(`    sessions ${to + 1} / ${S}`);
    }
  });

  // Other kinds. Team kinds (proposals, innovations) are the leader's, reviewed by the union; unit
  // kinds are the union's own, reviewed by the office. Row numbers continue across kinds.
  let nextRecord = 0;
  async function teamKind(kind: "proposal" | "innovation", perTeam: number, cols: string, vals: string, role: "proposer" | "member", minNamed: number, spread: number) {
    const n0 = nextRecord;
    const count = T * perTeam;
    nextRecord += count;
    const nExpr = `(${n0} + i)`;
    await exec(`insert into records (id, kind, owner_level, county_id, unit_id, team_id, ${cols}, ${commonCols})
      select ${id("record", nExpr)}, '${kind}', 'team', ${id("county", `t / ${TPU} / ${UPC}`)}, ${id("unit", `t / ${TPU}`)}, ${id("team", "t")}, ${vals}, ${commonVals}
      from (select i, t, st, ${day(backExpr(nExpr, "st"))} as occ, '${kind === "proposal" ? "关于改进" : "革新："}' || ${pick(SESSION_TITLES, nExpr, 9)} as title,
              ${id("leader", "t")} as creator, ${id("union", `t / ${TPU}`)} as reviewer
            from (select i, i % ${T} as t, ${statusExpr(nExpr, 0.03)} as st from generate_series(0, ${count - 1}) i) a) b`);
    await exec(`insert into record_workers (record_id, worker_id, role)
      select ${id("record", nExpr)}, ${id("worker", `t + ${T} * ((start + j) % size)`)}, '${role}'
      from (select i, t, size, floor(${r(nExpr, 5)} * size)::int as start, least(size, ${minNamed} + floor(${r(nExpr, 4)} * ${spread})::int) as k
            from (select i, i % ${T} as t, ${teamSize(`i % ${T}`)} as size from generate_series(0, ${count - 1}) i) a) b,
        lateral generate_series(0, k - 1) j`);
  }
  async function unitKind(kind: "training" | "competition" | "culture" | "publicity", perUnit: number, cols: string, vals: string) {
    const n0 = nextRecord;
    const count = U * perUnit;
    nextRecord += count;
    const nExpr = `(${n0} + i)`;
    await exec(`insert into records (id, kind, owner_level, county_id, unit_id, team_id, ${cols}, ${commonCols})
      select ${id("record", nExpr)}, '${kind}', 'unit', ${id("county", `u / ${UPC}`)}, ${id("unit", "u")}, null, ${vals}, ${commonVals}
      from (select i, u, st, ${day(backExpr(nExpr, "st"))} as occ, title, ${id("union", "u")} as creator, ${id("office", `u / ${UPC}`)} as reviewer
            from (select i, i % ${U} as u, ${statusExpr(nExpr, 0.05)} as st,
                    '${{ training: "职工技能培训班", competition: "岗位技能竞赛", culture: "职工文体活动", publicity: "创争宣传" }[kind]}' || (i / ${U} + 1) as title
                  from generate_series(0, ${count - 1}) i) a) b`);
  }

  await phase("proposals, innovations (+ named workers)", async () => {
    const adopted = `${r("(" + "i" + ")", 31)} < 0.45`;
    await teamKind(
      "proposal",
      scale.proposalsPerTeam,
      "adopted, benefit_yuan, details",
      `${adopted}, case when ${adopted} then floor(${r("i", 32)} * 20000) end, jsonb_build_object('content', '建议优化作业流程，减少等待时间。', 'implemented', ${adopted})`,
      "proposer",
      1,
      2,
    );
    await teamKind(
      "innovation",
      scale.innovationsPerTeam,
      "benefit_yuan, details",
      `floor(${r("i", 33)} * 60000), jsonb_build_object('description', '改进工装夹具，提高装配效率。', 'result', '已推广')`,
      "member",
      2,
      3,
    );
  });

  await phase("trainings, competitions, culture, publicity", async () => {
    await unitKind(
      "training",
      scale.trainingsPerUnit,
      "quantity, participants, hours, details",
      `1 + floor(${r("i", 41)} * 3)::int, 20 + floor(${r("i", 42)} * 180)::int, 4 + floor(${r("i", 43)} * 36),
        jsonb_build_object('specialty', '电工', 'reemployment', ${r("i", 44)} < 0.1, 'employedAfter', case when ${r("i", 44)} < 0.1 then floor(${r("i", 45)} * 20)::int end)`,
    );
    await unitKind(
      "competition",
      scale.competitionsPerUnit,
      "participants, details",
      `10 + floor(${r("i", 46)} * 90)::int, jsonb_build_object('trade', '焊工', 'level', 'unit', 'winners', 1 + floor(${r("i", 47)} * 9)::int)`,
    );
    await unitKind(
      "culture",
      scale.culturePerUnit,
      "participants, details",
      `20 + floor(${r("i", 48)} * 280)::int, jsonb_build_object('eventType', (array['gala','exhibition','chess','table_tennis','sports_meet','reading'])[1 + floor(${r("i", 49)} * 6)::int])`,
    );
    await unitKind(
      "publicity",
      scale.publicityPerUnit,
      "quantity, details",
      `1 + floor(${r("i", 50)} * 50)::int, jsonb_build_object('channel', (array['forum','training_class','banner','bulletin','leaflet','blackboard','media'])[1 + floor(${r("i", 51)} * 7)::int], 'note', null)`,
    );
  });

  await phase("rebuild secondary indexes", async () => {
    for (const ix of savedIndexes) await exec(ix.indexdef);
  });

  await phase("maintained aggregates (set-based)", async () => {
    for (let c = 0; c < C; c++) await recomputeCountyStats(db, benchId("county", c));
  });

  await phase("evaluation schemes (published)", async () => {
    for (let c = 0; c < C; c++) {
      for (const scheme of DEFAULT_SCHEMES) {
        await insertSchemeTree(db, {
          ...scheme,
          countyId: benchId("county", c),
          periodId: benchId("period", c * 2 + 1),
          version: 1,
          status: "published",
          createdBy: benchId("office", c),
          publishedAt: new Date(`${year}-01-05T02:00:00Z`),
          publishedBy: benchId("office", c),
        });
      }
    }
  });

  await phase("evaluations and scores", async () => {
    // Teams: 5 % not started, then draft, submitted, returned, accepted and (most) confirmed.
    const stage = (n: string) =>
      `case when ${r(n, 61)} < 0.05 then null when ${r(n, 61)} < 0.15 then 'draft' when ${r(n, 61)} < 0.25 then 'submitted' when ${r(n, 61)} < 0.3 then 'returned' when ${r(n, 61)} < 0.45 then 'accepted' else 'confirmed' end`;
    const evalCols = `id, county_id, unit_id, team_id, subject_id, target, period_id, scheme_id, status, version, created_by, submitted_at, submitted_by, reviewed_at, reviewed_by, confirmed_at, confirmed_by, return_note, created_at, updated_at`;
    const evalVals = (creator: string, reviewer: string, office: string) => `st::evaluation_status, 2,
      ${creator}, case when st <> 'draft' then timestamptz '${year}-10-20 10:00+08' end, case when st <> 'draft' then ${creator} end,
      case when st in ('accepted', 'confirmed', 'returned') then timestamptz '${year}-10-25 10:00+08' end, case when st in ('accepted', 'confirmed', 'returned') then ${reviewer} end,
      case when st = 'confirmed' then timestamptz '${year}-11-01 10:00+08' end, case when st = 'confirmed' then ${office} end,
      case when st = 'returned' then '台账资料不全，请补充后重新提交。' end, timestamptz '${year}-10-15 10:00+08', timestamptz '${year}-11-01 10:00+08'`;
    await exec(`insert into evaluations (${evalCols})
      select ${id("evaluation", "t")}, ${id("county", `t / ${TPU} / ${UPC}`)}, ${id("unit", `t / ${TPU}`)}, ${id("team", "t")}, ${id("team", "t")}, 'team',
        ${id("period", `(t / ${TPU} / ${UPC}) * 2 + 1`)}, s.id, ${evalVals(id("leader", "t"), id("union", `t / ${TPU}`), id("office", `t / ${TPU} / ${UPC}`))}
      from (select t, ${stage("t")} as st from generate_series(0, ${T - 1}) t) x
      join evaluation_schemes s on s.county_id = ${id("county", `t / ${TPU} / ${UPC}`)} and s.target = 'team' and s.status = 'published'
      where st is not null`);
    await exec(`insert into evaluations (${evalCols})
      select ${id("evaluation", `${T} + u`)}, o.county_id, o.id, null, o.id, s.target, ${id("period", `(u / ${UPC}) * 2 + 1`)}, s.id,
        ${evalVals(id("union", "u"), id("office", `u / ${UPC}`), id("office", `u / ${UPC}`))}
      from (select u, ${stage(`${T} + u`)} as st from generate_series(0, ${U - 1}) u) x
      join orgs o on o.id = ${id("unit", "u")}
      join evaluation_schemes s on s.county_id = o.county_id and s.status = 'published'
        and s.target = case when o.unit_kind = 'enterprise' then 'enterprise'::evaluation_target else 'organ_institution'::evaluation_target end
      where st is not null`);
    // Item scores: 55–100 % of each item's points; reviewers shave a point off a fifth of them.
    const rr = (salt: number) => `((hashtextextended(e.id::text || i.id::text, ${seed * 1000 + salt}) & 2147483647)::float8 / 2147483648.0)`;
    await exec(`insert into evaluation_scores (evaluation_id, item_id, self_points, review_points, self_note, review_note)
      select e.id, i.id, sp, case when e.status in ('accepted', 'confirmed') then greatest(0, sp - case when ${rr(72)} < 0.2 then least(sp, 1) else 0 end) end,
        '', case when e.status in ('accepted', 'confirmed') and ${rr(72)} < 0.2 and sp > 0 then '佐证材料不足，按实际核减。' else '' end
      from evaluations e
      join evaluation_items i on i.scheme_id = e.scheme_id
      cross join lateral (select round((i.max_points * (0.55 + 0.45 * ${rr(71)}))::numeric, 1) as sp) p`);
    await exec(`update evaluations e set self_total = x.self_total,
        review_total = case when e.status in ('accepted', 'confirmed') then x.review_total end,
        final_total = case when e.status = 'confirmed' then x.review_total end,
        grade = case when e.status = 'confirmed' then
          case when x.review_total >= (s.bands->>'excellent')::numeric then 'excellent'::grade when x.review_total >= (s.bands->>'good')::numeric then 'good'::grade
               when x.review_total >= (s.bands->>'pass')::numeric then 'pass'::grade else 'fail'::grade end end
      from (select evaluation_id, sum(self_points) as self_total, sum(coalesce(review_points, self_points)) as review_total from evaluation_scores group by evaluation_id) x,
        evaluation_schemes s
      where x.evaluation_id = e.id and s.id = e.scheme_id`);
  });

  await exec(`set session_replication_role = origin`);

  // VACUUM as well as ANALYZE: a live installation's autovacuum keeps the visibility map of rows untouched
  // since its last pass, and a list's count is an index-only scan only over such pages. A fresh load has
  // none, so without this the bench would time each count as a scan of the county's heap (docs/scaling.md).
  await phase("vacuum, analyze", async () => {
    await exec(`vacuum (analyze)`);
  });

  const counts = await countRows(db);
  const totalMs = Date.now() - started;
  const meta = { scale: scale.name, seed, today, counts, phases, totalMs, driver: handle.kind, seededAt: new Date().toISOString() };
  await db.execute(sql`insert into app_meta (key, value) values (${BENCH_META_KEY}, ${JSON.stringify(meta)}::jsonb)`);
  return { phases, totalMs, counts };
}
