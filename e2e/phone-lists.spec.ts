import { devices, type Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

// Lists render for the device that asks (lib/http/device.ts): cards for a phone, a table otherwise.

test.describe("on a phone", () => {
  const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
  test.use({ viewport, userAgent, deviceScaleFactor, isMobile, hasTouch });

  test("a team leader's roster is cards to tap, with no table", async ({ page }) => {
    await signIn(page, "leader2");
    await page.goto("/workers");
    const cards = page.locator("main ul > li > a[href^='/workers/']");
    await expect(cards.first()).toBeVisible();
    expect(await cards.count()).toBeGreaterThan(3);
    await expect(page.locator("main table")).toHaveCount(0);
    await cards.first().click();
    await expect(page).toHaveURL(/\/workers\/[0-9a-f-]{36}$/);
  });
});

test("on a desktop the union's roster is a table, with no cards", async ({ page }) => {
  await signIn(page, "union2");
  await page.goto("/workers");
  const rows = page.locator("main table tbody tr");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThan(3);
  await expect(page.locator("main ul > li > a[href^='/workers/']")).toHaveCount(0);
});

test("in a desktop browser as narrow as a phone, the union's home scrolls its teams table, not the page", async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 800 });
  await signIn(page, "union");
  await expect(page.locator("main table").first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
});

/** What a user notices first on a phone: the page itself never scrolls sideways. */
async function pageFitsWidth(page: Page) {
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth - document.scrollingElement!.clientWidth)).toBeLessThanOrEqual(0);
}

test.describe("on a 390 px phone", () => {
  const { userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
  test.use({ viewport: { width: 390, height: 844 }, userAgent, deviceScaleFactor, isMobile, hasTouch });

  test("the team leader's latest records are cards with their titles and status, each card a link", async ({ page }) => {
    await signIn(page, "leader");
    const recent = page.locator("section[aria-labelledby=recent-heading]");
    const cards = recent.locator("ul > li > a[href^='/records/']");
    await expect(cards.first()).toBeVisible();
    await expect(recent.locator("table")).toHaveCount(0);
    for (const card of await cards.all()) {
      await expect(card.locator("span.font-medium")).not.toBeEmpty();
      await expect(card.locator("[data-status]")).toBeVisible();
      expect((await card.boundingBox())!.height).toBeGreaterThanOrEqual(56);
    }
    await pageFitsWidth(page);
  });

  test("the union's teams are cards named by their teams, each opening its team", async ({ page }) => {
    await signIn(page, "union");
    await page.goto("/org");
    const cards = page.locator("main ul > li > a[href^='/org/']");
    await expect(cards.filter({ hasText: "液态奶车间灌装甲班" })).toBeVisible();
    expect(await cards.count()).toBeGreaterThan(3);
    await expect(page.locator("main table")).toHaveCount(0);
    // What the table's columns said, stacked: the kind as a badge, the leader and how long since they signed in.
    const team = cards.filter({ hasText: "液态奶车间灌装甲班" });
    await expect(team).toContainText("班组");
    await expect(team.getByTestId("leader-seen")).toHaveText(/^班组长.+登录$/);
    await pageFitsWidth(page);
    await cards.filter({ hasText: "液态奶车间灌装甲班" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("液态奶车间灌装甲班");
  });

  test("the naming decision keeps its table, which fits the sheet instead of scrolling sideways", async ({ page }) => {
    await signIn(page, "office");
    // Last year's namings are in the demo county; the year pills run newest first.
    await page.goto("/evaluations?view=publications");
    await page.locator("main a[href*='view=publications'][href*='year=']").last().click();
    await page.locator("main a[href^='/evaluations/publications/']").first().click();
    await page.getByRole("link", { name: "命名决定" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /关于命名/ })).toBeVisible();
    const table = page.locator("[data-document] table");
    await expect(table.locator("tbody tr").first()).toBeVisible();
    for (const name of await table.locator("tbody tr td:nth-child(2)").allInnerTexts()) expect(name.trim()).not.toBe("");
    expect(await table.evaluate((t) => t.parentElement!.scrollWidth - t.parentElement!.clientWidth)).toBeLessThanOrEqual(0);
    await pageFitsWidth(page);
  });
});
