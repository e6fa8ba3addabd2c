import type { Browser, Page } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";
import { chinaToday } from "../lib/time";

/*
 * A reviewer's day: the union (红星集团) works through what `leader`'s team submitted without going
 * back to the list — approve and send back in turn, landing on the next record each time, with its
 * place in the queue shown and the keyboard doing the same; ticks several and sends them back with one
 * reason; sorts the queue by waiting time; and approves a proposal with its own decision on adoption
 * and benefit, which the office's dashboard then counts.
 */

test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString(36).slice(-6);
const REASON = "签到表缺少签名，请补充后重新提交";

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

/** Ids of the leader's team's workers, from its roster page. */
async function rosterIds(leader: Page): Promise<string[]> {
  await leader.goto("/workers");
  const hrefs = await leader.locator("main a[href^='/workers/']").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const ids = [...new Set(hrefs.map((h) => h.match(/^\/workers\/([0-9a-f-]{36})$/)?.[1]).filter((x): x is string => Boolean(x)))];
  expect(ids.length).toBeGreaterThan(1);
  return ids;
}

/** Submits records as the leader through the JSON endpoint (the record form's own mutation), one after another. */
async function submit(leader: Page, kind: "study_session" | "proposal", titles: string[], values: (title: string) => Record<string, unknown>) {
  for (const title of titles) {
    const response = await leader.request.post("/api/records", {
      headers: { origin: new URL(leader.url()).origin, "content-type": "application/json" },
      data: { kind, values: values(title), submit: true },
    });
    expect(response.status(), title).toBe(201);
  }
}

async function submitStudySessions(leader: Page, titles: string[]) {
  const [worker] = await rosterIds(leader);
  await submit(leader, "study_session", titles, (title) => ({
    title,
    occurredOn: chinaToday(),
    contents: ["technology"],
    form: "on_the_job",
    hours: "1",
    presenter: "",
    location: "",
    summary: "",
    attendees: [worker],
  }));
}

const position = (page: Page) => page.getByTestId("queue-position");
const heading = (page: Page) => page.getByRole("heading", { level: 1 });

test("a union reviews a queue of 10, approving and sending back in turn, without going back to the list", async ({ browser }) => {
  const leader = await as(browser, "leader");
  const titles = Array.from({ length: 10 }, (_, i) => `队列审核 ${stamp} 第${String(i + 1).padStart(2, "0")}条`);
  await submitStudySessions(leader, titles);

  const union = await as(browser, "union");
  await union.goto(`/review?q=${encodeURIComponent(`队列审核 ${stamp}`)}`);
  const rows = union.locator("main tbody tr");
  await expect(rows).toHaveCount(10);
  await expect(union.getByTestId("waited").first()).toHaveText("不到 1 小时");
  await union.getByRole("link", { name: titles[0] }).click();

  await expect(heading(union)).toHaveText(titles[0]!);
  await expect(position(union)).toHaveText("第 1 / 10 条");
  await expect(union.getByTestId("shortcut-hint")).toContainText("A 审核通过");

  // J and K walk the queue; the buttons do the same.
  await union.keyboard.press("j");
  await expect(heading(union)).toHaveText(titles[1]!);
  await expect(position(union)).toHaveText("第 2 / 10 条");
  await union.keyboard.press("k");
  await expect(position(union)).toHaveText("第 1 / 10 条");
  await union.getByRole("link", { name: "下一条" }).click();
  await expect(position(union)).toHaveText("第 2 / 10 条");
  await union.getByRole("link", { name: "上一条" }).click();
  await expect(heading(union)).toHaveText(titles[0]!);

  for (let i = 0; i < 10; i++) {
    await expect(heading(union)).toHaveText(titles[i]!);
    await expect(position(union)).toHaveText(`第 1 / ${10 - i} 条`);
    if (i % 2 === 0) {
      // Approve: with the button, and every fourth time with the A key.
      if (i % 4 === 0) await union.keyboard.press("a");
      else await union.getByTestId("record-actions").getByRole("button", { name: "审核通过" }).click();
    } else {
      if (i === 3) await union.keyboard.press("r");
      else await union.getByTestId("record-actions").getByRole("button", { name: "退回" }).click();
      const dialog = union.getByRole("dialog");
      await dialog.getByLabel("原因").fill(REASON);
      await dialog.getByRole("button", { name: "确认退回" }).click();
    }
    if (i < 9) await expect(heading(union)).toHaveText(titles[i + 1]!);
  }
  // After the last one the queue: nothing of these left.
  await expect(union).toHaveURL(/\/review\?/);
  await expect(union.locator("main")).toContainText("没有符合条件的记录");

  await leader.goto(`/records?q=${encodeURIComponent(`队列审核 ${stamp}`)}&status=approved`);
  await expect(leader.locator("main tbody tr")).toHaveCount(5);
  await leader.goto(`/records?q=${encodeURIComponent(`队列审核 ${stamp}`)}&status=rejected`);
  await expect(leader.locator("main tbody tr")).toHaveCount(5);
  await expect(leader.locator("main tbody tr").first()).toContainText(REASON);
});

