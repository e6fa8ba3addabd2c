/**
 * npm run bench:view-cost — what one page view in a real browser costs the server, the requests the page
 * makes after it arrived included (Next's prefetches of its links, which the HTTP bench never sends):
 *
 *   SERVER_PID=<pid of next-server> BASE_URL=http://127.0.0.1:3000 npm run bench:view-cost
 *   VIEW_COST_PAGES="office:/,union:/review" VIEW_COST_VIEWS=8 …
 *
 * Signs in each demo role in Debian's Chromium (1280×800, service worker blocked so only the page's own
 * requests count), opens the page VIEW_COST_VIEWS times (default 8), 2.5 s apart so the page's follow-up
 * requests land in its view, and reports the server's CPU per view (user + system from /proc, the
 * process and its children) and the RSC requests the page sent per view.
 */
import fs from "node:fs";
import { chromium } from "@playwright/test";
import { treeCpuMs } from "../bench/process-tree";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const SERVER_PID = Number(process.env.SERVER_PID);
const VIEWS = Number(process.env.VIEW_COST_VIEWS ?? 8);
const PASSWORD = process.env.DEMO_PASSWORD ?? "demo12345";
const PAGES = (process.env.VIEW_COST_PAGES ?? "office:/,union:/,leader:/").split(",").map((spec) => {
  const [role, path] = spec.split(":");
  if (!role || !path?.startsWith("/")) throw new Error(`VIEW_COST_PAGES takes role:/path pairs, not ${spec}`);
  return { role, path };
});
if (!SERVER_PID) throw new Error("SERVER_PID: the server's process id (pgrep -f next-server)");

const browser = await chromium.launch({ executablePath: fs.existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined });
try {
  console.log("| role | page | server CPU ms per view | RSC requests per view |\n|---|---|---:|---:|");
  for (const { role, path } of PAGES) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.goto(`${BASE}/login`);
    await page.locator("#username").fill(role);
    await page.locator("#password").fill(PASSWORD);
    await Promise.all([page.waitForURL((url) => !url.pathname.startsWith("/login")), page.locator("form button[type=submit]").click()]);
    await page.waitForTimeout(2500);
    let rsc = 0;
    page.on("request", (request) => {
      if (new URL(request.url()).searchParams.has("_rsc")) rsc++;
    });
    const before = treeCpuMs(SERVER_PID);
    for (let i = 0; i < VIEWS; i++) {
      await page.goto(`${BASE}${path}`, { waitUntil: "load" });
      await page.waitForTimeout(2500);
    }
    console.log(`| ${role} | \`${path}\` | ${((treeCpuMs(SERVER_PID) - before) / VIEWS).toFixed(0)} | ${(rsc / VIEWS).toFixed(1)} |`);
    await context.close();
  }
} finally {
  await browser.close();
}
