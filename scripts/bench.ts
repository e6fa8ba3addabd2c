/**
 * npm run bench -- [--scale city|county] [--duration 10] [--skip-seed] [--connections 20]
 *
 * Seeds (unless --skip-seed or already seeded at that scale), times each page's own SQL (the data
 * floor, scripts/bench-floor.ts), builds (unless BENCH_SKIP_BUILD=1), starts the server as `npm start` does against the
 * database (DATABASE_URL, else PGlite in DATA_DIR, default ./.bench-data), signs in as bench users
 * through the real Auth.js credentials callback, and loads each endpoint with autocannon on loopback:
 * a warm-up, then 3 runs, the median of each figure. Writes bench/results/<date>-<scale>.{md,json}
 * and bench/results/latest-<scale>.md.
 *
 * Before the load runs, the page sweep (`pages`) loads every navigation page of every role (lib/nav.ts),
 * the pages with a picker or filter of teams, workers or units, the login page and the page floor
 * (/bench-floor, an empty signed-in page that only a build with BENCH_BUILD=1 serves) one after another
 * at 2 connections, in `--page-rounds` rounds over all of them, and reports each page's server CPU per
 * response (from /proc; the median of its rounds), its ratio to the floor (round by round: the floor opens and
 * closes every round; bench/page-floor.ts), its HTML size, p50, and the JavaScript it has the browser load before it can be used (the
 * `/_next/` chunks its HTML names, gzip sizes summed: bench/page-js.ts), with the part every signed-in
 * page shares (the shell's) once under the table. `--only pages` runs just the sweep. BENCH_NODE_OPTIONS (say `--max-old-space-size=256`) runs the
 * server under other V8 settings; such runs, and runs of `--only` some endpoints, get their own
 * results file and leave latest-* alone. `--pages /rankings,/review` sweeps only those pages (and the floor).
 *
 * Last, the capacity run (`capacity`, bench/capacity.ts): an open-loop month-end mix of leaders
 * (home, submit), unions (review queue) and offices (dashboard, rankings) at the rates of `--rates`
 * (req/s, `--step-seconds` each), Poisson arrivals each on its own timer; per step the achieved rate,
 * p50/p95/p99, errors, CPU per response (the app's; the database's where visible: BENCH_DB_PIDFILE for
 * a PostgreSQL of the app's own, else the app's backends of a shared server) and the highest rate with
 * p95 ≤ 300 ms. BENCH_LABEL names a variant's results file (e.g. `embedded-postgres`).
 *
 * Peak RSS is `npm start`'s as a whole (the target's figure) and apart: the launcher scripts/start.mjs
 * (~7 MB of its own: it only starts and watches; its other ~36 MB are the node binary's pages, which
 * the server maps too and the machine holds once) and the server process(es) below it (bench/process-tree.ts);
 * WEB_CONCURRENCY=<n> benches n server processes, as `npm start` runs them.
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { sql } from "drizzle-orm";
import { migrateDatabase, openDatabase } from "../db/client";
import { benchId, BENCH_META_KEY, rowsOf } from "../bench/generator";
import { BENCH_PASSWORD, BENCH_SCALES, benchUsername, isBenchScale, type BenchScale } from "../bench/scales";
import { median, percentile } from "../bench/stats";
import { floorOfEachRound, ratioToFloor, ratioWithoutFullCollections, roundOrder } from "../bench/page-floor";
import { LiveHeapPeak } from "../bench/gc-trace";
import { descendants, formatRss, treeCpuMs, maxRss, rssNow, type RssSplit } from "../bench/process-tree";
import { chunksKb, gzipBytes, scriptChunks, sharedChunks } from "../bench/page-js";
import { MONTH_END, monthEndMix, openLoopStep, recordsPerTeamMonth, rng, type MixItem, type MixKey } from "../bench/capacity";
import type { FloorInput, FloorResult } from "./bench-floor";
import { chinaToday } from "../lib/time";
import { boundedNodeOptions } from "./heap.mjs";
import { serverProcesses } from "./processes.mjs";
import { navFor } from "../lib/nav";
import { ROLES, type Role } from "../lib/domain/enums";

const ROOT = process.cwd();
const { values: args } = parseArgs({
  options: {
    scale: { type: "string" },
    duration: { type: "string", default: "10" },
    warmup: { type: "string", default: "3" },
    connections: { type: "string", default: "20" },
    "skip-seed": { type: "boolean", default: false },
    "floor-seconds": { type: "string", default: "4" },
    only: { type: "string" },
    "page-requests": { type: "string", default: "132" },
    /**
     * The sweep goes over every page this many times, measuring page-requests / page-rounds requests each time.
     * Eleven, not five: a page's rounds can split in two (office /years: 14–16 ms in two rounds, 27–31 in three, so
     * 2.36 × the floor in one run and 1.33 in the next), as what the server does now and then (a collection of the
     * bounded heap, the county cache's refresh) lands in whichever page's round it falls; with five rounds two or
     * three of one page's may carry it, with eleven its median rarely does (docs/scaling.md, "Eleventh pass").
     */
    "page-rounds": { type: "string", default: "11" },
    /** Unmeasured requests of every page before the sweep measures any. */
    "page-warmup": { type: "string", default: "10" },
    rates: { type: "string", default: "5,10,15,20,30,40,60" },
    /** Comma-separated path prefixes: sweep only these pages (and the floor). */
    pages: { type: "string" },
    "step-seconds": { type: "string", default: "30" },
  },
});
const DURATION = Number(args.duration);
const WARMUP = Number(args.warmup);
const CONNECTIONS = Number(args.connections);
const PORT = Number(process.env.BENCH_PORT ?? 3741);
const BASE = `http://127.0.0.1:${PORT}`;
const DATABASE_URL = process.env.DATABASE_URL || "";
const DATA_DIR = path.resolve(process.env.DATA_DIR || ".bench-data");
const AUTH_SECRET = process.env.AUTH_SECRET ?? "bench-only-secret-0123456789abcdef0123456789";
const childEnv = { ...process.env, DATABASE_URL, DATA_DIR, AUTH_SECRET };

interface BenchMeta {
  scale: string;
  seed: number;
  today: string;
  counts: Record<string, number>;
  phases?: { name: string; ms: number }[];
  totalMs?: number;
  driver?: string;
}

const log = (line: string) => console.log(line);

async function readMeta(): Promise<{ meta: BenchMeta | null; pgVersion: string }> {
  const handle = await openDatabase(DATABASE_URL ? { url: DATABASE_URL, poolSize: 1 } : { dataDir: path.join(DATA_DIR, "pglite") });
  try {
    await migrateDatabase(handle, DATABASE_URL || undefined);
    const [v] = rowsOf<{ v: string }>(await handle.db.execute(sql`select version() as v`));
    const rows = rowsOf<{ value: BenchMeta }>(await handle.db.execute(sql`select value from app_meta where key = ${BENCH_META_KEY}`));
    return { meta: rows[0]?.value ?? null, pgVersion: v!.v };
  } finally {
    await handle.close();
  }
}

/** Submitted team records of the first units (ordered), with their union, for approving. */
async function approvalPool(want: number): Promise<{ id: string; version: number; union: string }[]> {
  const handle = await openDatabase(DATABASE_URL ? { url: DATABASE_URL, poolSize: 1 } : { dataDir: path.join(DATA_DIR, "pglite") });
  try {
    const rows = rowsOf<{ id: string; version: number; unit_id: string }>(
      await handle.db.execute(sql`select id, version, unit_id from records where status = 'submitted' and owner_level = 'team' order by unit_id, id limit ${want}`),
    );
    return rows.map((r) => ({ id: r.id, version: Number(r.version), union: unionOfUnitId(r.unit_id) }));
  } finally {
    await handle.close();
  }
}

