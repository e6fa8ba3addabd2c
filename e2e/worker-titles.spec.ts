import { expect, test } from "./fixtures";
import type { Browser, Page } from "@playwright/test";
import { confirmInDialog, signIn } from "./helpers";
import { chinaToday } from "../lib/time";

/*
 * 知识型职工 and 公示 / 命名 / 摘牌: `leader` nominates a worker of its team and submits the assessment;
 * `leader2` cannot open it; `union` accepts it; `office` confirms it, posts the year's knowledge-worker
 * results (a window already over, as when the notice board posting happened before), names the worker,
 * sees the title in the rankings and on the worker's page, then withdraws it with a reason.
 */

test.describe.configure({ mode: "serial" });

let evaluationUrl = "";
let workerName = "";
let finalScore = "";
let publicationUrl = "";

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

/** A China date `days` from today, as the date inputs take it. */
function chinaDay(days: number): string {
  return chinaToday(new Date(Date.now() + days * 86_400_000));
}

test("leader nominates a worker of its team and submits the assessment", async ({ browser }) => {
  const leader = await as(browser, "leader");
  await leader.goto("/evaluations");
  await leader.getByRole("link", { name: "提名知识型职工" }).click();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText("提名知识型职工");
  // The limit depends on the roster (other specs may add workers): none taken yet.
  await expect(leader.getByRole("heading", { name: /已提名/ })).toHaveText(/^已提名（0 \/ [123]）$/);
  const first = leader.getByTestId("nominate-form").locator("label").first();
  workerName = (await first.getByTestId("candidate-name").innerText()).trim();
  await first.click();
  await leader.getByRole("button", { name: "提名所选职工（1）" }).click();
  await expect(leader).toHaveURL(/\/evaluations\/[0-9a-f-]{36}$/);
  evaluationUrl = leader.url();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText(workerName);
  await expect(leader.locator("[data-evaluation-status]").first()).toHaveText("自评中");
  // Auto items come scored from the worker's approved records and skill level.
  await expect(leader.locator('li[data-item="职业技能等级"]').getByTestId("auto-points")).toHaveText(/分$/);

  // Above an item's maximum: refused on the field.
  const reading = leader.locator('li[data-item="读书学习"] input[name^=p_]');
  await reading.fill("6");
  await leader.getByRole("button", { name: "保存" }).click();
  await expect(leader.locator('li[data-item="读书学习"] [data-slot=field-error]')).toHaveText("不能超过该项分值 5 分。");

  const manual = leader.locator("input[name^=p_]");
  const count = await manual.count();
  expect(count).toBe(5);
  for (let i = 0; i < count; i++) await manual.nth(i).fill("4");
  await leader.getByRole("button", { name: "提交自评" }).click();
  await confirmInDialog(leader, "提交自评");
  await expect(leader.locator("[data-evaluation-status]").first()).toHaveText("待复核");
  await expect(leader.getByTestId("self-assessment")).toHaveCount(0);
});

test("leader2 of another unit cannot open that worker's evaluation", async ({ browser }) => {
  const page = await as(browser, "leader2");
  const response = await page.goto(evaluationUrl);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
});

test("union accepts the worker's assessment", async ({ browser }) => {
  const union = await as(browser, "union");
  await union.goto("/evaluations");
  await union.getByTestId("review-queue").getByRole("link", { name: new RegExp(workerName) }).click();
  await expect(union).toHaveURL(evaluationUrl);
  await expect(union.getByTestId("review-form")).toBeVisible();
  await union.getByRole("button", { name: "复核通过" }).click();
  await expect(union.locator("[data-evaluation-status]").first()).toHaveText("待确认");
});

