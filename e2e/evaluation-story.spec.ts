import fs from "node:fs";
import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { confirmInDialog, signIn } from "./helpers";
import { chinaToday } from "../lib/time";

/*
 * The evaluation story of the issue: the office publishes the team scheme (refused while it does not
 * total 100); the leader self-assesses with the auto items prefilled from approved records, and
 * submits; the union adjusts one item with a reason and accepts; the office confirms; the team then
 * stands in the rankings with that score and grade.
 */

test.describe.configure({ mode: "serial" });

const TEAM = "液态奶车间灌装甲班";
const BOARD = "学习园地（学习看板）";
let evaluationUrl = "";
let finalScore = "";

async function as(browser: import("@playwright/test").Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

const item = (page: Page, name: string) => page.locator(`li[data-item="${name}"]`);

test("office publishes a new version of the team scheme, refused until it totals 100", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.locator("aside nav").getByRole("link", { name: /评估考核/ }).click();
  await office.getByRole("navigation", { name: "评估分类" }).getByRole("link", { name: "评估标准" }).click();
  await office.getByRole("link", { name: "学习型班组（科室）评估标准" }).first().click();
  await expect(office.getByTestId("scheme-status")).toHaveText("已发布");
  await expect(office.getByRole("button", { name: "发布" })).toHaveCount(0); // published: frozen
  await office.getByRole("button", { name: "复制为新版本" }).click();
  await office.getByRole("dialog").getByRole("button", { name: "复制" }).click();
  await expect(office.getByTestId("scheme-status")).toHaveText("草稿");
  await expect(office.getByText("第 2 版")).toBeVisible();

  // One more point on the study plan: 101 in all, and publishing is refused.
  await office.getByRole("button", { name: "修改“班组学习计划”" }).click();
  await office.getByRole("dialog").getByLabel("分值").fill("9");
  await office.getByRole("dialog").getByRole("button", { name: "保存" }).click();
  await expect(office.getByRole("dialog")).toHaveCount(0);
  await expect(office.getByTestId("scheme-total")).toContainText("101");
  await expect(office.getByTestId("scheme-problems")).toContainText("合计为 101 分");
  await office.getByRole("button", { name: "发布" }).click();
  await expect(office.getByTestId("scheme-error")).toHaveText("不能发布：各评估项分值合计为 101 分，须恰好为 100 分。");
  await expect(office.getByTestId("scheme-status")).toHaveText("草稿");

  // Back to 8: 100, and it publishes.
  await office.getByRole("button", { name: "修改“班组学习计划”" }).click();
  await office.getByRole("dialog").getByLabel("分值").fill("8");
  await office.getByRole("dialog").getByRole("button", { name: "保存" }).click();
  await expect(office.getByTestId("scheme-total")).toContainText("100");
  await office.getByRole("button", { name: "发布" }).click();
  await confirmInDialog(office, "发布");
  await expect(office.getByTestId("scheme-status")).toHaveText("已发布");
  await expect(office.getByRole("button", { name: "修改“班组学习计划”" })).toHaveCount(0);
});

