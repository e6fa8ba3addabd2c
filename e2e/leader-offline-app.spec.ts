import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { chromium, devices, type BrowserContext, type Page, type TestInfo } from "@playwright/test";
import { expect, test } from "./fixtures";
import { signIn } from "./helpers";

/*
 * The team leader's phone app on a workshop floor where the signal comes and goes: installable,
 * usable offline (kept pages, drafts on the phone, an outbox sent once by the record's client token),
 * refusals coming back as drafts, and 撤回. leader2 (聚合车间一班) and union2 (龙新公司), so the
 * demo county's `leader` stays as other specs expect it.
 */

// A phone (Pixel 7): its screen, touch and user agent; the browser stays the project's Chromium.
const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices["Pixel 7"];
const PHONE = { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch };
test.use(PHONE);
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString().slice(-6);
const OFFLINE_SESSION = `断网时的班前学习 ${stamp}`;
const LOST_ANSWER = `应答丢失的学习 ${stamp}`;
const REFUSED = `名册变了的学习 ${stamp}`;
const WITHDRAWN = `提交错了的学习 ${stamp}`;
const DRAFT_TITLE = `没填完的学习 ${stamp}`;

/** A 12-megapixel camera picture (~3 MB JPEG). */
let bigPhoto: Buffer;
test.beforeAll(async () => {
  bigPhoto = await sharp({ create: { width: 4000, height: 3000, channels: 3, background: "#777", noise: { type: "gaussian", mean: 120, sigma: 40 } } })
    .blur(1.5)
    .jpeg({ quality: 92 })
    .toBuffer();
});

/** Waits until the service worker controls the page and holds the pages a leader needs offline. */
async function offlineReady(page: Page) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller || !(await caches.has("cz-pages"))) return false;
          const cache = await caches.open("cz-pages");
          const has = async (url: string) => Boolean(await cache.match(url, { ignoreVary: true }));
          return (await has("/")) && (await has("/records/new?kind=study_session")) && (await has("/outbox")) && (await has("/workers"));
        }),
      { timeout: 30_000 },
    )
    .toBe(true);
}

async function fillStudy(page: Page, title: string, attendees = 2) {
  await page.getByLabel("标题（主题）").fill(title);
  await page.getByText("学技术", { exact: true }).click();
  await page.getByText("岗位学习", { exact: true }).click();
  await page.getByLabel("学时").fill("1.5");
  await page.getByLabel("主讲人").fill("陈立新");
  const boxes = page.locator("#field-attendees input[type=checkbox]");
  for (let i = 0; i < attendees; i++) await boxes.nth(i).check();
  await expect(page.locator("#field-attendees")).toContainText(`已选 ${attendees} /`);
}

async function attachPhoto(page: Page) {
  await page.getByTestId("evidence-files").setInputFiles({ name: "现场照片.jpg", mimeType: "image/jpeg", buffer: bigPhoto });
  await expect(page.locator("#field-evidence img")).toHaveCount(1);
}

/** The state badges of the outbox, newest first. */
function outboxItem(page: Page, title: string) {
  return page.getByTestId("outbox").locator("li", { hasText: title });
}

async function unionQueueCount(union: Page, title: string): Promise<number> {
  await union.goto(`/review?q=${encodeURIComponent(title)}`);
  return union.locator("main").getByRole("link", { name: title }).count();
}

/** A phone whose storage outlives the browser (a user-data directory): installability and restarts. */
async function launchPhone(dir: string, info: TestInfo): Promise<BrowserContext> {
  const use = info.project.use;
  return chromium.launchPersistentContext(dir, {
    ...PHONE,
    ...(use.launchOptions ?? {}),
    baseURL: use.baseURL,
    locale: "zh-CN",
    timezoneId: "Asia/Shanghai",
  });
}

