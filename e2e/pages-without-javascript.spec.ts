import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * Forms work without JavaScript (refused-forms-keep-input.spec.ts), so pages must be whole without it:
 * each role's lists arrive in the first response, in place, with no skeleton in front of them and no
 * second, hidden copy of the page waiting for a script to swap it in (what a streamed Suspense
 * boundary sends: <div hidden id="S:0">).
 */

const TABLE = "main table tbody tr";
const NONE = "00000000-0000-4000-8000-000000000000";
/** A leader's refused area and a record that does not exist: both call notFound() in their page. */
const NOT_FOUND = ["/review", `/records/${NONE}`];
/** Each role's list pages, and what a row of each is (a leader's evaluations list the publications, its rankings its team's places). */
const LISTS: Record<string, [string, string][]> = {
  leader: [["/records", TABLE], ["/workers", TABLE], ["/evaluations", 'main a[href^="/evaluations/publications/"]'], ["/rankings", "main >> text=学习活动次数"]],
  union: [["/records", TABLE], ["/review", TABLE], ["/workers", TABLE], ["/evaluations?view=teams", TABLE], ["/rankings", TABLE]],
  office: [["/records", TABLE], ["/review", TABLE], ["/workers", TABLE], ["/evaluations?view=teams", TABLE], ["/rankings", TABLE]],
};

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const [role, paths] of Object.entries(LISTS)) {
    test(`the ${role}'s lists show their rows`, async ({ page }) => {
      await signIn(page, role);
      for (const [path, row] of paths) {
        const response = await page.goto(path);
        expect(response?.status(), `${role} ${path}`).toBe(200);
        await expect(page.locator(row).first(), `${role} ${path}`).toBeVisible();
        await expect(page.getByText("正在加载…")).toHaveCount(0);
        await expect(page.getByTestId("page-skeleton")).toHaveCount(0);
        await expect(page.locator('div[hidden][id^="S:"], template[id^="B:"]')).toHaveCount(0);
      }
    });
  }

  test("a refused page and an unknown id still answer 404", async ({ page }) => {
    await signIn(page, "leader");
    for (const path of NOT_FOUND) expect((await page.goto(path))?.status(), path).toBe(404);
  });

  // Known Next.js bug (vercel/next.js#62228, still in 16.5.0): a page that calls notFound() gets 404 with
  // Next's empty error document (<html id="__next_error__">, no layout, no stylesheet); the not-found page
  // exists only in the RSC payload that a script renders. Marked as failing so it reports when Next fixes it.
  test("a refused page and an unknown id show the not-found page", async ({ page }) => {
    test.fail(true, "vercel/next.js#62228: notFound() in a page is rendered by the browser only");
    await signIn(page, "leader");
    for (const path of NOT_FOUND) {
      await page.goto(path);
      await expect(page.getByRole("heading", { name: "页面不存在" }), path).toBeVisible({ timeout: 2_000 });
    }
  });
});
