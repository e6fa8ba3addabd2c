/**
 * The benchmark's data floor: each measured page's own SQL, run through the very lib functions the
 * page (and its layout) calls, without Next.js or HTTP. Started by scripts/bench.ts as
 * `node --conditions=react-server --import tsx scripts/bench-floor.ts <input.json> <output.json>`
 * (the react-server condition lets `server-only` modules load outside Next), against the same
 * database (DATABASE_URL or DATA_DIR) with the app's own pool. The auth floor's SQL (re-reading the
 * user) is measured separately, as "auth".
 */
import fs from "node:fs";
import { eq } from "drizzle-orm";
import { getDb, getDbHandle } from "../db/client";
import { users } from "../db/schema";
import { loadActiveUser, type CurrentUser } from "../lib/auth/load-user";
import { getDashboard } from "../lib/dashboard/queries";
import { countEvaluationsWaiting } from "../lib/evaluations/queries";
import { getLeaderHome, getOfficeHome } from "../lib/home/queries";
import { listLateOrgs } from "../lib/nudges/queries";
import { listTeamsInScope } from "../lib/org/queries";
import { listPeriods, resolvePeriod } from "../lib/periods/queries";
import { getRankings } from "../lib/rankings/queries";
import { normaliseFilters, rankingFiltersSchema } from "../lib/rankings/schemas";
import { createRecord, transitionRecord } from "../lib/records/mutations";
import { countWaitingFor } from "../lib/records/queries";
import { listReviewQueue } from "../lib/records/review-queue";
import { reviewQueueFiltersSchema } from "../lib/records/queue-filters";
import { parseSearchParams } from "../lib/http/search-params";
import { percentile } from "../bench/stats";

export interface FloorInput {
  office: string;
  union: string;
  leader: string;
  /** Leaders whose teams' submissions are timed (one per concurrent loop). */
  submitters: { username: string; attendees: string[] }[];
  /** Submitted records (with their union's username) this script may approve: never the HTTP run's. */
  approvals: { id: string; version: number; union: string }[];
  concurrency: number;
  seconds: number;
  today: string;
}

export interface FloorResult {
  name: string;
  /** Median of sequential calls (one at a time). */
  serialMs: number;
  /** At `concurrency` loops for `seconds`. */
  p50: number;
  p95: number;
  opsPerSec: number;
  calls: number;
}

async function userByName(username: string): Promise<CurrentUser> {
  const db = await getDb();
  const [row] = await db.select({ id: users.id }).from(users).where(eq(users.username, username));
  if (!row) throw new Error(`no user ${username}`);
  const user = await loadActiveUser(db, row.id);
  if (!user) throw new Error(`user ${username} is not active`);
  return user;
}

/** What the (app) layout reads on every page besides the user. */
async function layout(user: CurrentUser) {
  await Promise.all([countWaitingFor(user), countEvaluationsWaiting(user)]);
}

async function measure(name: string, fn: (loop: number, i: number) => Promise<unknown>, input: FloorInput, serialRuns = 15): Promise<FloorResult> {
  for (let i = 0; i < 3; i++) await fn(0, i);
  const serial: number[] = [];
  for (let i = 0; i < serialRuns; i++) {
    const t0 = performance.now();
    await fn(0, 3 + i);
    serial.push(performance.now() - t0);
  }
  const samples: number[] = [];
  const end = Date.now() + input.seconds * 1000;
  let counter = 3 + serialRuns;
  const started = Date.now();
  await Promise.all(
    Array.from({ length: input.concurrency }, async (_, loop) => {
      while (Date.now() < end) {
        const t0 = performance.now();
        await fn(loop, counter++);
        samples.push(performance.now() - t0);
      }
    }),
  );
  const elapsed = (Date.now() - started) / 1000;
  const result = { name, serialMs: percentile(serial, 50), p50: percentile(samples, 50), p95: percentile(samples, 95), opsPerSec: samples.length / elapsed, calls: samples.length };
  console.error(`  floor ${name.padEnd(12)} serial ${result.serialMs.toFixed(1)} ms · p50 ${result.p50.toFixed(1)} · p95 ${result.p95.toFixed(1)} ms · ${result.opsPerSec.toFixed(0)}/s`);
  return result;
}

async function main() {
  const [inputPath, outputPath] = process.argv.slice(2);
  const input = JSON.parse(fs.readFileSync(inputPath!, "utf8")) as FloorInput;
  await getDbHandle();
  const db = await getDb();
  const office = await userByName(input.office);
  const union = await userByName(input.union);
  const leader = await userByName(input.leader);
  const now = new Date(`${input.today}T12:00:00+08:00`);
  const out: FloorResult[] = [];

  out.push(await measure("auth", () => loadActiveUser(db, office.id, 0), input));
  out.push(
    await measure(
      "dashboard",
      async () => {
        await layout(office);
        const [period] = await Promise.all([resolvePeriod(office, undefined), listPeriods(office)]);
        await Promise.all([getDashboard(office, period!), listLateOrgs(office), listLateOrgs(office, { level: "team" })]);
      },
      input,
    ),
  );
  out.push(
    await measure(
      "rankings",
      async () => {
        await layout(office);
        const filters = normaliseFilters(parseSearchParams(rankingFiltersSchema, { level: "team" }));
        const [period] = await Promise.all([resolvePeriod(office, filters.year), listPeriods(office)]);
        await getRankings(office, period!, filters);
      },
      input,
    ),
  );
  out.push(
    await measure(
      "review",
      async () => {
        await layout(union);
        await Promise.all([listReviewQueue(union, parseSearchParams(reviewQueueFiltersSchema, {})), listTeamsInScope(union)]);
      },
      input,
    ),
  );
  out.push(
    await measure(
      "office-home",
      async () => {
        await layout(office);
        await getOfficeHome(office, now);
      },
      input,
    ),
  );
  out.push(
    await measure(
      "leader-home",
      async () => {
        await layout(leader);
        await getLeaderHome(leader, now);
      },
      input,
    ),
  );
  const submitters = await Promise.all(input.submitters.map(async (s) => ({ user: await userByName(s.username), attendees: s.attendees })));
  out.push(
    await measure(
      "submit",
      async (loop, i) => {
        const s = submitters[loop % submitters.length]!;
        const result = await createRecord(s.user, "study_session", studySessionValues(input.today, s.attendees, i), { submit: true });
        if (!result.ok) throw new Error(`submit refused: ${JSON.stringify(result)}`);
      },
      input,
      10,
    ),
  );
  const unions = new Map<string, CurrentUser>();
  for (const a of input.approvals) if (!unions.has(a.union)) unions.set(a.union, await userByName(a.union));
  let next = 0;
  out.push(
    await measure(
      "approve",
      async () => {
        const a = input.approvals[next++ % input.approvals.length]!;
        await transitionRecord(unions.get(a.union)!, a.id, "approve", { version: a.version });
      },
      input,
      10,
    ),
  );
  fs.writeFileSync(outputPath!, JSON.stringify(out, null, 2));
  await (await getDbHandle()).close();
}

/** A study session as the form sends it (numbers as text). */
export function studySessionValues(today: string, attendees: string[], i: number) {
  return {
    title: `班前安全学习（压测 ${i}）`,
    occurredOn: today,
    contents: ["technology"],
    form: "on_the_job",
    hours: "1.5",
    presenter: "",
    location: "班组活动室",
    summary: "",
    attendees,
  };
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
