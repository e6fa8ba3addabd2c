import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * axe (WCAG 2.1 A and AA) on the sign-in page and every role's main pages, at desktop width and, for
 * the leader who works on a phone, at 390 px. A violation names the rule and the elements it found.
 */

const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

async function expectNoViolations(page: Page, path: string) {
  await page.goto(path);
  await expect(page.getByRole("heading", { level: 1 }).first()).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const found = violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(" ")).slice(0, 5).join(" | ")}`);
  expect(found, `axe on ${path}`).toEqual([]);
}

const PAGES: Record<string, string[]> = {
  office: ["/", "/dashboard", "/review", "/records", "/org", "/evaluations", "/rankings", "/reports"],
  union: ["/", "/review", "/records", "/workers", "/evaluations", "/rankings", "/reports"],
  leader: ["/", "/records", "/records/new?kind=study_session", "/workers", "/evaluations", "/rankings"],
};

test("the sign-in page", async ({ page }) => {
  await expectNoViolations(page, "/login");
});

for (const [role, paths] of Object.entries(PAGES)) {
  test(`${role}'s main pages`, async ({ page }) => {
    await signIn(page, role);
    for (const path of paths) await expectNoViolations(page, path);
  });
}

test("the union's review of a record opened from the queue", async ({ page }) => {
  await signIn(page, "union");
  await page.goto("/review");
  await page.locator("main tbody a[href*='queue=1']").first().click();
  await expect(page.getByTestId("queue-position")).toBeVisible();
  await expectNoViolations(page, page.url().replace(/^https?:\/\/[^/]+/, ""));
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  test("the leader's home, records and evaluation", async ({ page }) => {
    await signIn(page, "leader");
    for (const path of ["/", "/records", "/evaluations"]) await expectNoViolations(page, path);
  });
});
