// `npm run demo`: build, then serve the demo county on http://localhost:3000 (PORT overrides).
// Data lives in ./.data (DATA_DIR overrides) on embedded PostgreSQL (PGlite), or on the server
// named by DATABASE_URL. Migrations and the (idempotent) demo seed run as the server starts.
import { execSync, spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { tryLock } from "fs-native-extensions";
import { boundedNodeOptions } from "./heap.mjs";

const dataDir = path.resolve(process.env.DATA_DIR ?? ".data");
const port = process.env.PORT ?? "3000";
fs.mkdirSync(dataDir, { recursive: true });

if (!process.env.DATABASE_URL) {
  // Refuse before building: a build would pull the files from under a demo that is running. The
  // server holds an OS lock on this file for as long as it lives (db/data-dir-lock.ts).
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
      console.error(`The demo database in ${dataDir} is already in use by process ${holder.pid ?? "?"} on ${holder.host ?? "?"} (${holder.command ?? "unknown"}).`);
      console.error(`Stop it first, or run another copy with DATA_DIR=<other dir> PORT=<other port>.`);
      process.exit(1);
    }
    fs.closeSync(fd); // lets go at once: the server takes it
  }
}

// The demo may generate its own AUTH_SECRET; production must set one (the server refuses to start without).
let authSecret = process.env.AUTH_SECRET;
if (!authSecret) {
  const secretFile = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(secretFile)) fs.writeFileSync(secretFile, crypto.randomBytes(32).toString("base64"), { mode: 0o600 });
  authSecret = fs.readFileSync(secretFile, "utf8").trim();
}

if (!process.argv.includes("--no-build")) execSync("npx next build", { stdio: "inherit" });

console.log(`\n创争平台 demo: http://localhost:${port}  (accounts office / union / leader / union2 / leader2, password demo12345)\n`);
const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port], {
  stdio: "inherit",
  env: { ...process.env, NODE_ENV: "production", DATA_DIR: dataDir, SEED_DEMO: "1", AUTH_SECRET: authSecret, NODE_OPTIONS: boundedNodeOptions() },
});
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
