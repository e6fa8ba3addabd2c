import { devices } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * Every area answers a tap at once with its page's shape (its loading.tsx skeleton) while the page
 * itself is on its way; and a skeleton never turns a "not yours" or "no such thing" into a 200: the
 * list pages check access in their (list) layout above the skeleton, and detail pages have none.
 */

const NONE = "00000000-0000-4000-8000-000000000000";

test("areas a role may not open, and things that do not exist, still answer 404", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "leader");
  for (const path of ["/org", "/review", "/years", "/dashboard", `/records/${NONE}`, `/evaluations/${NONE}`, `/workers/${NONE}`, `/evaluations/publications/${NONE}`]) {
    const response = await page.goto(path);
    expect(response?.status(), `leader ${path}`).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
  }
  // What a leader may open still opens (200), behind its skeleton.
  for (const path of ["/", "/records", "/evaluations", "/rankings", "/workers", "/reports", "/account"]) {
    const response = await page.goto(path);
    expect(response?.status(), `leader ${path}`).toBe(200);
  }
});

test("a tap into an area shows that area's skeleton while the page is on its way", async ({ page }) => {
  await signIn(page, "office");
  // Hold back the page's own data (not the prefetch of its loading state) as a slow network would.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/records**", async (route) => {
    const headers = route.request().headers();
    if (headers["rsc"] === "1" && !headers["next-router-prefetch"]) await held;
    await route.continue();
  });
  const nav = page.locator("aside nav");
  // A pointer (or finger) on the link prefetches the area's loading state, as the navigation does; the
  // test asks for it outright and lets its tree and segments arrive, so the timing below is the tap's.
  await nav.getByRole("link", { name: "工作记录" }).first().hover();
  await page.evaluate(() => (window as unknown as { next: { router: { prefetch(href: string): void } } }).next.router.prefetch("/records"));
  await page.waitForLoadState("networkidle");
  await page.waitForTimeout(500);
  const tapped = Date.now();
  await nav.getByRole("link", { name: "工作记录" }).first().click();
  await expect(page.getByTestId("page-skeleton")).toBeVisible({ timeout: 1_000 });
  expect(Date.now() - tapped).toBeLessThan(1_000);
  release();
  await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
  await expect(page).toHaveURL(/\/records$/);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("SCREENSHOTS=1: each area's skeleton at desktop and phone width", async ({ browser }) => {
  test.skip(process.env.SCREENSHOTS !== "1", "pictures only on request");
  test.setTimeout(120_000);
  const viewports = [
    { name: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false, userAgent: undefined },
    { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, userAgent: devices["Pixel 7"]!.userAgent },
  ];
  for (const vp of viewports) {
    const context = await browser.newContext({ viewport: vp.viewport, isMobile: vp.isMobile, userAgent: vp.userAgent, locale: "zh-CN" });
    const page = await context.newPage();
    await signIn(page, "office");
    // Every page's own data waits (its prefetched loading state does not): the skeleton stays on screen.
    await page.route("**/*", async (route) => {
      const headers = route.request().headers();
      if (headers["rsc"] === "1" && !headers["next-router-prefetch"]) return; // never answered
      await route.continue();
    });
    for (const [path, name] of [["/records", "records"], ["/evaluations", "evaluations"], ["/years", "years"], ["/", "home"]] as const) {
      // As a link does when a pointer or finger reaches it: prefetch the area's loading state, then go.
      type Router = { prefetch(href: string): void; push(href: string): void };
      await page.evaluate((to) => (window as unknown as { next: { router: Router } }).next.router.prefetch(to), path);
      await page.waitForTimeout(1_000);
      await page.evaluate((to) => (window as unknown as { next: { router: Router } }).next.router.push(to), path);
      await expect(page.getByTestId("page-skeleton")).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/office-skeleton-${name}-${vp.name}.png` });
    }
    await context.close();
  }
});