test("leader self-assesses: auto items prefilled from the approved records; a score above the maximum is refused; submits", async ({ browser }) => {
  // The union first approves one of the team's waiting sessions: it counts at once.
  const union = await as(browser, "union");
  await union.goto("/review");
  await union.locator("main").getByRole("link").filter({ hasText: /./ }).first().waitFor();
  const leaderWaiting = union.locator("main table tr", { hasText: TEAM }).filter({ hasText: "学习活动" }).first();
  await leaderWaiting.getByRole("link").click();
  await expect(union.getByTestId("queue-position")).toBeVisible();
  const approved = union.url().split("?")[0]!;
  await union.getByRole("button", { name: "审核通过" }).click();
  // Opened from the queue, approving moves on to the next record; the approved one is locked.
  await expect(union).not.toHaveURL(new RegExp(`^${approved}`));
  await union.goto(approved);
  await expect(union.locator("main [data-status]").first()).toHaveText("已通过");

  const leader = await as(browser, "leader");
  await leader.locator("aside nav").getByRole("link", { name: "班组评估" }).click();
  await expect(leader.getByTestId("my-evaluation")).toContainText("未开始");
  await leader.getByRole("button", { name: "开始自评" }).click();
  await expect(leader).toHaveURL(/\/evaluations\/[0-9a-f-]{36}$/);
  evaluationUrl = leader.url();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText(TEAM);
  await expect(leader.locator("[data-evaluation-status]").first()).toHaveText("自评中");

  // The sessions item shows the approved sessions of the year per month, the same records the list shows.
  const sessionsItem = item(leader, "岗位学习（班前学习）");
  const line = await sessionsItem.getByTestId("auto-line").innerText();
  const perMonth = Number(line.match(/([\d.]+) 次\/月/)![1]);
  await sessionsItem.getByRole("link", { name: "查看依据记录" }).click();
  const total = Number((await leader.locator("main p").filter({ hasText: /^共 [\d,]+ 条$/ }).innerText()).replace(/\D/g, ""));
  const month = Number(chinaToday().slice(5, 7));
  expect(perMonth).toBe(Math.round((total / month) * 100) / 100);
  await leader.goto(evaluationUrl);

  // A score above the item's maximum is refused on the field.
  const plan = item(leader, "班组学习计划").locator("input[name^=p_]");
  await plan.fill("9");
  await leader.getByRole("button", { name: "保存" }).click();
  await expect(item(leader, "班组学习计划").locator("[data-slot=field-error]")).toHaveText("不能超过该项分值 8 分。");

  // Every manual item scored 4.5, then submitted.
  const manual = leader.locator("input[name^=p_]");
  const count = await manual.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) await manual.nth(i).fill("4.5");
  await item(leader, BOARD).locator("textarea").fill("学习园地每月更新");
  await leader.getByRole("button", { name: "提交自评" }).click();
  await confirmInDialog(leader, "提交自评");
  await expect(leader.locator("[data-evaluation-status]").first()).toHaveText("待复核");
  await expect(leader.getByTestId("self-assessment")).toHaveCount(0);
  await expect(leader.getByTestId("review-form")).toHaveCount(0); // the leader cannot review its own
});

test("other teams and units cannot reach the evaluation", async ({ browser }) => {
  for (const username of ["leader2", "union2"]) {
    const page = await as(browser, username);
    const response = await page.goto(evaluationUrl);
    expect(response?.status(), username).toBe(404);
  }
});

test("union adjusts one item, only with a reason, and accepts", async ({ browser }) => {
  const union = await as(browser, "union");
  await union.locator("aside nav").getByRole("link", { name: /评估考核/ }).click();
  await union.getByTestId("review-queue").getByRole("link", { name: new RegExp(TEAM) }).click();
  await expect(union).toHaveURL(evaluationUrl);
  const board = item(union, BOARD);
  await expect(board).toContainText("4.5 分");
  // Over the item's maximum: said at once, and the running total says it is not counted as typed.
  const max = Number((await board.getByText(/^满分 [\d.]+ 分$/).innerText()).match(/[\d.]+/)![0]);
  await board.locator("input[name^=r_]").fill(String(max + 1));
  await expect(board.locator("[data-slot=field-error]")).toHaveText(`不能超过该项分值 ${max} 分。`);
  await expect(union.getByTestId("total-problems")).toHaveText("1 项分数有误，合计未按所填计算，请改正");
  await board.locator("input[name^=r_]").fill("3");
  await expect(union.getByTestId("total-problems")).toHaveCount(0);
  await union.getByRole("button", { name: "复核通过" }).click();
  await expect(board.locator("[data-slot=field-error]")).toHaveText("调整分数须写明理由。");
  await board.locator("input[name^=rn_]").fill("学习园地下半年未按月更新");
  await union.getByRole("button", { name: "复核通过" }).click();
  await expect(union.locator("[data-evaluation-status]").first()).toHaveText("待确认");
  await expect(union.getByTestId("evaluation-history")).toContainText("“学习园地（学习看板）”由 4.5 分 调整为 3 分，理由：学习园地下半年未按月更新");
});