test("office confirms, posts the knowledge-worker results and names the worker", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.goto("/evaluations");
  await office.getByTestId("confirm-queue").getByRole("link", { name: new RegExp(workerName) }).click();
  await expect(office).toHaveURL(evaluationUrl);
  await office.getByRole("button", { name: "确认最终结果" }).click();
  await confirmInDialog(office, "确认最终结果");
  await expect(office.locator("[data-evaluation-status]").first()).toHaveText("已确认");
  finalScore = (await office.getByTestId("total-final").innerText()).match(/[\d.]+/)![0];

  await office.goto("/evaluations");
  await office.getByRole("navigation", { name: "评估分类" }).getByRole("link", { name: "公示与命名" }).click();
  const row = office.getByTestId("publications-section").locator('[data-target="worker"]');
  await row.getByRole("button", { name: "发布公示" }).click();
  const dialog = office.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText("公示知识型职工评估结果");
  // An end before the start is refused on the field.
  await dialog.getByLabel("公示开始日期").fill(chinaDay(-1));
  await dialog.getByLabel("公示截止日期").fill(chinaDay(-8));
  await dialog.getByRole("button", { name: "发布公示" }).click();
  await expect(dialog.locator("[data-slot=field-error]")).toHaveText("截止日期不能早于开始日期。");
  // …and what was typed stays, to be corrected rather than typed again.
  await expect(dialog.getByLabel("公示开始日期")).toHaveValue(chinaDay(-1));
  await expect(dialog.getByLabel("公示截止日期")).toHaveValue(chinaDay(-8));
  // The notice went up eight days ago for a week: the window is over.
  await dialog.getByLabel("公示开始日期").fill(chinaDay(-8));
  await dialog.getByLabel("公示截止日期").fill(chinaDay(-2));
  await dialog.getByRole("button", { name: "发布公示" }).click();
  await expect(office).toHaveURL(/\/evaluations\/publications\/[0-9a-f-]{36}$/);
  publicationUrl = office.url();
  await expect(office.getByRole("heading", { level: 1 })).toHaveText("知识型职工评估结果公示");
  await expect(office.locator("[data-phase]").first()).toHaveText("公示期满");

  const form = office.getByTestId("name-form");
  const mine = form.locator(`label[data-name="${workerName}"] input[type=checkbox]`);
  await mine.check();
  await form.getByRole("button", { name: /命名所选/ }).click();
  await confirmInDialog(office, /命名所选/);
  await expect(office.locator("[data-phase]").first()).toHaveText("已命名");
  const named = office.locator(`[data-testid=publication-row][data-name="${workerName}"]`);
  await expect(named.getByTestId("title-badge")).toHaveText(/年度知识型职工$/);
});

test("the title shows in the rankings and on the worker's page; the office withdraws it with a reason", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.goto("/rankings?level=worker");
  const row = office.locator(`[data-testid=worker-ranking-row][data-name="${workerName}"]`);
  await expect(row.getByTestId("ranking-value")).toHaveText(`${finalScore} 分`);
  await expect(row.getByTestId("title-badge")).toBeVisible();

  // The leader sees it too, on the worker's page.
  const leader = await as(browser, "leader");
  await leader.goto(evaluationUrl);
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText(workerName);
  await leader.getByRole("link", { name: "查看依据记录" }).first().click();
  await expect(leader.getByRole("heading", { level: 1 })).toHaveText(workerName);
  await expect(leader.getByTestId("subject-titles")).toContainText("年度知识型职工");

  await office.goto(publicationUrl);
  await expect(office.getByRole("heading", { level: 1 })).toBeVisible();
  await office.getByRole("button", { name: `摘牌：${workerName}` }).click();
  const dialog = office.getByRole("dialog");
  await dialog.getByRole("button", { name: "确认摘牌" }).click();
  await expect(dialog.locator("[data-slot=field-error]")).toHaveText("请填写原因（至少 2 个字）。");
  await dialog.getByLabel("原因").fill("年内发生违纪行为");
  await dialog.getByRole("button", { name: "确认摘牌" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(office.locator(`[data-testid=publication-row][data-name="${workerName}"]`).getByTestId("title-withdrawn")).toContainText("年内发生违纪行为");
  await office.goto("/rankings?level=worker");
  await expect(office.locator(`[data-testid=worker-ranking-row][data-name="${workerName}"]`).getByTestId("ranking-value")).toBeVisible();
  await expect(office.locator(`[data-testid=worker-ranking-row][data-name="${workerName}"]`).getByTestId("title-badge")).toHaveCount(0);
});