/** Up to ten active workers of each team (attendees for the submitted sessions). */
async function rosters(teamIndexes: number[]): Promise<Map<number, string[]>> {
  const handle = await openDatabase(DATABASE_URL ? { url: DATABASE_URL, poolSize: 1 } : { dataDir: path.join(DATA_DIR, "pglite") });
  try {
    const out = new Map<number, string[]>();
    for (const t of teamIndexes) {
      const rows = rowsOf<{ id: string }>(await handle.db.execute(sql`select id from workers where team_id = ${benchId("team", t)} and status = 'active' order by id limit 10`));
      out.set(t, rows.map((r) => r.id));
    }
    return out;
  } finally {
    await handle.close();
  }
}

let scale: BenchScale;
let roster = new Map<number, string[]>();
const indexOf = (uuid: string) => parseInt(uuid.slice(-12), 16);
function unionOfUnitId(unitId: string): string {
  const u = indexOf(unitId);
  return benchUsername.union(Math.floor(u / scale.unitsPerCounty) + 1, (u % scale.unitsPerCounty) + 1);
}
/** The leader of team t (global index) and its roster's worker ids. */
function leaderOfTeam(t: number): { username: string; attendees: string[] } {
  const u = Math.floor(t / scale.teamsPerUnit);
  const attendees = roster.get(t) ?? [];
  return { username: benchUsername.leader(Math.floor(u / scale.unitsPerCounty) + 1, (u % scale.unitsPerCounty) + 1, (t % scale.teamsPerUnit) + 1), attendees };
}

function run(cmd: string, argv: string[], env: NodeJS.ProcessEnv = childEnv) {
  const res = spawnSync(cmd, argv, { stdio: "inherit", env, cwd: ROOT });
  if (res.status !== 0) throw new Error(`${cmd} ${argv.join(" ")} failed (${res.status})`);
}

// ---- server and its memory ----

/** The server's live heap after full collections, from its --trace-gc lines (bench/gc-trace.ts). */
const liveHeap = new LiveHeapPeak();

