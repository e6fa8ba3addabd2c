import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { chromeTexts, DEMO_PASSWORD, withChinese } from "./helpers";

async function signInEnglish(page: Page, username: string) {
  await page.goto("/login");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(DEMO_PASSWORD);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/$/);
}

async function expectEnglish(page: Page, path: string) {
  await page.goto(path);
  const texts = await chromeTexts(page);
  expect(texts.length, path).toBeGreaterThan(5);
  expect(withChinese(texts), path).toEqual([]);
}

test("the union's organisation, roster, worker and import pages speak English completely", async ({ page }) => {
  await signInEnglish(page, "union");
  await expectEnglish(page, "/org");
  await expectEnglish(page, "/org/new");
  await page.goto("/org");
  await page.locator("table").getByRole("link", { name: "设备维修班" }).click();
  await expect(page).toHaveURL(/\/org\/[0-9a-f-]{36}$/);
  const team = new URL(page.url()).pathname;
  await expectEnglish(page, team);
  await expect(page.getByRole("button", { name: "New team leader account" })).toBeVisible();
  await expectEnglish(page, `${team}/edit`);
  await expectEnglish(page, "/workers");
  await expectEnglish(page, "/workers/new");
  await expectEnglish(page, "/workers/import");
  await page.goto("/workers");
  await page.locator("table").getByRole("link").first().click();
  await expect(page).toHaveURL(/\/workers\/[0-9a-f-]{36}$/);
  await expectEnglish(page, new URL(page.url()).pathname);
});

test("the office's organisation pages and import speak English completely", async ({ page }) => {
  await signInEnglish(page, "office");
  await expectEnglish(page, "/org");
  await expectEnglish(page, "/org/new");
  await expectEnglish(page, "/org/import");
  await page.goto("/org");
  await page.getByRole("link", { name: /红星集团/ }).click();
  await expect(page).toHaveURL(/\/org\/[0-9a-f-]{36}$/);
  await expectEnglish(page, new URL(page.url()).pathname);
});