test("leader2's home is installable: manifest, icons and a service worker Chromium accepts", async ({ page }, testInfo) => {
  const manifest = await (await page.request.get("/manifest.webmanifest")).json();
  expect(manifest).toMatchObject({ lang: "zh-CN", display: "standalone", start_url: "/", short_name: "创争平台" });
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const png = await page.request.get(icon.src);
    expect(png.headers()["content-type"]).toBe("image/png");
    const meta = await sharp(await png.body()).metadata();
    expect(`${meta.width}x${meta.height}`).toBe(icon.sizes);
  }
  expect((await page.request.get("/apple-icon.png")).status()).toBe(200);
  expect((await page.request.get("/favicon.ico")).headers()["content-type"]).toMatch(/icon/);

  // Chromium never calls an incognito-like context installable: a real profile.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cz-phone-"));
  const phone = await launchPhone(dir, testInfo);
  try {
    const home = phone.pages()[0] ?? (await phone.newPage());
    await signIn(home, "leader2");
    await offlineReady(home);
    const cdp = await phone.newCDPSession(home);
    const { installabilityErrors } = await cdp.send("Page.getInstallabilityErrors");
    expect(installabilityErrors).toEqual([]);
    const { url } = await cdp.send("Page.getAppManifest");
    expect(url).toMatch(/\/manifest\.webmanifest$/);
  } finally {
    await phone.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("offline: the app still opens, a study session with a shrunk photo waits in the outbox and is sent once when back", async ({ browser, context, page }) => {
  await signIn(page, "leader2");
  await offlineReady(page);

  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("聚合车间一班");
  await expect(page.getByTestId("offline-banner")).toContainText("没有网络");
  await expect(page.getByTestId("offline-banner")).toContainText("页面内容取得于");
  await page.screenshot({ path: test.info().outputPath("leader-offline-home-phone.png") });

  await page.getByRole("link", { name: "记一次学习" }).first().click();
  await expect(page.getByLabel("标题（主题）")).toBeVisible();
  await fillStudy(page, OFFLINE_SESSION);
  await attachPhoto(page);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page).toHaveURL(/\/outbox$/);
  await expect(outboxItem(page, OFFLINE_SESSION)).toContainText("等待网络");
  await expect(outboxItem(page, OFFLINE_SESSION)).toContainText("1 张照片");
  await expect(page.getByTestId("outbox-badge")).toHaveText("待发送 1");
  await page.screenshot({ path: test.info().outputPath("leader-outbox-phone.png") });
  await page.close();

  // Back online, the app opens again: the record goes, with its photo shrunk on the phone.
  await context.setOffline(false);
  const again = await context.newPage();
  const uploads: number[] = [];
  again.on("request", (r) => {
    if (r.method() === "POST" && r.url().endsWith("/api/records")) uploads.push(r.postDataBuffer()?.length ?? 0);
  });
  await again.goto("/outbox");
  await expect(outboxItem(again, OFFLINE_SESSION)).toContainText("已提交");
  await expect(again.getByTestId("outbox-badge")).toHaveCount(0);
  expect(uploads).toHaveLength(1);
  expect(uploads[0]!).toBeLessThan(bigPhoto.length / 3);

  // A second open sends nothing again.
  const third = await context.newPage();
  await third.goto("/");
  await expect(third.getByRole("heading", { level: 1 })).toHaveText("聚合车间一班");
  await third.goto("/outbox");
  await expect(outboxItem(third, OFFLINE_SESSION)).toContainText("已提交");
  expect(uploads).toHaveLength(1);

  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union2");
  expect(await unionQueueCount(union, OFFLINE_SESSION)).toBe(1);
  await union.locator("main").getByRole("link", { name: OFFLINE_SESSION }).click();
  await expect(union.getByTestId("count-attendees")).toHaveText("2 人");
  const thumb = union.locator("main img[alt='现场照片.jpg']");
  await expect(thumb).toHaveCount(1);
  await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
});

test("a send whose answer is lost (the link or the server drops mid-send) lands once; one that never arrived stays in the outbox", async ({ browser, page }) => {
  await signIn(page, "leader2");
  await page.goto("/records/new?kind=study_session");
  await fillStudy(page, LOST_ANSWER);
  // The first try never reaches the server; the second reaches it and its answer is cut off.
  let tries = 0;
  await page.route("**/api/records", async (route) => {
    tries++;
    if (tries === 1) return route.abort("connectionreset");
    await route.fetch();
    return route.abort("connectionreset");
  });
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page).toHaveURL(/\/outbox$/);
  await expect(outboxItem(page, LOST_ANSWER)).toContainText("等待网络");
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union2");
  expect(await unionQueueCount(union, LOST_ANSWER)).toBe(0);

  // The badge says 等待网络 before the tap too: wait for the cut answer itself (the server has made the
  // record by then), then for the phone to have taken it as "try again".
  const cut = page.waitForEvent("requestfailed", (r) => r.method() === "POST" && r.url().endsWith("/api/records"));
  await page.getByRole("button", { name: "立即发送" }).click();
  await cut;
  await expect(outboxItem(page, LOST_ANSWER)).toHaveAttribute("data-state", "waiting");
  await expect(outboxItem(page, LOST_ANSWER)).toContainText("等待网络");
  expect(await unionQueueCount(union, LOST_ANSWER)).toBe(1);

  // The network is whole again: the same record is sent once more, and the server answers with the one it made.
  await page.unroute("**/api/records");
  await page.getByRole("button", { name: "立即发送" }).click();
  await expect(outboxItem(page, LOST_ANSWER)).toContainText("已提交");
  expect(await unionQueueCount(union, LOST_ANSWER)).toBe(1);
});

