/**
 * Signs in as each demo role and saves desktop and phone screenshots of the pages listed below.
 * Usage: BASE_URL=http://127.0.0.1:3000 npx tsx scripts/screenshots.ts [outDir] [path …]
 * Needs a running server with the demo county (npm run demo) and, for Chinese glyphs, a CJK font.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium, devices, type Browser } from "@playwright/test";

const BASE = process.env.BASE_URL ?? "http://127.0.0.1:3000";
const OUT = process.argv[2] ?? "docs/screenshots";
const EXTRA = process.argv.slice(3);
const ROLES = [
  { username: "office", pages: ["/", "/dashboard", "/evaluations", "/rankings", "/org", "/org/new", "/org/import", "/workers"] },
  { username: "union", pages: ["/", "/evaluations", "/org", "/workers", "/workers/new", "/workers/import"] },
  { username: "leader", pages: ["/", "/evaluations", "/evaluations/nominate", "/rankings", "/workers", "/account"] },
];
// The phone sends a phone's user agent: lists render as cards only for phones (lib/http/device.ts).
const VIEWPORTS = [
  { name: "desktop", width: 1440, height: 900, isMobile: false, userAgent: undefined },
  { name: "phone", width: 390, height: 844, isMobile: true, userAgent: devices["Pixel 7"]!.userAgent },
];

async function shoot(browser: Browser) {
  fs.mkdirSync(OUT, { recursive: true });
  for (const vp of VIEWPORTS) {
    const anon = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, isMobile: vp.isMobile, userAgent: vp.userAgent, locale: "zh-CN" });
    const page = await anon.newPage();
    await page.goto(`${BASE}/login`);
    await page.screenshot({ path: path.join(OUT, `login-${vp.name}.png`), fullPage: true });
    await anon.close();
    for (const role of ROLES) {
      const ctx = await browser.newContext({ viewport: { width: vp.width, height: vp.height }, isMobile: vp.isMobile, userAgent: vp.userAgent, locale: "zh-CN" });
      const p = await ctx.newPage();
      await p.goto(`${BASE}/login`);
      await p.locator("#username").fill(role.username);
      await p.locator("#password").fill("demo12345");
      await p.locator("form button[type=submit]").click();
      await p.waitForURL(`${BASE}/`);
      for (const route of [...role.pages, ...EXTRA]) {
        await p.goto(`${BASE}${route}`);
        const name = `${role.username}${route === "/" ? "-home" : route.replaceAll("/", "-")}-${vp.name}.png`;
        await p.screenshot({ path: path.join(OUT, name), fullPage: true });
      }
      await ctx.close();
    }
  }
}

const browser = await chromium.launch(
  fs.existsSync("/usr/bin/chromium")
    ? { executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"] }
    : {},
);
try {
  await shoot(browser);
} finally {
  await browser.close();
}
console.log(`screenshots in ${OUT}`);