async function startServer(): Promise<ChildProcess> {
  // As `npm start` runs it: scripts/start.mjs (one `next start`, or WEB_CONCURRENCY of them in a cluster).
  const child = spawn(process.execPath, ["scripts/start.mjs", "-p", String(PORT), "-H", "127.0.0.1"], {
    cwd: ROOT,
    stdio: ["ignore", "pipe", "pipe"],
    // As `npm start` runs it (the default heap bound of scripts/heap.mjs); BENCH_NODE_OPTIONS measures
    // the server under other V8 settings (`--max-old-space-size=4096` for V8's own default here).
    // bench/trace-gc.mjs: a line per collection on stdout, for the live heap under each load (a full
    // collection's "after"); it costs a write per collection.
    env: {
      ...childEnv,
      NODE_ENV: "production",
      SEED_DEMO: "",
      NODE_OPTIONS: `${process.env.BENCH_NODE_OPTIONS ?? boundedNodeOptions({})} --import ${pathToFileURL(path.join(ROOT, "bench/trace-gc.mjs")).href}`,
    },
  });
  const logFile = fs.createWriteStream(path.join(os.tmpdir(), `bench-server-${PORT}.log`));
  child.stdout!.pipe(logFile);
  child.stdout!.setEncoding("utf8").on("data", (chunk: string) => liveHeap.write(chunk));
  child.stderr!.pipe(logFile);
  for (let i = 0; i < 240; i++) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}); see ${logFile.path}`);
    try {
      const res = await fetch(`${BASE}/api/health`);
      if (res.ok) return child;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error("server did not become healthy");
}

// ---- signing in as a browser would ----

function cookiePairs(res: Response): string[] {
  return res.headers.getSetCookie().map((c) => c.split(";")[0]!);
}

async function signIn(username: string): Promise<string> {
  const csrf = await fetch(`${BASE}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = cookiePairs(csrf);
  const res = await fetch(`${BASE}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; "), origin: BASE },
    body: new URLSearchParams({ csrfToken, username, password: BENCH_PASSWORD, callbackUrl: `${BASE}/` }),
  });
  const session = cookiePairs(res).find((c) => c.startsWith("authjs.session-token=") || c.startsWith("__Secure-authjs.session-token="));
  if (!session) throw new Error(`sign-in as ${username} failed (${res.status} ${res.headers.get("location")})`);
  const check = await fetch(`${BASE}/api/me`, { headers: { cookie: session } });
  if (check.status !== 200) throw new Error(`session of ${username} not accepted (${check.status})`);
  return session;
}

// ---- load ----

interface Endpoint {
  key: string;
  label: string;
  /** Data-floor name in scripts/bench-floor.ts, if any. */
  floor?: string;
  page?: boolean;
  request: (i: number) => { method: string; path: string; headers: Record<string, string>; body?: string };
  /** Status codes that count as success (default 200). */
  ok?: number[];
}

interface RunFigures {
  p50: number;
  p95: number;
  p99: number;
  rps: number;
  requests: number;
  status: Record<string, number>;
  errors: number;
  /** Server CPU time per response (ms): steadier than latency on a shared machine. */
  cpuMsPerRequest?: number;
  /** Response size (KB, headers included, uncompressed: autocannon asks for no encoding). */
  kbPerResponse: number;
}

async function load(ep: Endpoint, seconds: number): Promise<RunFigures> {
  let i = 0;
  const times: number[] = [];
  const status: Record<string, number> = {};
  const instance = autocannon({
    url: BASE,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [
      {
        setupRequest: (req) => {
          const r = ep.request(i++);
          return { ...req, method: r.method, path: r.path, headers: r.headers, body: r.body };
        },
      },
    ],
  });
  let bytes = 0;
  instance.on("response", (_c, code, size, ms) => {
    times.push(ms);
    bytes += size;
    status[code] = (status[code] ?? 0) + 1;
  });
  const result = await instance;
  return {
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    p99: percentile(times, 99),
    rps: times.length / (result.duration || seconds),
    requests: times.length,
    kbPerResponse: times.length ? bytes / times.length / 1024 : 0,
    status,
    errors: result.errors + result.timeouts,
  };
}

// ---- the page sweep: every page a role reaches, against the empty page ----

interface PageFigures {
  role: Role | "anonymous";
  path: string;
  status: Record<string, number>;
  requests: number;
  cpuMsPerRequest: number;
  p50: number;
  htmlKb: number;
  /** CPU per response in each round of the sweep (a floor's: the mean of its measurements at the round's start and end). */
  roundCpuMs: number[];
  /** Full collections of the server's heap (--trace-gc) during each round's window (a floor's: start and end together). */
  roundFullCollections: number[];
  /** The `/_next/` script chunks the page's HTML has the browser load before it can be used (bench/page-js.ts). */
  jsChunks: string[];
  /** Their gzip sizes summed (KB); undefined when the page did not answer 200 or a chunk could not be fetched. */
  jsKb?: number;
}

/** Each chunk's gzip size (bytes), fetched once per URL for the whole sweep; undefined when it is not served. */
const chunkBytes = new Map<string, Promise<number | undefined>>();
async function gzipSizes(chunks: readonly string[]): Promise<Map<string, number | undefined>> {
  for (const chunk of chunks) {
    if (chunkBytes.has(chunk)) continue;
    const size = fetch(`${BASE}${chunk}`, { headers: { "accept-encoding": "identity" } })
      .then(async (res) => {
        const body = new Uint8Array(await res.arrayBuffer());
        if (res.ok) return gzipBytes(body);
        log(`  ${chunk} answered ${res.status}: pages loading it get no JS KB`);
        return undefined;
      })
      .catch((err: unknown) => {
        log(`  ${chunk} failed (${String(err)}): pages loading it get no JS KB`);
        return undefined;
      });
    chunkBytes.set(chunk, size);
  }
  return new Map(await Promise.all(chunks.map(async (chunk) => [chunk, await chunkBytes.get(chunk)!] as const)));
}

interface SharedJs {
  kb: number;
  chunks: string[];
}

/**
 * The JavaScript every signed-in page loads (the app's shell with React and Next), and the part of it
 * the sign-in page loads too; undefined where a chunk could not be measured.
 */
async function sharedJsOf(pages: readonly PageFigures[]): Promise<{ shell?: SharedJs; everyPage?: SharedJs }> {
  const measured = pages.filter((p) => p.jsKb !== undefined);
  const of = async (set: readonly PageFigures[]): Promise<SharedJs | undefined> => {
    if (!set.length) return undefined;
    const chunks = sharedChunks(set.map((p) => p.jsChunks));
    const kb = chunksKb(chunks, await gzipSizes(chunks));
    return kb === undefined ? undefined : { kb, chunks };
  };
  const signedIn = measured.filter((p) => p.role !== "anonymous");
  return { shell: await of(signedIn), everyPage: signedIn.length < measured.length ? await of(measured) : undefined };
}

/** Pages each role reaches beyond its navigation that hold a picker or filter of teams, workers or units. */
const PICKER_PAGES: Record<Role, string[]> = {
  office: ["/rankings?level=team", "/reports/ledger"],
  union: ["/records/new?kind=study_session", "/workers/new"],
  leader: ["/records/new?kind=study_session", "/evaluations/nominate"],
};

/**
 * Loads one page `n` times, two requests at a time (the machine's cores), after a short warm-up (`first`:
 * the page's first round); CPU is the server's user + system time over the run divided by the responses.
 * HTML is asked for without compression, so its size is the document's own. The script chunks the
 * warm-up's HTML names are fetched after the timed run, so they cost the run no CPU.
 */
async function measurePage(serverPid: number, role: PageFigures["role"], pagePath: string, cookie: string | undefined, n: number, first: boolean): Promise<PageFigures> {
  const headers: Record<string, string> = { "accept-encoding": "identity", ...(cookie ? { cookie } : {}) };
  let html: string | undefined;
  const once = async () => {
    const t0 = performance.now();
    const res = await fetch(`${BASE}${pagePath}`, { headers, redirect: "manual" });
    const body = await res.arrayBuffer();
    return { status: res.status, ms: performance.now() - t0, bytes: body.byteLength, body };
  };
  for (let i = 0; i < (first ? 4 : 0); i++) {
    const r = await once();
    if (r.status === 200) html = new TextDecoder().decode(r.body);
  }
  const status: Record<string, number> = {};
  const times: number[] = [];
  let bytes = 0;
  let next = 0;
  const before = treeCpuMs(serverPid);
  const collectionsBefore = liveHeap.fullCollections;
  await Promise.all(
    [0, 1].map(async () => {
      while (next < n) {
        next++;
        const r = await once();
        status[r.status] = (status[r.status] ?? 0) + 1;
        times.push(r.ms);
        bytes = Math.max(bytes, r.bytes);
      }
    }),
  );
  const cpu = (treeCpuMs(serverPid) - before) / n;
  // The server writes a collection's line as the collection ends, before the response it held up; a few
  // milliseconds let the pipe deliver it to this process before the window is closed.
  await new Promise((resolve) => setTimeout(resolve, 5));
  const fullCollections = liveHeap.fullCollections - collectionsBefore;
  const jsChunks = html === undefined ? [] : scriptChunks(html);
  const jsKb = html === undefined ? undefined : chunksKb(jsChunks, await gzipSizes(jsChunks));
  return { role, path: pagePath, status, requests: n, cpuMsPerRequest: cpu, p50: percentile(times, 50), htmlKb: bytes / 1024, roundCpuMs: [cpu], roundFullCollections: [fullCollections], jsChunks, jsKb };
}

async function pageSweep(serverPid: number, cookies: Record<Role, string>, n: number, warmup: number, rounds: number): Promise<PageFigures[]> {
  type Page = { role: PageFigures["role"]; path: string; cookie: string | undefined };
  const floors: Page[] = ROLES.map((role) => ({ role, path: "/bench-floor", cookie: cookies[role] }));
  const pages: Page[] = [];
  // `--pages` narrows the sweep to the pages named; the sign-in page is measured only in a full sweep.
  if (!args.pages) pages.push({ role: "anonymous", path: "/login", cookie: undefined });
  const wanted = args.pages?.split(",");
  for (const role of ROLES) {
    const paths = [...navFor({ role }).map((item) => item.href), ...PICKER_PAGES[role]].filter((p) => !wanted || wanted.some((w) => p === w || p.startsWith(`${w}?`)));
    pages.push(...paths.map((path) => ({ role, path, cookie: cookies[role] })));
  }
  // Every page a few times before any is measured: a server just started runs its first pages' code
  // unoptimised (the floor measured 32 ms per response first and 19 ms at the end of the same sweep),
  // which would charge whichever pages come first — the office's — for V8's warm-up.
  for (const page of [...floors, ...pages]) {
    const headers: Record<string, string> = page.cookie ? { cookie: page.cookie } : {};
    await Promise.all([0, 1].map(async (lane) => {
      for (let i = lane; i < warmup; i += 2) await (await fetch(`${BASE}${page.path}`, { headers, redirect: "manual" })).arrayBuffer();
    }));
  }
  // Every page in turn, `rounds` times over, each page's figure the median of its rounds: a full collection
  // or a burst of other work lands in one round of one page instead of deciding that page's figure (one
  // pass of 40 requests a page measured the same page of one build at 1.75 and 2.93 × the floor). The floor
  // opens and closes every round, so each round has its own floor to compare its pages with (bench/page-floor.ts).
  const order = [...floors, ...pages];
  const runs = order.map(() => [] as PageFigures[]);
  const perRequest = Math.ceil(n / rounds);
  // The pages in a new order each round (bench/page-floor.ts roundOrder says why); the floor still opens and closes it.
  const shuffle = rng(rounds);
  for (let round = 0; round < rounds; round++) {
    const opening = [];
    for (const floor of floors) opening.push(await measurePage(serverPid, floor.role, floor.path, floor.cookie, perRequest, round === 0));
    for (const i of roundOrder(pages.length, shuffle)) {
      const page = pages[i]!;
      runs[floors.length + i]!.push(await measurePage(serverPid, page.role, page.path, page.cookie, perRequest, round === 0));
    }
    for (const [i, floor] of floors.entries()) {
      const closing = await measurePage(serverPid, floor.role, floor.path, floor.cookie, perRequest, false);
      const open = opening[i]!;
      runs[i]!.push({ ...open, status: mergeStatus([open, closing]), requests: open.requests + closing.requests, cpuMsPerRequest: (open.cpuMsPerRequest + closing.cpuMsPerRequest) / 2, p50: (open.p50 + closing.p50) / 2, roundFullCollections: [open.roundFullCollections[0]! + closing.roundFullCollections[0]!] });
    }
  }
  return runs.map((pageRuns) => {
    const [first] = pageRuns as [PageFigures];
    const f: PageFigures = {
      ...first,
      status: mergeStatus(pageRuns),
      requests: pageRuns.reduce((sum, r) => sum + r.requests, 0),
      cpuMsPerRequest: median(pageRuns.map((r) => r.cpuMsPerRequest)),
      p50: median(pageRuns.map((r) => r.p50)),
      htmlKb: Math.max(...pageRuns.map((r) => r.htmlKb)),
      roundCpuMs: pageRuns.map((r) => r.cpuMsPerRequest),
      roundFullCollections: pageRuns.map((r) => r.roundFullCollections[0]!),
    };
    log(`  ${f.role.padEnd(9)} ${f.path.padEnd(34)} ${f.cpuMsPerRequest.toFixed(1).padStart(6)} CPU ms (rounds ${f.roundCpuMs.map((ms, round) => `${ms.toFixed(0)}${f.roundFullCollections[round] ? "*" : ""}`).join(" ")}; * a full GC) · p50 ${f.p50.toFixed(0).padStart(5)} ms · ${f.htmlKb.toFixed(0).padStart(5)} KB · JS ${f.jsKb === undefined ? "—" : f.jsKb.toFixed(0).padStart(4)} KB gzip · ${JSON.stringify(f.status)}`);
    return f;
  });
}

function mergeStatus(runs: readonly PageFigures[]): Record<string, number> {
  const status: Record<string, number> = {};
  for (const r of runs) for (const [code, count] of Object.entries(r.status)) status[code] = (status[code] ?? 0) + count;
  return status;
}

function machineFacts(pgVersion: string) {
  const cpus = os.cpus();
  const nextVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules/next/package.json"), "utf8")).version as string;
  const load = os.loadavg().map((v) => v.toFixed(2)).join(" ");
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model ?? "unknown",
    memoryGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    next: nextVersion,
    database: DATABASE_URL ? pgVersion : `PGlite (${pgVersion})`,
    loadAverageAtStart: load,
    serverNodeOptions: process.env.BENCH_NODE_OPTIONS ?? `${boundedNodeOptions({})} (the default of npm start)`,
    serverProcesses: `${serverProcesses()} (WEB_CONCURRENCY)`,
    kernel: `${os.type()} ${os.release()}`,
  };
}

async function main() {
  const { meta: existing, pgVersion } = await readMeta();
  const scaleName = args.scale ?? existing?.scale ?? (DATABASE_URL ? "city" : "county");
  if (!isBenchScale(scaleName)) throw new Error(`unknown scale ${scaleName}`);
  scale = BENCH_SCALES[scaleName];
  if (!args["skip-seed"] && existing?.scale !== scaleName) {
    log(`seeding ${scaleName} (the database holds ${existing ? existing.scale : "no bench data"})…`);
    run(process.execPath, ["--import", "tsx", "scripts/bench-seed.ts", "--scale", scaleName, "--reset"]);
  }
  const { meta } = await readMeta();
  if (!meta) throw new Error("no bench data in this database: run npm run bench:seed first (or drop --skip-seed)");
  log(`bench ${scaleName} against ${DATABASE_URL ? "PostgreSQL" : `PGlite in ${DATA_DIR}`}: ${CONNECTIONS} connections, ${WARMUP} s warm-up, 3 × ${DURATION} s`);

  // Records to approve: the HTTP run takes them from the front, the data floor from the back.
  const pool = await approvalPool(20_000);
  const floorApprovals = pool.splice(Math.floor(pool.length * 0.8));
  const T = scale.counties * scale.unitsPerCounty * scale.teamsPerUnit;
  const office = benchUsername.office(1);
  const unionName = benchUsername.union(1, 1);
  const leaderName = leaderOfTeam(0).username;
  const T0 = scale.counties * scale.unitsPerCounty * scale.teamsPerUnit;
  const submitTeams = Array.from({ length: CONNECTIONS }, (_, k) => Math.floor((k * T0) / CONNECTIONS / scale.counties) + 1);
  const floorTeams = submitTeams.map((t) => (t + Math.floor(T0 / 2 / scale.counties)) % T0);
  const wantCapacity = !args.only || args.only.split(",").includes("capacity");
  const capTeams = wantCapacity ? capacityTeams(T0) : [];
  roster = await rosters([...submitTeams, ...floorTeams, ...capTeams]);
  const submitters = Array.from({ length: CONNECTIONS }, (_, k) => leaderOfTeam(Math.floor((k * T) / CONNECTIONS / scale.counties) + 1));

  // 1. Data floors (before the server: PGlite allows one process at a time).
  log("data floors (the pages' own SQL through the lib functions, no HTTP)…");
  const floorIn = path.join(os.tmpdir(), `bench-floor-in-${process.pid}.json`);
  const floorOut = path.join(os.tmpdir(), `bench-floor-out-${process.pid}.json`);
  const floorInput: FloorInput = {
    office,
    union: unionName,
    leader: leaderName,
    submitters: floorTeams.map(leaderOfTeam),
    approvals: floorApprovals,
    concurrency: CONNECTIONS,
    seconds: Number(args["floor-seconds"]),
    today: meta.today,
  };
  fs.writeFileSync(floorIn, JSON.stringify(floorInput));
  // The sweep alone compares pages with the page floor and needs no data floors.
  const sweepOnly = !!args.only && args.only.split(",").every((k) => k === "pages" || k === "capacity");
  if (!sweepOnly) run(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/bench-floor.ts", floorIn, floorOut], { ...childEnv, NODE_ENV: "production" });
  const floors = new Map(sweepOnly ? [] : (JSON.parse(fs.readFileSync(floorOut, "utf8")) as FloorResult[]).map((f) => [f.name, f]));

  // 2. Build and start.
  if (process.env.BENCH_SKIP_BUILD !== "1") run(process.execPath, ["node_modules/next/dist/bin/next", "build"], { ...childEnv, NODE_ENV: "production", BENCH_BUILD: "1" });
  log("starting next start…");
  const server = await startServer();
  let peakRss = rssNow(server.pid!);
  let overallPeak = peakRss;
  const sampler = setInterval(() => {
    const now = rssNow(server.pid!);
    peakRss = maxRss(peakRss, now);
    overallPeak = maxRss(overallPeak, now);
  }, 200);
  const results: Record<string, { runs: RunFigures[]; median: RunFigures; peakRss: RssSplit; liveHeapMb?: number; load1: number }> = {};
  try {
    log("signing in…");
    const cookie = { office: await signIn(office), union: await signIn(unionName), leader: await signIn(leaderName) };
    const submitCookies: { cookie: string; attendees: string[] }[] = [];
    const unionCookies = new Map<string, string>();
    const approvals = pool.slice(0, Math.min(pool.length, 150 * (WARMUP + 3 * DURATION)));
    // The load's writers sign in only when the load runs (the sweep and the capacity run have their own).
    if (!sweepOnly) {
      for (const s of submitters) submitCookies.push({ cookie: await signIn(s.username), attendees: s.attendees });
      for (const name of new Set(approvals.map((a) => a.union))) unionCookies.set(name, await signIn(name));
    }
    log(`  ${3 + submitCookies.length + unionCookies.size} sessions; ${approvals.length} submitted records to approve`);

    let pages: PageFigures[] = [];
    let sharedJs: Awaited<ReturnType<typeof sharedJsOf>> = {};
    if (!args.only || args.only.split(",").includes("pages")) {
      const floorProbe = await fetch(`${BASE}/bench-floor`, { headers: { cookie: cookie.office }, redirect: "manual" });
      if (floorProbe.status !== 200) throw new Error(`the page floor /bench-floor answered ${floorProbe.status}: build with BENCH_BUILD=1 (drop BENCH_SKIP_BUILD)`);
      log(`page sweep: ${args["page-requests"]} requests per page in ${args["page-rounds"]} rounds, 2 at a time…`);
      pages = await pageSweep(server.pid!, cookie, Number(args["page-requests"]), Number(args["page-warmup"]), Number(args["page-rounds"]));
      sharedJs = await sharedJsOf(pages);
    }

    const staticAsset = fs
      .readdirSync(path.join(ROOT, ".next/static/chunks"))
      .filter((f) => f.endsWith(".js"))
      .sort()[0];
    const get = (p: string, c?: string) => (): { method: string; path: string; headers: Record<string, string> } => ({ method: "GET", path: p, headers: c ? { cookie: c } : {} });
    const json = { "content-type": "application/json", origin: BASE };
    let approveNext = 0;
    const endpoints: Endpoint[] = [
      { key: "static", label: "static asset (framework floor)", request: get(`/_next/static/chunks/${staticAsset}`) },
      { key: "login", label: "login page, anonymous", page: true, request: get("/login") },
      { key: "auth", label: "auth floor: GET /api/me", floor: "auth", request: get("/api/me", cookie.office) },
      { key: "dashboard", label: "office dashboard /dashboard", floor: "dashboard", page: true, request: get("/dashboard", cookie.office) },
      { key: "rankings", label: "rankings, all teams /rankings?level=team", floor: "rankings", page: true, request: get("/rankings?level=team", cookie.office) },
      { key: "review", label: "union review queue /review", floor: "review", page: true, request: get("/review", cookie.union) },
      { key: "office-home", label: "office's county overview /", floor: "office-home", page: true, request: get("/", cookie.office) },
      { key: "leader-home", label: "leader's team home /", floor: "leader-home", page: true, request: get("/", cookie.leader) },
      {
        key: "submit",
        label: "submit study session POST /api/records",
        floor: "submit",
        ok: [201],
        request: (i) => {
          const s = submitCookies[i % submitCookies.length]!;
          const body = { kind: "study_session", submit: true, values: studySession(meta.today, s.attendees, i) };
          return { method: "POST", path: "/api/records", headers: { ...json, cookie: s.cookie }, body: JSON.stringify(body) };
        },
      },
      {
        key: "approve",
        label: "approve under contention POST /api/records/:id/transition",
        floor: "approve",
        ok: [200, 409],
        request: (i) => {
          // One in ten goes for a record another connection has just approved (the loser is told 409).
          const idx = i % 10 === 9 && approveNext > 0 ? Math.max(0, approveNext - 1 - (i % 5)) : approveNext++;
          const a = approvals[idx % approvals.length]!;
          return {
            method: "POST",
            path: `/api/records/${a.id}/transition`,
            headers: { ...json, cookie: unionCookies.get(a.union)! },
            body: JSON.stringify({ action: "approve", version: a.version }),
          };
        },
      },
    ];
    for (const ep of endpoints) {
      if (args.only && !args.only.split(",").includes(ep.key)) continue;
      const probe = ep.request(0);
      if (ep.key !== "approve") {
        const res = await fetch(`${BASE}${probe.path}`, { method: probe.method, headers: probe.headers, body: probe.body, redirect: "manual" });
        if (!(ep.ok ?? [200]).includes(res.status)) throw new Error(`${ep.label}: ${res.status} ${await res.text().catch(() => "")}`.slice(0, 500));
      }
      approveNext = 0;
      peakRss = rssNow(server.pid!);
      liveHeap.reset();
      const load1 = os.loadavg()[0]!;
      await load(ep, WARMUP);
      const runs: RunFigures[] = [];
      for (let k = 0; k < 3; k++) {
        const before = treeCpuMs(server.pid!);
        const figures = await load(ep, DURATION);
        runs.push({ ...figures, cpuMsPerRequest: figures.requests ? (treeCpuMs(server.pid!) - before) / figures.requests : undefined });
      }
      const m: RunFigures = {
        p50: median(runs.map((r) => r.p50)),
        p95: median(runs.map((r) => r.p95)),
        p99: median(runs.map((r) => r.p99)),
        rps: median(runs.map((r) => r.rps)),
        requests: runs.reduce((s, r) => s + r.requests, 0),
        status: runs.reduce<Record<string, number>>((acc, r) => {
          for (const [c, n] of Object.entries(r.status)) acc[c] = (acc[c] ?? 0) + n;
          return acc;
        }, {}),
        errors: runs.reduce((s, r) => s + r.errors, 0),
        cpuMsPerRequest: median(runs.map((r) => r.cpuMsPerRequest ?? 0)),
        kbPerResponse: median(runs.map((r) => r.kbPerResponse)),
      };
      results[ep.key] = { runs, median: m, peakRss, liveHeapMb: liveHeap.reset(), load1: Math.round(((load1 + os.loadavg()[0]!) / 2) * 10) / 10 };
      log(`  ${ep.label.padEnd(58)} p50 ${m.p50.toFixed(0).padStart(5)} · p95 ${m.p95.toFixed(0).padStart(5)} · p99 ${m.p99.toFixed(0).padStart(5)} ms · ${m.rps.toFixed(0).padStart(5)} req/s · ${(m.cpuMsPerRequest ?? 0).toFixed(1)} CPU ms/req · ${m.kbPerResponse.toFixed(0)} KB · ${JSON.stringify(m.status)}`);
    }
    const capacity = wantCapacity ? await capacityRun(server.pid!, meta.today, capTeams) : undefined;
    writeResults({ meta, pgVersion, endpoints, results, floors, pages, sharedJs, capacity, peakRss: capacity ? maxRss(overallPeak, capacity.peakAppRss) : overallPeak });
  } finally {
    clearInterval(sampler);
    server.kill("SIGTERM");
    await new Promise((r) => setTimeout(r, 1000));
  }
}

// ---- capacity: an open-loop mixed workload at stepped rates (issue 17, target 6) ----

const CAP_LEADERS = 40;
const CAP_UNIONS = 20;
const CAP_TIMEOUT_MS = 15_000;
/** p95 the capacity is read against (issue 17: app and database together on this machine). */
const CAP_P95_MS = 300;

/** Teams whose leaders log sessions in the capacity run: spread over every county. */
function capacityTeams(teams: number): number[] {
  return Array.from({ length: CAP_LEADERS }, (_, k) => Math.floor(((k + 0.5) * teams) / CAP_LEADERS));
}

/**
 * The database's own processes, when the bench can see them: BENCH_DB_PIDFILE names the
 * postmaster.pid of a PostgreSQL the app has to itself (embedded-postgres), so its CPU and memory
 * count with the app's. A shared server (the machine's PostgreSQL) is left out: other tenants use it.
 */
function dbPid(): number | undefined {
  const file = process.env.BENCH_DB_PIDFILE;
  if (!file) return undefined;
  try {
    return Number(fs.readFileSync(file, "utf8").split("\n")[0]);
  } catch {
    return undefined;
  }
}

/** Proportional set size (MB) of a process tree: PostgreSQL's shared buffers counted once, not once per backend. */
function pssMb(pid: number): number {
  let kb = 0;
  for (const p of descendants(pid)) {
    try {
      const m = /^Pss:\s+(\d+)/m.exec(fs.readFileSync(`/proc/${p}/smaps_rollup`, "utf8"));
      kb += m ? Number(m[1]) : 0;
    } catch {
      /* gone */
    }
  }
  return kb / 1024;
}

interface CapacityStep {
  rate: number;
  seconds: number;
  sent: number;
  ok: number;
  errors: number;
  achievedRps: number;
  p50: number;
  p95: number;
  p99: number;
  perKind: Record<string, { n: number; p95: number }>;
  appCpuMsPerResponse: number;
  dbCpuMsPerResponse?: number;
  /** Peak RSS of `npm start`: its launcher and the server process(es). */
  peakAppRss: RssSplit;
  peakDbPssMb?: number;
  /** p95 of how late the generator fired requests (its own lag on a loaded machine). */
  clientLateMsP95: number;
  load1: string;
}

interface CapacityResult {
  mix: MixItem[];
  steps: CapacityStep[];
  /** Highest offered rate whose p95 ≤ 300 ms with under 1 % errors. */
  sustainedRps: number | null;
  stoppedEarly?: string;
  peakAppRss: RssSplit;
  actors: string;
}

async function capacityRun(serverPid: number, today: string, teams: number[]): Promise<CapacityResult> {
  const mix = monthEndMix(scale);
  const rates = args.rates!.split(",").map(Number);
  const stepSeconds = Number(args["step-seconds"]);
  log(`capacity: open-loop month-end mix (${mix.map((m) => `${m.key} ${(m.share * 100).toFixed(1)} %`).join(", ")}), steps ${rates.join(", ")} req/s × ${stepSeconds} s`);
  const leaders: { cookie: string; attendees: string[] }[] = [];
  for (const t of teams) {
    const l = leaderOfTeam(t);
    if (l.attendees.length) leaders.push({ cookie: await signIn(l.username), attendees: l.attendees });
  }
  const U = scale.counties * scale.unitsPerCounty;
  const unions: string[] = [];
  for (let k = 0; k < CAP_UNIONS; k++) {
    const u = Math.floor(((k + 0.5) * U) / CAP_UNIONS);
    unions.push(await signIn(benchUsername.union(Math.floor(u / scale.unitsPerCounty) + 1, (u % scale.unitsPerCounty) + 1)));
  }
  const offices: string[] = [];
  for (let c = 1; c <= scale.counties; c++) offices.push(await signIn(benchUsername.office(c)));
  const actors = `${leaders.length} leaders, ${unions.length} unions, ${offices.length} offices, spread over every county`;
  log(`  signed in ${actors}`);

  let n = 0;
  const pickOf = <T,>(xs: T[]) => xs[Math.floor(Math.random() * xs.length)]!;
  const fire = async (key: MixKey): Promise<boolean> => {
    const i = n++;
    let res: Response;
    const signal = AbortSignal.timeout(CAP_TIMEOUT_MS);
    if (key === "submit") {
      const l = leaders[i % leaders.length]!;
      const body = { kind: "study_session", submit: true, values: studySession(today, l.attendees, i) };
      res = await fetch(`${BASE}/api/records`, { method: "POST", signal, headers: { "content-type": "application/json", origin: BASE, cookie: l.cookie }, body: JSON.stringify(body) });
    } else {
      const [pathname, cookie] =
        key === "leader-home" ? ["/", pickOf(leaders).cookie] : key === "review" ? ["/review", pickOf(unions)] : [key === "dashboard" ? "/dashboard" : "/rankings", pickOf(offices)];
      res = await fetch(`${BASE}${pathname}`, { signal, redirect: "manual", headers: { cookie } });
    }
    await res.arrayBuffer();
    return res.status === (key === "submit" ? 201 : 200);
  };

  const db = dbPid();
  // On a shared PostgreSQL server, the backends of this database (the app's pool) stand for its CPU.
  const backendsOf = async (): Promise<number[]> => {
    if (db || !DATABASE_URL) return [];
    const handle = await openDatabase({ url: DATABASE_URL, poolSize: 1 });
    try {
      const rows = rowsOf<{ pid: number }>(await handle.db.execute(sql`select pid from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()`));
      return rows.map((r) => Number(r.pid));
    } finally {
      await handle.close();
    }
  };
  const backendCpu = (pids: number[]) => pids.reduce((sum, p) => sum + treeCpuMs(p), 0);
  // Warm-up (not reported): half the first rate, so every page has been compiled and cached once.
  await openLoopStep({ rate: Math.max(2, rates[0]! / 2), seconds: 10, seed: 99, mix, fire });
  const steps: CapacityStep[] = [];
  let stoppedEarly: string | undefined;
  for (const [k, rate] of rates.entries()) {
    const load0 = os.loadavg()[0]!;
    const cpu0 = treeCpuMs(serverPid);
    const backends = await backendsOf();
    const db0 = db ? treeCpuMs(db) : backendCpu(backends);
    let peakApp = rssNow(serverPid);
    let peakDb = db ? pssMb(db) : undefined;
    // Walking /proc blocks the generator's thread for a moment: once a second is enough for a peak.
    const sampler = setInterval(() => {
      peakApp = maxRss(peakApp, rssNow(serverPid));
      if (db) peakDb = Math.max(peakDb ?? 0, pssMb(db));
    }, 1000);
    const r = await openLoopStep({ rate, seconds: stepSeconds, seed: 1 + k, mix, fire }).finally(() => clearInterval(sampler));
    const times = r.outcomes.map((o) => o.ms);
    const ok = r.outcomes.filter((o) => o.ok).length;
    const perKind: CapacityStep["perKind"] = {};
    for (const m of mix) {
      const ts = r.outcomes.filter((o) => o.key === m.key).map((o) => o.ms);
      perKind[m.key] = { n: ts.length, p95: percentile(ts, 95) };
    }
    const step: CapacityStep = {
      rate,
      seconds: stepSeconds,
      sent: r.outcomes.length,
      ok,
      errors: r.outcomes.length - ok,
      achievedRps: ok / Math.max(stepSeconds, r.wallMs / 1000),
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      p99: percentile(times, 99),
      perKind,
      appCpuMsPerResponse: (treeCpuMs(serverPid) - cpu0) / Math.max(1, r.outcomes.length),
      dbCpuMsPerResponse: db || backends.length ? ((db ? treeCpuMs(db) : backendCpu(backends)) - db0) / Math.max(1, r.outcomes.length) : undefined,
      peakAppRss: peakApp,
      peakDbPssMb: peakDb === undefined ? undefined : Math.round(peakDb),
      clientLateMsP95: r.lateMsP95,
      load1: `${load0.toFixed(1)} → ${os.loadavg()[0]!.toFixed(1)}`,
    };
    steps.push(step);
    log(
      `  ${String(rate).padStart(4)} req/s offered: ${step.achievedRps.toFixed(1).padStart(5)} achieved · p50 ${step.p50.toFixed(0).padStart(5)} · p95 ${step.p95.toFixed(0).padStart(5)} · p99 ${step.p99.toFixed(0).padStart(5)} ms · ${step.errors} errors · ${step.appCpuMsPerResponse.toFixed(1)}${step.dbCpuMsPerResponse !== undefined ? ` + ${step.dbCpuMsPerResponse.toFixed(1)} db` : ""} CPU ms/resp · load ${step.load1}`,
    );
    if (step.p95 > 10 * CAP_P95_MS || step.errors > 0.1 * step.sent) {
      stoppedEarly = `stopped after ${rate} req/s: p95 ${step.p95.toFixed(0)} ms, ${step.errors} errors (the higher rates would only queue longer)`;
      log(`  ${stoppedEarly}`);
      break;
    }
  }
  const good = steps.filter((s) => s.p95 <= CAP_P95_MS && s.errors <= 0.01 * s.sent);
  return {
    mix,
    steps,
    sustainedRps: good.length ? Math.max(...good.map((s) => s.rate)) : null,
    stoppedEarly,
    peakAppRss: steps.map((s) => s.peakAppRss).reduce(maxRss),
    actors,
  };
}

function capacityMd(c: CapacityResult | undefined): string[] {
  if (!c) return [];
  const fmt = (v: number | undefined, d = 0) => (v === undefined ? "—" : v.toFixed(d));
  const teams = scale.counties * scale.unitsPerCounty * scale.teamsPerUnit;
  const a = MONTH_END;
  return [
    "## Capacity: an open-loop mixed workload at a month-end peak",
    "",
    `Requests arrive at the offered rate (Poisson arrivals, each request on its own timer, never waiting for earlier answers: an open loop, not N connections), ${c.steps[0]?.seconds ?? "?"} s per step after a 10 s warm-up; latency is counted from each request's scheduled arrival; an error is any other status than the page's 200 (the submit's 201), a network error, or no answer within ${CAP_TIMEOUT_MS / 1000} s. Actors: ${c.actors}.`,
    "",
    `**The mix**, from this data set's shape (${teams.toLocaleString("en")} teams, ${recordsPerTeamMonth(scale).toFixed(2)} records per team a month: study sessions, proposals, innovations): ${a.shareInRush * 100} % of a month's records are logged in its last ${a.rushDays} working days of ${a.hoursPerDay} h, the busiest hour ${a.busiestHourFactor}× the average; a leader opens the team home ${a.homeViewsPerRecord}× per record (before and after), the union's review queue is shown once per decision, and ${a.officeStaffPerCounty} office staff per county look at the dashboard or rankings ${a.officeViewsPerStaffHour}× an hour (${a.dashboardShare * 100} % dashboard). The whole installation's estimated peak: **${c.mix.reduce((s, m) => s + m.peakPerSecond, 0).toFixed(1)} req/s**.`,
    "",
    "| request | peak req/s (estimate) | share |",
    "|---|---:|---:|",
    ...c.mix.map((m) => `| ${m.label} | ${m.peakPerSecond.toFixed(2)} | ${(m.share * 100).toFixed(1)} % |`),
    "",
    `**CPU ceiling** = the rate at which this machine's ${os.cpus().length} cores would be busy with nothing but this workload (${os.cpus().length} × 1000 ÷ CPU ms per response, app + database${DATABASE_URL && !process.env.BENCH_DB_PIDFILE ? ": the app's backends of the shared PostgreSQL server, read from /proc by their pids in pg_stat_activity" : ""}): the capacity a machine of its own would have, which other tenants' load hides in the latencies.${DATABASE_URL ? "" : " PGlite runs the database inside the app's one JavaScript thread, so its ceiling counts one core."}`,
    "",
    `| offered req/s | achieved req/s | p50 ms | p95 ms | p99 ms | errors / sent | p95 by kind (home · submit · review · dashboard · rankings) | app CPU ms/resp${c.steps.some((s) => s.dbCpuMsPerResponse !== undefined) ? " (+ db)" : ""} | peak app RSS MB: total (launcher + servers)${c.steps.some((s) => s.peakDbPssMb !== undefined) ? " · db PSS" : ""} | CPU ceiling req/s | generator lag p95 ms | load avg |`,
    "|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---:|---|",
    ...c.steps.map(
      (s) =>
        `| ${s.rate} | ${fmt(s.achievedRps, 1)} | ${fmt(s.p50)} | ${s.p95 <= CAP_P95_MS ? `**${fmt(s.p95)}**` : fmt(s.p95)} | ${fmt(s.p99)} | ${s.errors} / ${s.sent} | ${c.mix.map((m) => fmt(s.perKind[m.key]?.p95)).join(" · ")} | ${fmt(s.appCpuMsPerResponse, 1)}${s.dbCpuMsPerResponse !== undefined ? ` (+ ${fmt(s.dbCpuMsPerResponse, 1)})` : ""} | ${formatRss(s.peakAppRss)}${s.peakDbPssMb !== undefined ? ` · ${s.peakDbPssMb}` : ""} | ${fmt(((DATABASE_URL ? os.cpus().length : 1) * 1000) / (s.appCpuMsPerResponse + (s.dbCpuMsPerResponse ?? 0)))} | ${fmt(s.clientLateMsP95)} | ${s.load1} |`,
    ),
    "",
    `**Highest offered rate with p95 ≤ ${CAP_P95_MS} ms (and < 1 % errors): ${c.sustainedRps === null ? "none of the steps" : `${c.sustainedRps} req/s`}.**${c.stoppedEarly ? ` The run ${c.stoppedEarly}.` : ""}`,
    "",
  ];
}

