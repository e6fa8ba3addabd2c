import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * The review form holds the return dialog (ReasonDialog, its own form in a portal). React bubbles the
 * dialog's submit to the review form's handler along the component tree; that handler must leave it to
 * the dialog's, in either language.
 */
test("union returns a self-assessment: the dialog's refusal in English, the review form untouched, no page error", async ({ page, context, baseURL }) => {
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  await signIn(page, "union");
  await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
  await page.goto("/evaluations");
  await page.getByTestId("review-queue").getByRole("link").first().click();
  const review = page.getByTestId("review-form");
  await expect(review).toBeVisible();

  // An out-of-range score, refused in English beside the item.
  await review.locator("input[inputmode=decimal]").first().fill("9999");
  await review.getByRole("button", { name: "Save review" }).click();
  await expect(review.getByText(/^At most the item's \d+ points\.$/).first()).toBeVisible();

  await review.getByRole("button", { name: "Return", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog.getByRole("heading", { name: "Return the self-assessment" })).toBeVisible();
  await dialog.getByRole("button", { name: "Return it" }).click();
  await expect(dialog.getByText("Give a reason (at least 2 characters).")).toBeVisible();
  await expect(dialog).toBeVisible();
  expect(pageErrors).toEqual([]);
});
