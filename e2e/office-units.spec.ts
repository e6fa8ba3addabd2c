import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { loginAlert, signIn, signInThroughForm, submitLogin } from "./helpers";

const stamp = Date.now().toString().slice(-5);

test("office sets up a unit, opens its union account, archives the unit (the union is shut out) and restores it", async ({ browser }) => {
  test.setTimeout(120_000); // two people, a dozen steps
  const unit = `安达市第${stamp}中学`;
  const office = await (await browser.newContext()).newPage();
  await signIn(office, "office");
  await office.goto("/org");
  await office.getByRole("link", { name: "新建单位" }).click();
  // The unit list has a 单位名称 search box of its own: type only once the form has arrived.
  await expect(office).toHaveURL(/\/org\/new$/);
  await office.getByLabel("单位名称").fill("红星集团");
  await office.getByLabel("联系电话").fill("call me");
  await office.getByRole("button", { name: "保存" }).click();
  await expect(office.locator("[data-field=unitKind]")).toContainText("此项为必填项。");
  await expect(office.locator("[data-field=contactPhone]")).toContainText("请输入有效的电话号码");
  await office.getByText("事业单位", { exact: true }).click();
  await office.getByLabel("联系电话").fill("0455-8000000");
  await office.getByRole("button", { name: "保存" }).click();
  await expect(office.locator("[data-field=name]")).toContainText("已有同名的单位或班组");
  await office.getByLabel("单位名称").fill(unit);
  await office.getByRole("button", { name: "保存" }).click();
  await expect(office.getByRole("heading", { level: 1 })).toHaveText(unit);
  await expect(office.locator("main")).toContainText("事业单位");

  await office.getByRole("button", { name: "开通企业工会账户" }).click();
  const dialog = office.getByRole("dialog");
  await dialog.getByLabel("用户名").fill(`zx${stamp}`);
  await dialog.getByLabel("姓名").fill("学校工会");
  await dialog.getByRole("button", { name: "开通账户" }).click();
  const password = (await dialog.getByTestId("password-value").textContent())!;
  await dialog.getByRole("button", { name: "完成" }).click();

  const union = await (await browser.newContext()).newPage();
  await signInThroughForm(union, `zx${stamp}`, password);
  await expect(union.getByRole("heading", { level: 1 })).toHaveText(unit);

  await office.getByRole("button", { name: "归档" }).click();
  await office.getByRole("alertdialog").getByRole("button", { name: "确认归档" }).click();
  await expect(office).toHaveURL(/\/org\?done=archived/);
  await expect(office.locator("main ul").first()).not.toContainText(unit);
  await union.reload();
  await expect(union).toHaveURL(/\/login/);
  await submitLogin(union, `zx${stamp}`, password);
  await expect(loginAlert(union)).toHaveText("该账户已停用，请联系上级工会。");

  const archived = office.getByTestId("archived-orgs");
  await archived.locator("summary").click();
  await archived.locator("li", { hasText: unit }).getByRole("button", { name: "恢复" }).click();
  await expect(office.locator("main ul").first()).toContainText(unit);
  await signInThroughForm(union, `zx${stamp}`, password);
  await expect(union.getByRole("heading", { level: 1 })).toHaveText(unit);
});

test("office imports units and teams from Excel and sees them; importing again changes nothing", async ({ page }) => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("单位与班组");
  ws.addRow(["单位名称", "单位类型", "行业", "联系人", "联系电话", "班组（科室）名称", "班组类别"]);
  ws.addRow([`东方纺织${stamp}`, "企业", "纺织", "李红", "0455-8123456", "细纱车间甲班", "班组"]);
  ws.addRow([`东方纺织${stamp}`, "企业", "", "", "", "质检科", "科室"]);
  ws.addRow([`安达市林业局${stamp}`, "机关", "林业", "", "", "", ""]);
  const buffer = Buffer.from(await wb.xlsx.writeBuffer());

  await signIn(page, "office");
  await page.goto("/org");
  await page.getByRole("link", { name: "从 Excel 导入" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("导入单位与班组");
  for (const expected of [{ unitsCreated: "新建单位 2 个", teamsCreated: "新建班组 2 个" }, { unitsCreated: "新建单位 0 个", unchanged: "未变化 4 项" }]) {
    await page.getByTestId("import-file").setInputFiles({ name: "单位.xlsx", mimeType: "application/octet-stream", buffer });
    await page.getByRole("button", { name: "开始导入" }).click();
    const outcome = page.getByTestId("import-outcome");
    for (const [key, text] of Object.entries(expected)) await expect(outcome.locator(`[data-summary=${key}]`)).toHaveText(text);
    await page.getByRole("button", { name: "重新选择文件" }).click();
  }
  await page.goto("/org");
  await page.getByRole("link", { name: new RegExp(`东方纺织${stamp}`) }).click();
  await expect(page.locator("table")).toContainText("细纱车间甲班");
  await expect(page.locator("table")).toContainText("质检科");
});

test("office sees teams and rosters read-only, and may not create teams", async ({ page }) => {
  await signIn(page, "office");
  await page.goto("/org");
  await page.getByRole("link", { name: /红星集团/ }).click();
  await page.locator("table").getByRole("link", { name: "设备维修班" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("设备维修班");
  await expect(page.getByRole("link", { name: "添加职工" })).toHaveCount(0);
  await expect(page.getByRole("link", { name: "编辑" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "归档" })).toHaveCount(0);
  const res = await page.goto(`${new URL(page.url()).pathname}/edit`);
  expect(res?.status()).toBe(404);
});
