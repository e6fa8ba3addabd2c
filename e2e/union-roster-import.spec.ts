import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

const stamp = Date.now().toString().slice(-5);
const HEADER = ["工号", "姓名", "班组（科室）", "性别", "学历", "职业资格", "岗位", "出生日期"];
// 液态奶车间灌装甲班 is left alone: other specs count its roster.
const TEAMS = ["奶粉车间包装班", "设备维修班", "质量检验科"];
const SURNAMES = "赵钱孙李周吴郑王冯陈";

function row(i: number): unknown[] {
  return [`T${stamp}${String(i).padStart(3, "0")}`, `${SURNAMES[i % 10]}导入${i}`, TEAMS[i % 3], i % 2 ? "女" : "男", "高中", "中级工", "操作工", "1990-04-01"];
}

async function xlsx(rows: unknown[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("职工名册");
  ws.addRow(HEADER);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test("union imports a 200-row roster with 3 bad rows, sees the three errors, fixes the file, and the workers join their teams", async ({ page }) => {
  const good = Array.from({ length: 200 }, (_, i) => row(i));
  const bad = good.map((r) => [...r]);
  bad[10]![3] = "未知"; // Excel row 12: not a gender
  bad[50]![2] = "聚合车间一班"; // row 52: a team of 龙新公司, not of 红星集团
  bad[120]![0] = good[5]![0]; // row 122: repeats row 7's employee number

  await signIn(page, "union");
  await page.goto("/workers");
  await page.getByRole("link", { name: "从 Excel 导入" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("导入职工名册");

  // The template: Chinese headers, with the unit's own teams to choose from.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载 Excel 模板" }).click()]);
  expect(download.suggestedFilename()).toBe("红星集团职工名册导入模板.xlsx");
  const template = new ExcelJS.Workbook();
  await template.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(template.worksheets[0]!.getRow(1).values).toEqual([undefined, ...HEADER]);
  const choices = template.getWorksheet("可选值")!.getColumn(1).values.filter(Boolean);
  expect(choices).toEqual(expect.arrayContaining(["班组（科室）", ...TEAMS, "液态奶车间灌装甲班"]));
  expect(choices).not.toContain("聚合车间一班");

  await page.getByTestId("import-file").setInputFiles({ name: "红星名册.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await xlsx(bad) });
  await page.getByRole("button", { name: "开始导入" }).click();
  const outcome = page.getByTestId("import-outcome");
  await expect(outcome).toContainText("没有导入任何数据");
  await expect(outcome).toContainText("200 行中有 3 行存在问题（共 3 处）");
  const problems = page.getByTestId("import-problems");
  await expect(problems.locator("tbody tr")).toHaveCount(3);
  await expect(problems.locator("tr[data-row='12']")).toContainText("性别未知不是可选值，可选：男、女");
  await expect(problems.locator("tr[data-row='52']")).toContainText("班组（科室）聚合车间一班红星集团没有这个班组（科室）");
  await expect(problems.locator("tr[data-row='122']")).toContainText(`工号T${stamp}005工号与第 7 行重复`);

  // Nothing of the bad file was written.
  await page.goto(`/workers?q=T${stamp}`);
  await expect(page.getByText("没有符合条件的职工")).toBeVisible();

  await page.goto("/workers/import");
  await page.getByTestId("import-file").setInputFiles({ name: "红星名册（已修改）.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await xlsx(good) });
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(outcome).toContainText("导入完成：共 200 行");
  await expect(outcome.locator("[data-summary=created]")).toHaveText("新增 200 人");

  // The workers are in their teams: 设备维修班 had 12 and gains every third row (67).
  await outcome.getByRole("link", { name: "查看职工名册" }).click();
  await expect(page).toHaveURL(/\/workers$/);
  await page.goto("/org");
  await page.locator("table").getByRole("link", { name: "设备维修班" }).click();
  await expect(page.getByText("在册职工 79 人")).toBeVisible();
  await page.goto(`/workers?q=T${stamp}001`);
  await expect(page.locator("table")).toContainText("钱导入1");
  await expect(page.locator("table")).toContainText("设备维修班");

  // The same file again changes nothing.
  await page.goto("/workers/import");
  await page.getByTestId("import-file").setInputFiles({ name: "again.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: await xlsx(good) });
  await page.getByRole("button", { name: "开始导入" }).click();
  await expect(outcome.locator("[data-summary=unchanged]")).toHaveText("未变化 200 项");
  await expect(outcome.locator("[data-summary=created]")).toHaveText("新增 0 人");
});

test("a file that is not an xlsx, or far too large, is refused with a clear message before anything happens", async ({ page }) => {
  await signIn(page, "union");
  await page.goto("/workers/import");
  await page.getByTestId("import-file").setInputFiles({ name: "名册.csv", mimeType: "text/csv", buffer: Buffer.from("工号,姓名\n") });
  await expect(page.getByTestId("import-outcome")).toHaveText("无法读取该文件：它不是 Excel .xlsx 文件，或文件已损坏。");
  await expect(page.getByRole("button", { name: "开始导入" })).toBeDisabled();
  // A 50 MB file (sparse on disk: Playwright hands large files over by path).
  const huge = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "cz-e2e-")), "巨大的名册.xlsx");
  fs.writeFileSync(huge, "");
  fs.truncateSync(huge, 50 * 1024 * 1024);
  await page.getByTestId("import-file").setInputFiles(huge);
  await expect(page.getByTestId("import-outcome")).toContainText("文件超过 8 MB");
  // The server refuses it too, without reading it, and keeps serving.
  const response = await page.request.post("/api/imports/workers", {
    data: Buffer.alloc(50 * 1024 * 1024),
    headers: { "content-type": "application/octet-stream", origin: new URL(page.url()).origin },
  });
  expect(response.status()).toBe(413);
  expect(await response.text()).toContain("imports.file.tooLarge");
  const health = await page.request.get("/api/health");
  expect(health.status()).toBe(200);
  fs.rmSync(path.dirname(huge), { recursive: true, force: true });
});

test("the office exports the roster and cannot import or edit it; leaders cannot either", async ({ browser }) => {
  const office = await (await browser.newContext()).newPage();
  await signIn(office, "office");
  await office.goto("/workers");
  await expect(office.getByRole("link", { name: "从 Excel 导入" })).toHaveCount(0);
  await expect(office.getByRole("link", { name: "添加职工" })).toHaveCount(0);
  const [download] = await Promise.all([office.waitForEvent("download"), office.getByRole("link", { name: "导出 Excel" }).click()]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  expect(wb.worksheets[0]!.getRow(1).values).toEqual([undefined, ...HEADER, "单位", "状态"]);
  expect(wb.worksheets[0]!.rowCount).toBeGreaterThan(300);

  for (const [who, page] of [["office", office], ["leader", await (await browser.newContext()).newPage()]] as const) {
    if (who === "leader") await signIn(page, "leader");
    for (const path of ["/workers/new", "/workers/import", "/workers/import/template"]) {
      const res = await page.goto(path);
      expect(res?.status(), `${who} ${path}`).toBe(404);
    }
    const res = await page.request.post("/api/imports/workers", { data: Buffer.from("x"), headers: { origin: new URL(page.url()).origin } });
    expect(res.status(), `${who} import API`).toBe(404);
  }
});