test("office confirms: the final score and grade are fixed", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.goto("/evaluations");
  await office.getByTestId("confirm-queue").getByRole("link", { name: new RegExp(TEAM) }).click();
  const review = (await office.getByTestId("total-review").innerText()).match(/[\d.]+/)![0];
  await office.getByRole("button", { name: "确认最终结果" }).click();
  await confirmInDialog(office, "确认最终结果");
  await expect(office.locator("[data-evaluation-status]").first()).toHaveText("已确认");
  await expect(office.getByTestId("snapshot-note")).toContainText("得分（含自动计分项所用的学时、建议等数据）固定在确认当日");
  await expect(office.getByTestId("total-final")).toContainText(review);
  finalScore = review;
  const grade = await office.getByTestId("grade").innerText();
  expect(grade).toMatch(/优秀|良好|合格|不合格/);
  // Frozen: nothing left to press.
  await expect(office.getByRole("button", { name: "确认最终结果" })).toHaveCount(0);
});

test("the team stands in the rankings with that score and grade, for the office and for the leader", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.locator("aside nav").getByRole("link", { name: "排行榜" }).click();
  const row = office.locator(`[data-testid=ranking-row][data-name="${TEAM}"]`);
  await expect(row.getByTestId("ranking-value")).toHaveText(`${finalScore} 分`);
  const expected = Number(finalScore) >= 90 ? "优秀" : Number(finalScore) >= 75 ? "良好" : Number(finalScore) >= 60 ? "合格" : "不合格";
  await expect(row.getByTestId("ranking-grade")).toHaveText(expected);
  await expect(row.getByTestId("rank")).toHaveText(/^\d+$/);
  const rank = await row.getByTestId("rank").innerText();
  // Drill-down from the row to the evaluation.
  await row.getByRole("link", { name: TEAM }).click();
  await expect(office).toHaveURL(evaluationUrl);

  // The export carries the same row.
  const response = await office.request.get("/rankings/export?level=team&by=score");
  expect(response.status()).toBe(200);
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as never);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1));
  const mine = rows.find((r) => r[header.indexOf("班组（科室）")] === TEAM)!;
  expect(mine[header.indexOf("评估得分")]).toBe(Number(finalScore));
  expect(String(mine[header.indexOf("名次")])).toBe(rank);

  const leader = await as(browser, "leader");
  await leader.locator("aside nav").getByRole("link", { name: "我的排名" }).click();
  await expect(leader.getByTestId("my-position")).toContainText(rank);
  await expect(leader.getByTestId("my-position")).toContainText(`${finalScore} 分`);
  await expect(leader.getByTestId("my-position")).toContainText(expected);
  // A leader sees no other team's name.
  await expect(leader.getByText("技术质量科")).toHaveCount(0);

  // What a leader sees it may download: its own team's place, and no other team's row.
  const [download] = await Promise.all([leader.waitForEvent("download"), leader.getByRole("link", { name: "导出 Excel" }).click()]);
  const own = new ExcelJS.Workbook();
  await own.xlsx.load((await fs.promises.readFile((await download.path())!)) as never);
  const ownSheet = own.worksheets[0]!;
  const ownHeader = (ownSheet.getRow(1).values as unknown[]).slice(1);
  expect(ownSheet.rowCount).toBe(2);
  const ownRow = (ownSheet.getRow(2).values as unknown[]).slice(1);
  expect(ownRow[ownHeader.indexOf("班组（科室）")]).toBe(TEAM);
  expect(String(ownRow[ownHeader.indexOf("名次")])).toBe(rank);
});