test("a batch: approve one ticked record, then send the rest back with one reason, told exactly what happened", async ({ browser }) => {
  const leader = await as(browser, "leader");
  const titles = Array.from({ length: 3 }, (_, i) => `批量审核 ${stamp} 第${i + 1}条`);
  await submitStudySessions(leader, titles);

  const union = await as(browser, "union");
  await union.goto(`/review?q=${encodeURIComponent(`批量审核 ${stamp}`)}`);
  await expect(union.locator("main tbody tr")).toHaveCount(3);
  await union.getByRole("checkbox", { name: `选择“${titles[0]}”` }).check();
  await union.getByRole("button", { name: "批量通过所选" }).click();
  await expect(union.getByTestId("batch-result")).toHaveText("已通过 1 条。");
  await expect(union.locator("main tbody tr")).toHaveCount(2);

  // Nothing ticked: told so, nothing sent.
  await union.getByRole("button", { name: "批量退回所选" }).click();
  await expect(union.locator("main")).toContainText("请先勾选记录。");

  await union.getByRole("button", { name: "全选本页" }).click();
  await union.getByRole("button", { name: "批量退回所选" }).click();
  const dialog = union.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText("退回所选的 2 条记录");
  await dialog.getByRole("button", { name: "确认退回" }).click();
  await expect(dialog.locator("[data-slot=field-error]")).toHaveText("请填写原因（至少 2 个字）。");
  await dialog.getByLabel("原因").fill(REASON);
  await dialog.getByRole("button", { name: "确认退回" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(union.getByTestId("batch-result")).toHaveText("已退回 2 条。");
  await expect(union.locator("main")).toContainText("没有符合条件的记录");

  await leader.goto(`/records?q=${encodeURIComponent(`批量审核 ${stamp}`)}&status=rejected`);
  await expect(leader.locator("main tbody tr")).toHaveCount(2);
  for (const row of await leader.locator("main tbody tr").all()) await expect(row).toContainText(REASON);
});

test("the queue sorts by waiting time, and a record opened from it walks it in that order", async ({ browser }) => {
  const leader = await as(browser, "leader");
  const titles = Array.from({ length: 3 }, (_, i) => `排序审核 ${stamp} 第${i + 1}条`);
  await submitStudySessions(leader, titles);

  const union = await as(browser, "union");
  await union.goto(`/review?q=${encodeURIComponent(`排序审核 ${stamp}`)}`);
  const firstTitles = () => union.locator("main tbody tr td:nth-child(2)").allInnerTexts();
  await expect(union.getByTestId("queue-order")).toContainText("等待最久的在前");
  expect(await firstTitles()).toEqual(titles);
  await expect(union.locator("th[aria-sort=ascending]")).toContainText("已等待");

  await union.locator("main thead").getByRole("link", { name: "已等待" }).click();
  await expect(union).toHaveURL(/sort=-waiting/);
  await expect(union.getByTestId("queue-order")).toContainText("最新提交的在前");
  await expect(union.locator("th[aria-sort=descending]")).toContainText("已等待");
  expect(await firstTitles()).toEqual([...titles].reverse());

  await union.getByRole("link", { name: titles[2] }).click();
  await expect(position(union)).toHaveText("第 1 / 3 条");
  await union.keyboard.press("j");
  await expect(heading(union)).toHaveText(titles[1]!);
  await union.getByRole("link", { name: "返回待审核" }).click();
  await expect(union).toHaveURL(/\/review\?.*sort=-waiting/);
});

/** The dashboard's proposals card: adopted count and benefit in 万元. */
async function proposalFigures(office: Page): Promise<{ adopted: number; benefitWan: number }> {
  await office.goto("/dashboard");
  // The figure of the 五个结合 panel.
  const figure = office.getByRole("region", { name: "五个结合 · 工作成效" }).getByTestId("figure-proposals");
  await expect(figure).toBeVisible();
  const hint = await figure.innerText();
  const m = hint.match(/采纳 ([\d,]+) 条 · 创造效益 ([\d,.]+) 万元/);
  expect(m, hint).not.toBeNull();
  return { adopted: Number(m![1]!.replace(/,/g, "")), benefitWan: Number(m![2]!.replace(/,/g, "")) };
}

test("the union decides a proposal's adoption and benefit as it approves, and the dashboard counts its figures", async ({ browser }) => {
  const leader = await as(browser, "leader");
  const [worker] = await rosterIds(leader);
  const title = `合理化建议 ${stamp}：灌装线换型`;
  await submit(leader, "proposal", [title], () => ({ title, occurredOn: chinaToday(), team: "", content: "换型时预装模具，减少停机。", proposers: [worker], adopted: false, implemented: false, benefitYuan: "" }));

  const office = await as(browser, "office");
  const before = await proposalFigures(office);

  // On its own submitted proposal the leader may only take it back (撤回), never decide it.
  await leader.goto(`/records?q=${encodeURIComponent(title)}`);
  await leader.getByRole("link", { name: title }).click();
  await expect(leader).toHaveURL(/\/records\/[0-9a-f-]{36}/);
  await expect(leader.getByTestId("record-actions").getByRole("button")).toHaveText(["撤回"]);
  const recordPath = new URL(leader.url()).pathname;

  // Another unit's union cannot open it, from its queue or otherwise.
  const union2 = await as(browser, "union2");
  await union2.goto(`${recordPath}?queue=1`);
  await expect(heading(union2)).toHaveText("页面不存在");

  const union = await as(browser, "union");
  await union.goto(`/review?q=${encodeURIComponent(title)}`);
  await union.getByRole("link", { name: title }).click();
  await expect(position(union)).toHaveText("第 1 / 1 条");
  await union.getByTestId("record-actions").getByRole("button", { name: "审核通过" }).click();
  const dialog = union.getByRole("dialog");
  await expect(dialog.getByRole("heading")).toHaveText("审核通过并确认采纳情况");
  // Implemented but not adopted is refused on the field, before anything is sent.
  await dialog.getByLabel("是否实施").check();
  await dialog.getByRole("button", { name: "审核通过" }).click();
  await expect(dialog.locator("[data-field=implemented]")).toContainText("未采纳的建议不能标记为已实施。");
  await dialog.getByLabel("是否采纳").check();
  await dialog.getByLabel("经济效益（元）").fill("500000");
  await dialog.getByRole("button", { name: "审核通过" }).click();
  await expect(union).toHaveURL(/\/review\?/);

  await union.goto(recordPath);
  await expect(union.locator("main [data-status]").first()).toHaveText("已通过");
  await expect(union.locator("main dl")).toContainText(/50(\.00)? 万元/);
  await expect(union.getByTestId("decision-change")).toContainText("是否采纳：否 → 是");
  await expect(union.getByTestId("history")).toContainText("审定了采纳情况");

  const after = await proposalFigures(office);
  expect(after.adopted).toBe(before.adopted + 1);
  expect(after.benefitWan).toBeCloseTo(before.benefitWan + 50, 2);
});
