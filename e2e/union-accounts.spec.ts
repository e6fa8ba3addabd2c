import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { DEMO_PASSWORD, loginAlert, signIn, signInThroughForm, submitLogin } from "./helpers";

const stamp = Date.now().toString().slice(-5);

async function openTeam(page: Page, team: string) {
  await page.goto("/org");
  await page.locator("table").getByRole("link", { name: team }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(team);
}

test("union deactivates leader, whose open session is refused on its next click; reactivated, leader signs in again", async ({ browser }) => {
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, "leader");
  await leader.goto("/records");

  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  await openTeam(union, "液态奶车间灌装甲班");
  const row = union.getByTestId("accounts").locator("[data-account=leader]");
  await expect(row).toContainText("正常");
  await row.getByRole("button", { name: "停用" }).click();
  await expect(union.getByRole("alertdialog")).toContainText("停用“王建国”的账户？");
  await union.getByRole("button", { name: "确认停用" }).click();
  await expect(row).toContainText("已停用");

  // The leader's open page: the next click lands on the sign-in page, and signing in is refused.
  await leader.locator("aside nav").getByRole("link", { name: "班组名册" }).click();
  await expect(leader).toHaveURL(/\/login/);
  await submitLogin(leader, "leader", DEMO_PASSWORD);
  await expect(loginAlert(leader)).toHaveText("该账户已停用，请联系上级工会。");

  await row.getByRole("button", { name: "启用" }).click();
  await union.getByRole("button", { name: "确认启用" }).click();
  await expect(row).toContainText("正常");
  await signInThroughForm(leader, "leader");
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText("液态奶车间灌装甲班");
});

test("union resets a leader's password: shown once, the new one signs in and the old one no longer does", async ({ browser }) => {
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  await openTeam(union, "质量检验科");
  const row = union.getByTestId("accounts").locator("[data-account=hx04]");
  await row.getByRole("button", { name: "重置密码" }).click();
  await union.getByRole("button", { name: "生成新密码" }).click();
  const value = union.getByTestId("password-value");
  await expect(value).toHaveText(/^[a-z2-9]{10}$/);
  const password = (await value.textContent())!;
  await expect(union.getByRole("dialog")).toContainText("此密码只显示这一次");
  await union.getByRole("button", { name: "完成" }).click();
  await expect(union.getByTestId("one-time-password")).toHaveCount(0);

  const leader = await (await browser.newContext()).newPage();
  await leader.goto("/login");
  await submitLogin(leader, "hx04", DEMO_PASSWORD);
  await expect(loginAlert(leader)).toHaveText("用户名或密码错误。");
  await signInThroughForm(leader, "hx04", password);
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText("质量检验科");
});

test("union sets up a new team and opens its leader's account; the leader signs in to it", async ({ browser }) => {
  const team = `E2E巡检班${stamp}`;
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  await union.goto("/org");
  await union.getByRole("link", { name: "新建班组（科室）" }).click();
  await union.getByLabel("班组（科室）名称").fill("设备维修班");
  await union.getByRole("button", { name: "保存" }).click();
  await expect(union.locator("[data-field=name]")).toContainText("已有同名的单位或班组");
  await expect(union.getByLabel("班组（科室）名称")).toHaveValue("设备维修班");
  await union.getByLabel("班组（科室）名称").fill(team);
  await union.getByRole("button", { name: "保存" }).click();
  await expect(union.getByRole("heading", { level: 1 })).toHaveText(team);
  await expect(union.getByText("已保存。")).toBeVisible();

  await union.getByRole("button", { name: "开通班组长账户" }).click();
  const dialog = union.getByRole("dialog");
  await dialog.getByLabel("用户名").fill("LEADER");
  await dialog.getByLabel("姓名").fill("巡检班长");
  await dialog.getByRole("button", { name: "开通账户" }).click();
  await expect(dialog.locator("[data-field=username]")).toContainText("该用户名已被使用");
  await dialog.getByLabel("用户名").fill(`xj${stamp}`);
  await dialog.getByLabel("姓名").fill("巡检班长");
  await dialog.getByRole("button", { name: "开通账户" }).click();
  const password = (await dialog.getByTestId("password-value").textContent())!;
  await dialog.getByRole("button", { name: "完成" }).click();
  await expect(union.getByTestId("accounts").locator(`[data-account=xj${stamp}]`)).toContainText("巡检班长");

  const leader = await (await browser.newContext()).newPage();
  await signInThroughForm(leader, `xj${stamp}`, password);
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText(team);
});

test("union2 reaches no account, team or worker of 红星集团 by address", async ({ browser }) => {
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  await openTeam(union, "液态奶车间灌装甲班");
  const teamUrl = new URL(union.url()).pathname;
  await union.locator("table").getByRole("link", { name: "王建国" }).click();
  const workerUrl = new URL(union.url()).pathname;

  const other = await (await browser.newContext()).newPage();
  await signIn(other, "union2");
  const unknown = await other.goto("/workers/00000000-0000-4000-8000-000000000000");
  for (const path of [workerUrl, `${teamUrl}/edit`, teamUrl]) {
    const res = await other.goto(path);
    expect(res?.status(), path).toBe(unknown?.status());
    await expect(other.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await expect(other.locator("body")).not.toContainText("王建国");
  }
});
