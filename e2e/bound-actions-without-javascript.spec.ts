import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * Forms whose action carries the page's id, posted without JavaScript: the answer must come back.
 * With the id bound in the client component's render, the server never finished rendering it and
 * spun at full CPU (lib/actions/result.ts, FormAction).
 */
test.use({ javaScriptEnabled: false });

test("the 公示 window moved without JavaScript comes back refused, as typed", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/evaluations?view=publications");
  await page.locator('[data-target=team] a[href^="/evaluations/publications/"]').click();
  const form = page.getByTestId("reschedule-form");
  const start = await form.locator("#startsOn").inputValue();
  await form.locator("#endsOn").fill("2000-01-01");
  await form.getByRole("button").click();
  await expect(page.getByTestId("reschedule-form")).toContainText("截止日期不能早于开始日期。");
  await expect(page.getByTestId("reschedule-form").locator("#startsOn")).toHaveValue(start);
  await expect(page.getByTestId("reschedule-form").locator("#endsOn")).toHaveValue("2000-01-01");
});

test("a unit's review posted without JavaScript comes back", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/evaluations");
  await page.locator('main a[href^="/evaluations/"]', { hasText: "龙新公司" }).first().click();
  const form = page.getByTestId("review-form");
  await expect(form).toBeVisible();
  // A point over the item's maximum: refused, and the page is drawn again with the form.
  await form.locator('input[inputmode="decimal"]').first().fill("999");
  await form.locator("button[type=submit]").last().click();
  await expect(page.getByTestId("review-form")).toBeVisible();
  await expect(page).toHaveURL(/\/evaluations\/[0-9a-f-]{36}$/);
});

test("a draft scheme's grade lines saved without JavaScript come back refused, as typed", async ({ page, browser, baseURL }) => {
  // The draft is made with scripts (copying goes through a dialog); the enterprise scheme, as evaluation-story copies the team one.
  const scripted = await (await browser.newContext({ baseURL, javaScriptEnabled: true, locale: "zh-CN" })).newPage();
  await signIn(scripted, "office");
  await scripted.goto("/evaluations?view=schemes");
  await scripted.getByRole("link", { name: "学习型企业评估标准" }).first().click();
  await scripted.getByRole("button", { name: "复制为新版本" }).click();
  await scripted.getByRole("dialog").getByRole("button", { name: "复制" }).click();
  await expect(scripted.getByTestId("scheme-status")).toHaveText("草稿");
  const draft = new URL(scripted.url()).pathname;
  await scripted.context().close();

  await signIn(page, "office");
  await page.goto(draft);
  await page.locator("#band-excellent").fill("abc");
  await page.getByRole("button", { name: "保存等级划分" }).click();
  await expect(page).toHaveURL(new RegExp(`${draft}$`));
  await expect(page.locator("#band-excellent")).toHaveValue("abc");
  await expect(page.locator("#band-excellent")).toHaveAttribute("aria-invalid", "true");
});

test("a union approves a record without JavaScript and sees it approved", async ({ page, browser, baseURL }) => {
  // The leader submits a study session through the JSON endpoint (the record form's own mutation).
  const leader = await (await browser.newContext({ baseURL, javaScriptEnabled: true, locale: "zh-CN" })).newPage();
  await signIn(leader, "leader");
  await leader.goto("/workers");
  const hrefs = await leader.locator("main a[href^='/workers/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const worker = hrefs.map((h) => h.match(/^\/workers\/([0-9a-f-]{36})$/)?.[1]).find(Boolean);
  const title = `不用脚本审核的学习 ${Date.now().toString().slice(-6)}`;
  const created = await leader.request.post("/api/records", {
    headers: { origin: new URL(leader.url()).origin, "content-type": "application/json" },
    data: {
      kind: "study_session",
      submit: true,
      values: { title, occurredOn: new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10), contents: ["technology"], form: "on_the_job", hours: "1", presenter: "", location: "", summary: "", attendees: [worker] },
    },
  });
  expect(created.status()).toBe(201);
  const url = `/records/${(await created.json()).data.id}`;
  await leader.context().close();

  await signIn(page, "union");
  await page.goto(url);
  await expect(page.locator("main [data-status]").first()).toHaveText("待审核");
  await page.getByTestId("record-actions").getByRole("button", { name: "审核通过" }).click();
  await expect(page).toHaveURL(new RegExp(`${url}$`));
  await expect(page.locator("main [data-status]").first()).toHaveText("已通过");
  await expect(page.getByTestId("record-actions").getByRole("button", { name: "审核通过" })).toHaveCount(0);
});
