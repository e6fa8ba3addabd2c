import { expect, test } from "./fixtures";
import { devices, type Browser, type Page } from "@playwright/test";
import { signIn } from "./helpers";

/*
 * The campaign's year turning over, on a server whose clock reads 4 January of next year (09:00 China
 * time) over the demo county seeded on 28 December (playwright.config.ts's year-cycle server): the
 * new year opened by itself, December's late sessions still go through, and the office closes the old
 * year once its work is done.
 */

const OLD = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
const NEW = OLD + 1;
const stamp = Date.now().toString().slice(-6);
const FIRST = `新年第一次班组学习 ${stamp}`;
const LATE = `岁末安全学习（补记） ${stamp}`;

/** The server's clock (playwright.config.ts): the browsers' clocks read the same, as a user's phone would on that day. */
const CLOCK = new Date(`${NEW}-01-04T09:00:00+08:00`);

test.describe.configure({ mode: "serial" });
test.beforeEach(async ({ context }) => context.clock.setFixedTime(CLOCK));

async function pageAt(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  await context.clock.setFixedTime(CLOCK);
  return context.newPage();
}

/** SCREENSHOTS=1: the pages of the year's turn, at desktop and phone width, into docs/screenshots. */
const SHOTS = process.env.SCREENSHOTS === "1";
const VIEWPORTS = [
  { name: "desktop", viewport: { width: 1280, height: 800 }, isMobile: false, userAgent: undefined },
  // A phone's user agent: lists render as cards for phones (lib/http/device.ts).
  { name: "phone", viewport: { width: 390, height: 844 }, isMobile: true, userAgent: devices["Pixel 7"]!.userAgent },
];
async function shoot(browser: Browser, username: string, url: string, name: string, opts: { fullPage?: boolean; prepare?: (p: Page) => Promise<void> } = {}) {
  if (!SHOTS) return;
  // Two more sign-ins and pictures: give the test the time they take.
  test.info().setTimeout(test.info().timeout + 60_000);
  for (const vp of VIEWPORTS) {
    const context = await browser.newContext({ viewport: vp.viewport, isMobile: vp.isMobile, userAgent: vp.userAgent, locale: "zh-CN" });
    await context.clock.setFixedTime(CLOCK);
    const p = await context.newPage();
    await signIn(p, username);
    await p.goto(url);
    await p.waitForLoadState("networkidle");
    // A full-page picture shows what lies below the fold: load the lazy charts as scrolling would.
    await p.evaluate(() => document.querySelectorAll<HTMLImageElement>("img[loading=lazy]").forEach((img) => (img.loading = "eager")));
    await p.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    await opts.prepare?.(p);
    await p.screenshot({ path: `docs/screenshots/${name}-${vp.name}.png`, fullPage: opts.fullPage ?? true });
    await context.close();
  }
}

async function fillSession(page: Page, title: string, day: string) {
  await page.goto("/records/new?kind=study_session");
  await page.getByLabel("标题（主题）").fill(title);
  await page.getByLabel("日期").fill(day);
  await page.getByText("学技术", { exact: true }).click();
  await page.getByText("岗位学习", { exact: true }).click();
  await page.getByLabel("学时").fill("1.5");
  await page.getByLabel("主讲人").fill("王建国");
  const boxes = page.locator("#field-attendees input[type=checkbox]");
  for (let i = 0; i < 5; i++) await boxes.nth(i).check();
}

async function logSession(page: Page, title: string, day: string) {
  await fillSession(page, title, day);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\?saved=submitted/);
  await expect(page.locator("main [data-status]").first()).toHaveText("待审核");
}

test(`a leader logs ${NEW}'s first session on 4 January, and one dated 30 December ${OLD}`, async ({ page }) => {
  await signIn(page, "leader");
  await expect(page.locator("main")).toContainText(`${NEW}`);
  await logSession(page, FIRST, `${NEW}-01-04`);
  await expect(page.locator("main")).toContainText(`${NEW}-01-04`);
  await logSession(page, LATE, `${OLD}-12-30`);
});

test(`the union approves the late December session in January`, async ({ page }) => {
  await signIn(page, "union");
  await page.goto(`/review?q=${encodeURIComponent(LATE)}`);
  await page.locator("main").getByRole("link", { name: LATE }).first().click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}/);
  const recordUrl = page.url().split("?")[0]!;
  await page.getByRole("button", { name: "审核通过" }).click();
  // The reviewer moves on to the next waiting record; the approved one reads 已通过.
  await expect(page).not.toHaveURL(new RegExp(`^${recordUrl}`));
  await page.goto(recordUrl);
  await expect(page.locator("main [data-status]").first()).toHaveText("已通过");
});

