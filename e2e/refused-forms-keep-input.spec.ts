import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers";

/*
 * A refused save must leave every field as the user typed it, with the message next to the field
 * (issue 13, item 9): the server's refusal arrives, React resets the form, and before the fix the
 * reset wiped whatever the server did not echo back (passwords never are).
 */

const stamp = Date.now().toString().slice(-6);

/** Presses a form's button and waits for the server action's answer (the refusal). */
async function submitAndWait(page: Page, button: string) {
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"])),
    page.getByRole("button", { name: button, exact: true }).click(),
  ]);
}

test("a worker refused for a taken employee number keeps everything typed", async ({ page }) => {
  await signIn(page, "union");
  const employeeNo = `T${stamp}`;
  // The first worker takes the number; the second, typed in full, is refused for it.
  await page.goto("/workers/new");
  await page.getByLabel("姓名").fill("占号职工");
  await page.getByLabel("工号").fill(employeeNo);
  await page.getByLabel("班组（科室）").selectOption({ index: 1 });
  await page.locator("form").getByText("女", { exact: true }).click();
  await page.getByLabel("学历").selectOption({ index: 3 });
  await page.getByRole("button", { name: "保存", exact: true }).click();
  await expect(page).not.toHaveURL(/\/workers\/new/);

  await page.goto("/workers/new");
  await page.getByLabel("姓名").fill("李晓梅");
  await page.getByLabel("工号").fill(employeeNo);
  const team = await page.getByLabel("班组（科室）").selectOption({ index: 2 });
  await page.locator("form").getByText("男", { exact: true }).click();
  const education = await page.getByLabel("学历").selectOption({ index: 4 });
  const skill = await page.getByLabel("职业资格").selectOption({ index: 3 });
  await page.getByLabel("岗位").fill("灌装机操作工");
  await page.getByLabel("出生日期").fill("1990-06-15");
  await submitAndWait(page, "保存");

  await expect(page.locator("[data-field=employeeNo]")).toContainText("本单位已有该工号的职工。");
  await expect(page.getByLabel("姓名")).toHaveValue("李晓梅");
  await expect(page.getByLabel("工号")).toHaveValue(employeeNo);
  await expect(page.getByLabel("班组（科室）")).toHaveValue(team[0]!);
  await expect(page.getByRole("radio", { name: "男" })).toBeChecked();
  await expect(page.getByLabel("学历")).toHaveValue(education[0]!);
  await expect(page.getByLabel("职业资格")).toHaveValue(skill[0]!);
  await expect(page.getByLabel("岗位")).toHaveValue("灌装机操作工");
  await expect(page.getByLabel("出生日期")).toHaveValue("1990-06-15");

  for (const [name, width, height] of [["phone", 390, 844], ["desktop", 1280, 900]] as const) {
    await page.setViewportSize({ width, height });
    await page.locator("[data-field=employeeNo]").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `test-results/union-worker-refused-${name}.png`, fullPage: name === "phone" });
  }
});

test("a password change refused for a wrong current password keeps the new password typed, and no password comes back", async ({ page }) => {
  await signIn(page, "leader2");
  await page.goto("/account");
  // Every answer of the server to this page, read as it passes.
  const answers: string[] = [];
  await page.route("**/account", async (route) => {
    const response = await route.fetch();
    if (route.request().method() === "POST") answers.push(await response.text());
    await route.fulfill({ response });
  });
  const newPassword = `Xin-mima-${stamp}`;
  await page.getByLabel("当前密码").fill("not-my-password-1");
  await page.getByLabel("新密码", { exact: true }).fill(newPassword);
  await page.getByLabel("确认新密码").fill(newPassword);
  await submitAndWait(page, "修改密码");

  await expect(page.locator("main").getByText("当前密码不正确。")).toBeVisible();
  await expect(page.getByLabel("当前密码")).toHaveValue("not-my-password-1");
  await expect(page.getByLabel("新密码", { exact: true })).toHaveValue(newPassword);
  await expect(page.getByLabel("确认新密码")).toHaveValue(newPassword);
  // The browser kept them: the server's answer holds neither password.
  expect(answers).toHaveLength(1);
  expect(answers[0]).toContain("account.password.wrongCurrent");
  expect(answers[0]).not.toContain(newPassword);
  expect(answers[0]).not.toContain("not-my-password-1");
});

test("a send-back refused for an overlong reason keeps the reason in the dialog", async ({ page }) => {
  await signIn(page, "union");
  await page.goto("/review");
  await page.locator('main a[href^="/records/"]:not([href^="/records/export"])').filter({ visible: true }).first().click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}/);
  await page.getByRole("button", { name: "退回" }).click();
  const reason = `参加人员与签到表不符，请核对后重新提交。${"附件照片不清晰。".repeat(70)}`;
  await page.getByRole("dialog").getByLabel("原因").fill(reason);
  await submitAndWait(page, "确认退回");

  await expect(page.getByRole("dialog")).toContainText("不能超过 500 个字。");
  await expect(page.getByRole("dialog").getByLabel("原因")).toHaveValue(reason);
  await expect(page.locator("main [data-status]").first()).toHaveText("待审核");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the worker form still posts to its action: a refusal comes back with the fields, a valid worker is saved", async ({ page }) => {
    await signIn(page, "union");
    const employeeNo = `N${stamp}`;
    await page.goto("/workers/new");
    // Refused (no team chosen): the server's page comes back with the message and the fields it echoes.
    await page.getByLabel("姓名").fill("无脚本职工");
    await page.getByLabel("工号").fill(employeeNo);
    await page.locator("form").getByText("女", { exact: true }).click();
    await page.getByLabel("学历").selectOption({ index: 3 });
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page.locator("[data-field=teamId]")).toContainText("此项为必填项。");
    await expect(page.getByLabel("姓名")).toHaveValue("无脚本职工");
    await expect(page.getByLabel("工号")).toHaveValue(employeeNo);
    // Completed, it is saved and the browser follows the action's redirect to the worker.
    await page.getByLabel("班组（科室）").selectOption({ index: 1 });
    await page.locator("form").getByText("女", { exact: true }).click();
    await page.getByLabel("学历").selectOption({ index: 3 });
    await page.getByRole("button", { name: "保存", exact: true }).click();
    await expect(page).toHaveURL(/\/workers\/[0-9a-f-]{36}\?saved=created/);
    await expect(page.getByText("无脚本职工").first()).toBeVisible();
  });
});
