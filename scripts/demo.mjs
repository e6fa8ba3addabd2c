// `npm run demo`: build, then serve the demo county on http://localhost:3000 (PORT overrides).
// Data lives in ./.data (DATA_DIR overrides): by default on a real PostgreSQL 18 that this script
// starts in <DATA_DIR>/pg and stops with the app (scripts/embedded-postgres.mjs); with
// EMBEDDED_DB=pglite, or in a directory that already holds a PGlite database, on PGlite in
// <DATA_DIR>/pglite inside the app; with DATABASE_URL, on that server. Migrations and the
// (idempotent) demo seed run as the server starts.
import { execSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { tryLock } from "fs-native-extensions";
import { EmbeddedBusyError, embeddedHolder, embeddedKind, embeddedPaths, startEmbeddedPostgres } from "./embedded-postgres.mjs";
import { serverNodeOptions } from "./server-options.mjs";

const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
const port = process.env.PORT ?? "3000";
fs.mkdirSync(dataDir, { recursive: true });

function refuse(message) {
  console.error(message);
  process.exit(1);
}

const { kind, legacy } = process.env.DATABASE_URL ? { kind: "url", legacy: false } : embeddedKind(dataDir);

// Refuse before building: a build would pull the files from under a demo that is running.
const holder = kind === "postgres" ? embeddedHolder(dataDir) : undefined;
if (holder !== undefined) refuse(new EmbeddedBusyError(dataDir, holder).message);
if (kind === "pglite") {
  // The PGlite server holds an OS lock on this file for as long as it lives (db/data-dir-lock.ts).
  const lock = path.join(dataDir, "pglite.lock");
  if (fs.existsSync(lock)) {
    const fd = fs.openSync(lock, "r+");
    if (!tryLock(fd)) {
      let holder = {};
      try {
        holder = JSON.parse(fs.readFileSync(lock, "utf8"));
      } catch {
        /* being written this instant */
      }
      refuse(
        `The demo database in ${dataDir} is already in use by process ${holder.pid ?? "?"} on ${holder.host ?? "?"} (${holder.command ?? "unknown"}).\n` +
          `Stop it first, or run another copy with DATA_DIR=<other dir> PORT=<other port>.`,
      );
    }
    fs.closeSync(fd); // lets go at once: the server takes it
  }
}
if (legacy) {
  const env = process.env.DATA_DIR ? `DATA_DIR=${process.env.DATA_DIR} ` : "";
  console.log(
    `\n${dataDir} holds a PGlite database (the demo's default before PostgreSQL): serving it on PGlite as before.\n` +
      `To move it to PostgreSQL (the default now; README, "Set-up"), with this demo stopped:\n` +
      `  ${env}npm run admin -- backup county.backup                       # reads PGlite\n` +
      `  ${env}EMBEDDED_DB=postgres npm run admin -- restore county.backup  # into a new PostgreSQL in ${embeddedPaths(dataDir).pg}\n` +
      `  ${env}npm run demo                                                 # serves PostgreSQL from then on\n` +
      `then delete ${embeddedPaths(dataDir).pglite} when satisfied. EMBEDDED_DB=pglite keeps PGlite and silences this note.\n`,
  );
}

// The demo may generate its own AUTH_SECRET; production must set one (the server refuses to start without).
let authSecret = process.env.AUTH_SECRET;
if (!authSecret) {
  const secretFile = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  authSecret = fs.readFileSync(secretFile, "utf8").trim();
}

if (!process.argv.includes("--no-build")) execSync("npx next build", { stdio: "inherit" });

let database = null;
if (kind === "postgres") {
  try {
    database = await startEmbeddedPostgres(dataDir);
  } catch (err) {
    refuse(err instanceof EmbeddedBusyError ? err.message : `${err.message}${err.cause ? ` (${err.cause.message ?? err.cause})` : ""}`);
  }
}

console.log(`\n创争平台 demo: http://localhost:${port}  (accounts office / union / leader / union2 / leader2, password demo12345)\n`);
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  // The app server inherits the open lock file (fd 3): the claim on the database lasts while it runs.
  stdio: database ? ["inherit", "inherit", "inherit", database.lockFd] : "inherit",
  env: {
    ...process.env,
    NODE_ENV: "production",
    DATA_DIR: dataDir,
    SEED_DEMO: "1",
    AUTH_SECRET: authSecret,
    NODE_OPTIONS: serverNodeOptions(),
    ...(database ? { DATABASE_URL: database.url } : {}),
  },
});
database?.server(child.pid);
// The app goes first, then the database it was connected to.
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", async (code) => {
  if (database) await database.stop();
  process.exit(code ?? 0);
});