test(`the office sees what is open in ${OLD}, closes it, and its records become read-only`, async ({ page, browser }) => {
  await signIn(page, "office");
  await page.goto("/years");
  const next = page.getByTestId(`year-${NEW}`);
  await expect(next).toContainText("进行中");
  await expect(next).toContainText("年度结束后才能关闭");
  const old = page.getByTestId(`year-${OLD}`);
  await expect(old.getByTestId(`checklist-${OLD}`)).toContainText("待审核");
  await expect(page.getByTestId(`year-${OLD - 1}`)).toContainText("已关闭");

  await shoot(browser, "office", "/years", "office-years-checklist");
  await shoot(browser, "office", "/years", "office-years-close", {
    fullPage: false,
    prepare: async (p) => {
      await p.getByTestId(`close-year-${OLD}`).click();
      await expect(p.getByRole("dialog")).toBeVisible();
    },
  });
  await old.getByTestId(`close-year-${OLD}`).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText(`关闭 ${OLD} 评估年度`);
  await dialog.getByRole("button", { name: "关闭年度" }).click();
  await expect(dialog).toContainText("请确认已知晓未完成事项");
  await dialog.getByRole("checkbox").check();
  await dialog.getByRole("button", { name: "关闭年度" }).click();
  await expect(dialog).toHaveCount(0);
  await expect(old).toContainText("已关闭");
  await expect(old).toContainText("重新开放");

  // The leader's session sent back in December can no longer be edited and resubmitted.
  const leader = await pageAt(browser);
  await signIn(leader, "leader");
  await leader.goto("/records?status=rejected");
  await leader.locator('main a[href^="/records/"]:not([href^="/records/new"]):not([href^="/records/export"])').first().click();
  await expect(leader).toHaveURL(/\/records\/[0-9a-f-]{36}/);
  await expect(leader.getByRole("heading", { level: 1 })).toBeVisible();
  // It says plainly that its year is closed, and asks for nothing: no 编辑, no 提交, no "please resubmit".
  await expect(leader.getByTestId("year-closed")).toContainText(/\d{4} 评估年度已关闭，以下内容只读。/);
  await expect(leader.getByRole("link", { name: "编辑" })).toHaveCount(0);
  await expect(leader.locator("main").getByRole("button", { name: /提交|编辑|撤回/ })).toHaveCount(0);
  await expect(leader.locator("main")).not.toContainText("请修改后重新提交");
  await expect(leader.getByTestId("review-note")).toContainText("退回意见");
  await shoot(browser, "leader", new URL(leader.url()).pathname, "leader-closed-year-record");
  // The session approved in January: its page says the year is closed too.
  await leader.goto(`/records?q=${encodeURIComponent(LATE)}`);
  await leader.locator("main").getByRole("link", { name: LATE }).first().click();
  await expect(leader.getByTestId("year-closed")).toContainText(`${OLD} 评估年度已关闭`);
  // An evaluation of the closed year: read-only, with the same notice and no form.
  await page.goto(`/evaluations?view=teams&year=${OLD}`);
  const hrefs = await page.locator('main a[href^="/evaluations/"]').evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const evaluation = hrefs.find((h) => /^\/evaluations\/[0-9a-f-]{36}$/.test(h));
  expect(evaluation).toBeTruthy();
  await page.goto(evaluation!);
  await expect(page.getByTestId("year-closed")).toContainText(`${OLD} 评估年度已关闭`);
  await expect(page.locator("main").getByRole("button", { name: /确认|退回|提交|保存|撤回/ })).toHaveCount(0);
  // A new session dated in the closed year is refused too; one dated this year still goes in.
  await fillSession(leader, `除夕前的学习 ${stamp}`, `${OLD}-12-31`);
  await leader.getByRole("button", { name: "提交审核" }).click();
  await expect(leader.locator("[data-field=occurredOn]")).toContainText("该日期不在开放的评估年度内");
});

test(`the dashboard shows ${NEW} by default and ${OLD} with its 同比 against ${OLD - 1}`, async ({ page, browser }) => {
  await signIn(page, "office");
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${NEW}`);
  const years = page.getByRole("navigation", { name: "评估年度" });
  await expect(years.getByRole("link")).toHaveText([`${NEW} 年`, `${OLD} 年`, `${OLD - 1} 年`]);
  await years.getByRole("link", { name: `${OLD} 年` }).click();
  await expect(page).toHaveURL(new RegExp(`year=${OLD}`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(`${OLD}`);
  await expect(page.getByTestId("yoy-through")).toContainText(`${OLD - 1}`);
  await expect(page.getByTestId("yoy-sessions")).toContainText(/去年同期 [\d,]+ 次/);
  await expect(page.getByTestId("yoy-sessions")).toContainText(/同比 [+-]?\d/);
  await expect(page.getByTestId("trend-two-years")).toBeVisible();
  // A past year has no "nothing submitted this month" lists.
  await expect(page.getByTestId("past-year-note")).toBeVisible();
  await expect(page.getByTestId("late-teams")).toHaveCount(0);
  await shoot(browser, "office", `/dashboard?year=${OLD}`, "office-dashboard-yoy");
  await shoot(browser, "office", "/dashboard", "office-year-switch", { fullPage: false });
});
