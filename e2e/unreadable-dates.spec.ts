import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * A day the browser's date field cannot read (half typed, or 30 February) reaches the form as an
 * empty value. The field must say the date is not valid, not that it is required under what the
 * user can still see typed, and nothing is sent.
 */
test("a 公示 window with a half-typed start says the date is not valid and is not sent", async ({ page, context, baseURL }) => {
  await signIn(page, "office");
  for (const [locale, text] of [
    ["zh-CN", "请输入有效日期。"],
    ["en", "Enter a valid date."],
  ] as const) {
    await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
    await page.goto("/evaluations?view=publications");
    await page.getByTestId("publish-enterprise").click();
    const dialog = page.getByRole("dialog");
    const start = dialog.locator("#startsOn");
    const end = await dialog.locator("#endsOn").inputValue();
    // One segment typed, the others left blank: unreadable whatever order the browser shows them in.
    await start.fill("");
    await start.focus();
    await page.keyboard.type("02");
    expect(await start.evaluate((el: HTMLInputElement) => el.validity.badInput)).toBe(true);
    let sent = false;
    page.on("request", (r) => {
      if (r.method() === "POST" && r.headers()["next-action"]) sent = true;
    });
    await dialog.locator("button[type=submit]").click();
    await expect(dialog.getByText(text)).toBeVisible();
    await expect(start).toBeFocused();
    await expect(start).toHaveAttribute("aria-invalid", "true");
    await expect(dialog.locator("#endsOn")).toHaveValue(end);
    expect(sent).toBe(false);
    await page.keyboard.press("Escape");
  }
});
