// `npm run test:e2e`: a production build, a browser, then Playwright.
import { execSync } from "node:child_process";
import fs from "node:fs";

const run = (cmd) => execSync(cmd, { stdio: "inherit", env: process.env });

if (!process.env.E2E_SKIP_BUILD) run("npx next build");
if (!fs.existsSync("/usr/bin/chromium")) {
  // No Debian chromium: use Playwright's own browser, fetched on machines that can download it.
  run("npx playwright install chromium");
}
run(`npx playwright test ${process.argv.slice(2).join(" ")}`);
