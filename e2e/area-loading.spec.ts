import { devices } from "@playwright/test";
import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * Every tap on a link is answered at once with the next page's shape (components/shell/pending-navigation.tsx draws
 * its skeleton in the browser) while the page itself is on its way; and the server sends every page
 * whole, with its own status: no loading.tsx stands in front of a page, so "not yours" and "no such
 * thing" stay 404s on list and detail pages alike.
 */

const NONE = "00000000-0000-4000-8000-000000000000";

test("areas a role may not open, and things that do not exist, still answer 404", async ({ page }) => {
  test.setTimeout(60_000);
  await signIn(page, "leader");
  for (const path of ["/org", "/review", "/years", "/dashboard", `/records/${NONE}`, `/records/${NONE}/edit`, `/evaluations/${NONE}`, `/workers/${NONE}`, `/org/${NONE}`, `/evaluations/publications/${NONE}`]) {
    const response = await page.goto(path);
    expect(response?.status(), `leader ${path}`).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
  }
  // What a leader may open still opens (200).
  for (const path of ["/", "/records", "/evaluations", "/rankings", "/workers", "/reports", "/account"]) {
    const response = await page.goto(path);
    expect(response?.status(), `leader ${path}`).toBe(200);
  }
});

/** Holds back every page's own data (not prefetches) until the returned function is called, as a slow network would. */
async function holdPages(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/*", async (route) => {
    const headers = route.request().headers();
    if (headers["rsc"] === "1" && !headers["next-router-prefetch"]) await held;
    await route.continue();
  });
  return release;
}

/**
 * Taps the link, sees the skeleton within a second of the tap (and whatever else `meanwhile` checks), lets
 * the page come and sees it replace the skeleton. The time is the browser's own, from the click event to
 * the skeleton in the document: Playwright's checks before it clicks (is the link stable, visible, on top)
 * take up to a second on a loaded machine and are no part of what the user waits for.
 */
async function tapShowsSkeleton(page: Page, link: Locator, arrived: RegExp, meanwhile?: () => Promise<void>) {
  const release = await holdPages(page);
  await page.evaluate(() => {
    const clock = window as unknown as { tappedAt?: number; skeletonAt?: number };
    clock.tappedAt = clock.skeletonAt = undefined;
    document.addEventListener("click", () => (clock.tappedAt ??= performance.now()), { capture: true, once: true });
    new MutationObserver((_, observer) => {
      if (clock.tappedAt === undefined || !document.querySelector('[data-testid="page-skeleton"]')) return;
      clock.skeletonAt = performance.now();
      observer.disconnect();
    }).observe(document.body, { childList: true, subtree: true });
  });
  await link.click();
  await expect(page.getByTestId("page-skeleton")).toBeVisible({ timeout: 2_000 });
  const waited = await page.evaluate(() => {
    const clock = window as unknown as { tappedAt?: number; skeletonAt?: number };
    return clock.skeletonAt !== undefined && clock.tappedAt !== undefined ? clock.skeletonAt - clock.tappedAt : Infinity;
  });
  expect(waited, "ms from the tap to the skeleton").toBeLessThan(1_000);
  await meanwhile?.();
  release();
  await expect(page).toHaveURL(arrived);
  await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
  await expect(page.locator("main h1")).toBeVisible();
  await page.unrouteAll({ behavior: "wait" });
}

test("a tap into an area shows that area's skeleton, and marks the area in the navigation, while the page is on its way", async ({ page }) => {
  await signIn(page, "office");
  const link = page.locator("aside nav").getByRole("link", { name: "工作记录" });
  await expect(link).not.toHaveAttribute("aria-current", "page");
  await tapShowsSkeleton(page, link, /\/records$/, async () => {
    await expect(link).toHaveAttribute("aria-current", "page");
    await expect(page).toHaveURL(/\/$/);
  });
});

test("links fetch their page ahead when a pointer reaches them, not as they come into view (a phone's main thread is busy hydrating then)", async ({ page }) => {
  await signIn(page, "office");
  const prefetched: string[] = [];
  page.on("request", (r) => {
    if (r.headers()["next-router-prefetch"]) prefetched.push(r.url());
  });
  await page.reload();
  await page.waitForLoadState("load");
  // The home's navigation and its activity tiles are all in view; nothing is fetched for them yet.
  await page.waitForTimeout(1500);
  expect(prefetched).toEqual([]);
  const tile = page.locator('main a[href^="/records?kind="]').first();
  await Promise.all([page.waitForRequest((r) => Boolean(r.headers()["next-router-prefetch"]) && new URL(r.url()).pathname === "/records"), tile.hover()]);
});

test("so does a tap on a record, a worker, an evaluation, a unit, and on the new-record button", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "office");
  const uuid = "[0-9a-f-]{36}";
  await page.goto("/records");
  await tapShowsSkeleton(page, page.locator('main table a[href^="/records/"]').first(), new RegExp(`/records/${uuid}$`));
  await page.goto("/records");
  await tapShowsSkeleton(page, page.locator('main a[href^="/records/new"]').first(), /\/records\/new/);
  await page.goto("/workers");
  await tapShowsSkeleton(page, page.locator('main table a[href^="/workers/"]').first(), new RegExp(`/workers/${uuid}$`));
  await page.goto("/evaluations?view=teams");
  await tapShowsSkeleton(page, page.locator('main table a[href^="/evaluations/"]').first(), new RegExp(`/evaluations/${uuid}$`));
  await page.goto("/org");
  await tapShowsSkeleton(page, page.locator('main a[href^="/org/"]:not([href="/org/export"], [href="/org/import"], [href="/org/new"])').first(), new RegExp(`/org/${uuid}$`));
});

test("and a tap on the union's new-worker button", async ({ page }) => {
  await signIn(page, "union");
  await page.goto("/workers");
  await tapShowsSkeleton(page, page.locator('main a[href="/workers/new"]'), /\/workers\/new$/);
});

test("a link the browser follows itself (a download) leaves the page as it is", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/records");
  const download = page.waitForEvent("download");
  await page.locator('main a[href^="/records/export"]').click();
  await download;
  await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
  await expect(page.locator("main h1")).toBeVisible();
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
    for (const [path, name] of [["/records", "records"], ["/evaluations", "evaluations"], ["/years", "years"], ["/", "home"], ["/records/new", "records-new"], [`/records/${NONE}`, "record"]] as const) {
      await page.goto(path === "/" ? "/account" : "/");
      await page.unrouteAll({ behavior: "ignoreErrors" });
      await holdPages(page); // never released: the skeleton stays on screen
      // As a <Link> does: cancel the browser's navigation and route on the client.
      await page.evaluate((to) => {
        const link = Object.assign(document.createElement("a"), { href: to });
        link.addEventListener("click", (event) => {
          event.preventDefault();
          (window as unknown as { next: { router: { push(href: string): void } } }).next.router.push(to);
        });
        document.body.append(link);
        link.click();
      }, path);
      await expect(page.getByTestId("page-skeleton")).toBeVisible();
      await page.screenshot({ path: `docs/screenshots/office-skeleton-${name}-${vp.name}.png` });
    }
    await context.close();
  }
});
