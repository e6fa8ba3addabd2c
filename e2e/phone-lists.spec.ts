import { devices } from "@playwright/test";
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
