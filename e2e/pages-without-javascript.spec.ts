import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * Forms work without JavaScript (refused-forms-keep-input.spec.ts), so pages must be whole without it:
 * each role's lists arrive in the first response, in place, with no skeleton in front of them and no
 * second, hidden copy of the page waiting for a script to swap it in (what a streamed Suspense
 * boundary sends: <div hidden id="S:0">).
 */

const TABLE = "main table tbody tr";
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
});