test("a draft typed offline survives closing the browser and is offered again", async ({}, testInfo) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cz-phone-"));
  try {
    const first = await launchPhone(dir, testInfo);
    const page = first.pages()[0] ?? (await first.newPage());
    await signIn(page, "leader2");
    await offlineReady(page);
    await first.setOffline(true);
    await page.goto("/records/new?kind=study_session");
    await fillStudy(page, DRAFT_TITLE, 3);
    await attachPhoto(page);
    // Written to the phone as it is typed (a moment after the last keystroke).
    await page.waitForTimeout(1500);
    await first.close();

    const second = await launchPhone(dir, testInfo);
    const again = second.pages()[0] ?? (await second.newPage());
    await again.goto("/records/new?kind=study_session");
    await expect(again.getByTestId("draft-offer")).toContainText("未完成的草稿");
    await again.screenshot({ path: test.info().outputPath("leader-draft-offer-phone.png") });
    await again.getByRole("button", { name: "继续草稿" }).click();
    await expect(again.getByLabel("标题（主题）")).toHaveValue(DRAFT_TITLE);
    await expect(again.getByLabel("学时")).toHaveValue("1.5");
    await expect(again.getByLabel("主讲人")).toHaveValue("陈立新");
    await expect(again.locator("#field-attendees")).toContainText("已选 3 /");
    await expect(again.locator("#field-evidence img")).toHaveCount(1);
    await second.close();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test("a record refused on arrival (an attendee left the roster meanwhile) comes back as a draft with the reason, as typed", async ({ browser, context, page }) => {
  await signIn(page, "leader2");
  await offlineReady(page);
  await page.goto("/records/new?kind=study_session");
  await fillStudy(page, REFUSED, 2);
  const leaving = (await page.locator("#field-attendees li span.font-medium").nth(1).textContent())!.trim();
  await context.setOffline(true);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(outboxItem(page, REFUSED)).toContainText("等待网络");

  // Meanwhile the union marks the second attendee as having left.
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union2");
  await union.goto(`/workers?q=${encodeURIComponent(leaving)}`);
  await union.locator("main").getByRole("link", { name: leaving }).first().click();
  await union.getByRole("button", { name: "标记已离开" }).click();
  await union.getByRole("alertdialog").getByRole("button", { name: "确认" }).click();
  await expect(union.getByRole("button", { name: "恢复在册" })).toBeVisible();

  await context.setOffline(false);
  await page.goto("/outbox");
  const item = page.getByTestId("outbox").locator("li", { hasText: REFUSED });
  await expect(item).toContainText("被拒绝");
  await expect(item).toContainText("参加人员");
  await page.screenshot({ path: test.info().outputPath("leader-outbox-refused-phone.png") });
  await item.getByRole("link", { name: "继续修改" }).click();
  await expect(page.getByLabel("标题（主题）")).toHaveValue(REFUSED);
  await expect(page.getByLabel("学时")).toHaveValue("1.5");
  await expect(page.getByLabel("主讲人")).toHaveValue("陈立新");
  await expect(page.locator("[data-field=attendees]")).toContainText("在册职工");

  // Put the worker back for the other specs.
  await union.getByRole("button", { name: "恢复在册" }).click();
  await union.getByRole("alertdialog").getByRole("button", { name: "确认" }).click();
  await expect(union.getByRole("button", { name: "标记已离开" })).toBeVisible();
});

test("a save the server refuses (a date in last year, which is closed) keeps every field, attendee and photo as typed", async ({ page }) => {
  await signIn(page, "leader2");
  await page.goto("/records/new?kind=study_session");
  await fillStudy(page, `去年的学习 ${stamp}`, 3);
  await attachPhoto(page);
  const lastYear = Number(new Date().getFullYear()) - 1;
  await page.getByLabel("日期").fill(`${lastYear}-12-01`);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.locator("[data-field=occurredOn] [data-slot=field-error]")).toBeVisible();
  await expect(page).toHaveURL(/\/records\/new/);
  await expect(page.getByLabel("标题（主题）")).toHaveValue(`去年的学习 ${stamp}`);
  await expect(page.getByLabel("学时")).toHaveValue("1.5");
  await expect(page.getByLabel("主讲人")).toHaveValue("陈立新");
  await expect(page.getByLabel("日期")).toHaveValue(`${lastYear}-12-01`);
  await expect(page.locator("input[name=form][value=on_the_job]")).toBeChecked();
  await expect(page.locator("input[name=contents][value=technology]")).toBeChecked();
  await expect(page.locator("#field-attendees")).toContainText("已选 3 /");
  await expect(page.locator("#field-evidence img")).toHaveCount(1);
});

test("the leader withdraws (撤回) a record submitted by mistake; it is a draft again and out of the union's queue", async ({ browser, page }) => {
  await signIn(page, "leader2");
  await page.goto("/records/new?kind=study_session");
  await fillStudy(page, WITHDRAWN);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\?saved=submitted/);
  await page.getByTestId("record-actions").getByRole("button", { name: "撤回" }).click();
  await expect(page.locator("main [data-status]").first()).toHaveText("草稿");
  await expect(page.getByTestId("history")).toContainText("撤回了提交");

  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union2");
  expect(await unionQueueCount(union, WITHDRAWN)).toBe(0);
});