function sharedJsMd({ shell, everyPage }: Awaited<ReturnType<typeof sharedJsOf>>): string[] {
  if (!shell) return [];
  const part = (js: SharedJs) => `**${js.kb.toFixed(0)} KB** gzip in ${js.chunks.length} chunks`;
  return [
    `The shell's JavaScript, the chunks every signed-in page of the sweep loads: ${part(shell)}${everyPage ? `; of it, what the sign-in page loads too (React, Next and the app's root): ${part(everyPage)}` : ""}. A page's own JavaScript is its JS KB less the shell's.`,
    "",
  ];
}

function studySession(today: string, attendees: string[], i: number) {
  return { title: `班前安全学习（压测 ${i}）`, occurredOn: today, contents: ["technology"], form: "on_the_job", hours: "1.5", presenter: "", location: "班组活动室", summary: "", attendees };
}

function writeResults(data: {
  meta: BenchMeta;
  pgVersion: string;
  endpoints: { key: string; label: string; floor?: string; page?: boolean; ok?: number[] }[];
  results: Record<string, { median: RunFigures; runs: RunFigures[]; peakRss: RssSplit; liveHeapMb?: number; load1: number }>;
  floors: Map<string, FloorResult>;
  pages: PageFigures[];
  sharedJs: Awaited<ReturnType<typeof sharedJsOf>>;
  capacity?: CapacityResult;
  peakRss: RssSplit;
}) {
  const { meta, results, floors } = data;
  const machine = machineFacts(data.pgVersion);
  const city = meta.scale === "city";
  const pglite = !DATABASE_URL;
  const pageTarget = pglite ? 300 : 150;
  const auth = results.auth?.median;
  const authFloor = floors.get("auth");
  const date = chinaToday();
  const rows = data.endpoints
    .filter((ep) => results[ep.key])
    .map((ep) => {
      const m = results[ep.key]!.median;
      const f = ep.floor ? floors.get(ep.floor) : undefined;
      // The floors: the auth floor page's latency (HTTP + session + user) plus the page's own SQL, both at the same concurrency.
      const floorSum = ep.floor && ep.floor !== "auth" && auth && f ? auth.p50 + f.p50 : undefined;
      const ratio = floorSum ? m.p50 / floorSum : undefined;
      const floorSum95 = ep.floor && ep.floor !== "auth" && auth && f ? auth.p95 + f.p95 : undefined;
      const ratio95 = floorSum95 ? m.p95 / floorSum95 : undefined;
      const okCount = Object.entries(m.status).filter(([c]) => (ep.ok ?? [200]).includes(Number(c))).reduce((s, [, n]) => s + n, 0);
      let target = "";
      if (ep.page) target = m.p95 <= pageTarget && (pglite || !ratio || ratio <= 1.3) ? "met" : "MISSED";
      if (ep.key === "submit") target = city && !pglite ? (m.rps >= 200 ? "met" : "MISSED") : "";
      return { key: ep.key, label: ep.label, ...m, okShare: m.requests ? okCount / m.requests : 0, floor: f, ratio, ratio95, target, peakRss: results[ep.key]!.peakRss, liveHeapMb: results[ep.key]!.liveHeapMb, load1: results[ep.key]!.load1 };
    });
  const fmt = (v: number | undefined, d = 0) => (v === undefined ? "—" : v.toFixed(d));
  const floorRuns = data.pages.filter((p) => p.path === "/bench-floor");
  const pageFloor = floorRuns.length ? median(floorRuns.map((p) => p.cpuMsPerRequest)) : undefined;
  const pageFloorRounds = floorOfEachRound(floorRuns.map((p) => p.roundCpuMs));
  const pageRows = data.pages
    .filter((p) => p.path !== "/bench-floor")
    .map((p) => {
      const ratio = ratioToFloor(p.roundCpuMs, pageFloorRounds);
      const ratioWithoutGc = ratioWithoutFullCollections(p.roundCpuMs, pageFloorRounds, p.roundFullCollections);
      const roundsWithGc = p.roundFullCollections.filter((n) => n > 0).length;
      const limit = p.path === "/login" ? 1.3 : 2;
      const ok = Object.keys(p.status).every((c) => c === "200");
      return { ...p, ratio, ratioWithoutGc, roundsWithGc, target: !ok ? "ERROR" : ratio !== undefined && ratio <= limit && p.htmlKb <= 100 ? "met" : "MISSED" };
    });
  const pagesMd = data.pages.length
    ? [
        "## Every page of every role against the page floor",
        "",
        `Each page ${(pageRows[0] ?? data.pages[0]!).requests} times, 2 at a time, in ${args["page-rounds"]} rounds that each go over every page in turn, after every page of the sweep was requested ${args["page-warmup"]} times (a server just started runs unoptimised code) and 4 more warm-up requests of its own; **CPU** is the server's CPU time per response (from /proc), the median of the page's rounds; **p50** likewise; **×floor** its ratio to the page floor, round by round: the empty signed-in page \`/bench-floor\` is measured for each role at the start and at the end of every round, the round's floor is the median of the roles' (their means of start and end), and the page's ratio is the median over rounds of its CPU divided by its own round's floor (bench/page-floor.ts). Floors of the rounds: ${pageFloorRounds.map((ms) => ms.toFixed(1)).join(", ")} ms; each role's median over the rounds: ${floorRuns.map((p) => p.cpuMsPerRequest.toFixed(1)).join(", ")} ms; overall **${fmt(pageFloor, 1)} ms**. **HTML** is the uncompressed document. **JS** is the JavaScript the browser loads before the page can be used: the \`/_next/\` chunks its HTML names in \`<script src>\` tags (not \`nomodule\` ones) and \`<link rel="modulepreload">\` or \`<link rel="preload" as="script">\` tags — not what it loads later on demand — each fetched once and gzip-compressed by the bench (node:zlib, level 6, as \`next start\` compresses; not the server's own response, which a proxy in front may compress otherwise), summed. **Full GC** is how many of the page's rounds had a full collection of the server's heap (a Mark-Compact in its \`--trace-gc\`) during the page's window: one costs the process ~100–180 ms of CPU, charged to whichever page is running; **× floor w/o** is the page's ratio over the other rounds only (— when every round held one), what the page costs itself. Targets (read from × floor, all rounds): CPU ≤ 2 × floor (the login page ≤ 1.3 ×) and HTML ≤ 100 KB.`,
        "",
        "| role | page | CPU ms/resp | × floor | full GC | × floor w/o | p50 ms | HTML KB | JS KB (gzip) | status | target |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---|---|",
        ...pageRows.map((p) => `| ${p.role} | \`${p.path}\` | ${fmt(p.cpuMsPerRequest, 1)} | ${fmt(p.ratio, 2)} | ${p.roundsWithGc} of ${p.roundFullCollections.length} | ${fmt(p.ratioWithoutGc, 2)} | ${fmt(p.p50)} | ${fmt(p.htmlKb)} | ${fmt(p.jsKb)} | ${Object.entries(p.status).map(([c, n]) => `${c}×${n}`).join(" ")} | ${p.target} |`),
        "",
        `Pages meeting both targets: ${pageRows.filter((p) => p.target === "met").length} of ${pageRows.length}.`,
        "",
        ...sharedJsMd(data.sharedJs),
      ]
    : [];
  const md = [
    `# Benchmark: ${meta.scale} scale on ${pglite ? "PGlite" : "PostgreSQL"}${process.env.BENCH_LABEL ? ` (${process.env.BENCH_LABEL})` : ""} (${date})`,
    "",
    `Produced by \`npm run bench\` (scripts/bench.ts); ${CONNECTIONS} connections on loopback, ${WARMUP} s warm-up, then 3 runs of ${DURATION} s each, the median of each figure.`,
    `Latencies in ms. **Data floor**: the page's own SQL through the same lib functions (layout included, user re-read excluded), at ${CONNECTIONS} concurrent loops (p50/p95) and one at a time (serial median).`,
    `**Load avg**: the machine's 1-minute load average around the endpoint's runs (${os.cpus().length} cores; other processes on the machine count too).`,
    `**CPU/req**: the server process's CPU time (user + system, all its threads) per response — the figure to compare between runs, since latency on a shared 2-core machine moves with whatever else runs.`,
    `**Ratio** = page p50 / (auth floor p50 + data floor p50); ratio95 the same with p95s. Targets: page p95 ≤ ${pageTarget} ms${pglite ? "" : " and ratio ≤ 1.3"}${city && !pglite ? "; submit ≥ 200 req/s; peak RSS of \`npm start\` ≤ 400 MB" : ""}.`,
    "",
    ...pagesMd,
    ...capacityMd(data.capacity),
    ...(rows.length ? [`## Load: ${CONNECTIONS} connections per endpoint`, "", "| endpoint | p50 | p95 | p99 | req/s | CPU/req ms | KB/resp | ok | data floor p50 / p95 (serial) | ratio (ratio95) | peak RSS MB: total (launcher + servers) | peak live heap MB | load avg | target |", "|---|---:|---:|---:|---:|---:|---:|---:|---|---|---:|---:|---:|---|"] : []),
    ...rows.map(
      (r) =>
        `| ${r.label} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.p99)} | ${fmt(r.rps)} | ${fmt(r.cpuMsPerRequest, 1)} | ${fmt(r.kbPerResponse, 0)} | ${(r.okShare * 100).toFixed(0)} % | ${r.floor ? `${fmt(r.floor.p50, 1)} / ${fmt(r.floor.p95, 1)} (${fmt(r.floor.serialMs, 1)})` : "—"} | ${r.ratio ? `${r.ratio.toFixed(2)} (${r.ratio95!.toFixed(2)})` : "—"} | ${formatRss(r.peakRss)} | ${fmt(r.liveHeapMb)} | ${r.load1} | ${r.target || "—"} |`,
    ),
    "",
    `Auth floor's own SQL (re-reading the user): ${authFloor ? `p50 ${fmt(authFloor.p50, 1)} ms, serial ${fmt(authFloor.serialMs, 1)} ms` : "—"}.`,
    `Peak RSS of \`npm start\` over all runs: **${Math.round(data.peakRss.totalMb)} MB**${city && !pglite ? ` (target ≤ 400 MB: ${data.peakRss.totalMb <= 400 ? "met" : "MISSED"})` : ""}: its launcher (scripts/start.mjs) ${Math.round(data.peakRss.launcherMb)} MB and the server process${serverProcesses() > 1 ? `es (${serverProcesses()}, WEB_CONCURRENCY)` : ""} ${Math.round(data.peakRss.serverMb)} MB. Resident memory from /proc every 200 ms, the node binary's shared pages counted once (not once per process), the launcher as the private memory it adds; each part's own peak, so the parts may add up to a little more than the total. Peak live heap: the largest heap a full collection left during the endpoint's load (the server's \`--trace-gc\` lines; what is still reachable, which the old-space bound must hold).`,
    "",
    "Status codes per endpoint (all runs): " + rows.map((r) => `${r.key} ${JSON.stringify(r.status)}`).join("; ") + ".",
    "",
    "## Machine",
    "",
    ...Object.entries(machine).map(([k, v]) => `- ${k}: ${v}`),
    "",
    "## Data",
    "",
    `Scale \`${meta.scale}\`, seed ${meta.seed}, data up to ${meta.today}; seeded in ${meta.totalMs ? `${(meta.totalMs / 1000).toFixed(0)} s` : "—"} (${meta.driver ?? "?"}).`,
    "",
    "| table | rows |",
    "|---|---:|",
    ...Object.entries(meta.counts).map(([t, n]) => `| ${t} | ${n.toLocaleString("en")} |`),
    "",
    ...(meta.phases ? ["Seeding phases:", "", "| phase | s |", "|---|---:|", ...meta.phases.map((p) => `| ${p.name} | ${(p.ms / 1000).toFixed(1)} |`), ""] : []),
  ].join("\n");
  const dir = path.join(ROOT, "bench", "results");
  fs.mkdirSync(dir, { recursive: true });
  const slug = (text: string) => text.replace(/[^a-z0-9]+/gi, "-").replace(/^-|-$/g, "");
  // A run with other V8 settings, more server processes or of only some endpoints is not "the latest": it gets its own file.
  const variant =
    (process.env.BENCH_LABEL ? `-${slug(process.env.BENCH_LABEL)}` : "") +
    (serverProcesses() > 1 ? `-${serverProcesses()}-processes` : "") +
    (process.env.BENCH_NODE_OPTIONS ? `-${slug(process.env.BENCH_NODE_OPTIONS)}` : "") +
    (args.only ? `-only-${slug(args.only)}` : "") +
    (args.pages ? `-${slug(args.pages)}` : "");
  const base = `${date}-${meta.scale}${pglite ? "-pglite" : ""}${variant}`;
  fs.writeFileSync(path.join(dir, `${base}.md`), md + "\n");
  fs.writeFileSync(
    path.join(dir, `${base}.json`),
    JSON.stringify({ date, machine, scale: meta.scale, driver: pglite ? "pglite" : "postgres", connections: CONNECTIONS, durationS: DURATION, warmupS: WARMUP, meta, rows, pages: pageRows, pageFloorCpuMs: pageFloor, pageFloorRoundsCpuMs: pageFloorRounds, capacity: data.capacity, sharedJs: data.sharedJs, floors: [...floors.values()], peakRssMb: Math.round(data.peakRss.totalMb), peakRss: data.peakRss, raw: results }, null, 2) + "\n",
  );
  if (!variant) fs.writeFileSync(path.join(dir, `latest-${meta.scale}${pglite ? "-pglite" : ""}.md`), md + "\n");
  log(`\n${md}\nwrote bench/results/${base}.md and .json`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
