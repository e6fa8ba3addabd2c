import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers";

// A tiny valid PNG (1×1, red) standing in for a phone photo.
const PHOTO = Buffer.from(
  "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==",
  "base64",
);
const stamp = Date.now().toString().slice(-6);
const SESSION = `班前安全学习：灌装线操作规程 ${stamp}`;
const COURSE = `叉车司机安全操作培训 ${stamp}`;
const BATCH = `批量审核 ${stamp}`;

test.describe.configure({ mode: "serial" });

async function openRecordByTitle(page: Page, path: string, title: string) {
  await page.goto(`${path}?q=${encodeURIComponent(title)}`);
  await page.locator("main").getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
}

function statusBadge(page: Page) {
  return page.locator("main [data-status]").first();
}

let sessionUrl = "";
let courseUrl = "";
/** The evidence route of the photo the leader uploaded with the session. */
let photoUrl = "";

test("leader logs a study session with 8 attendees and a photo and submits it", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/records/new?kind=study_session");
  await page.getByLabel("标题（主题）").fill(SESSION);
  await page.getByText("学技术", { exact: true }).click();
  await page.getByText("岗位学习", { exact: true }).click();
  await page.getByLabel("学时").fill("1.5");
  await page.getByLabel("主讲人").fill("王建国");
  const picker = page.locator("#field-attendees");
  const boxes = picker.locator("input[type=checkbox]");
  for (let i = 0; i < 8; i++) await boxes.nth(i).check();
  await expect(picker).toContainText("已选 8 /");
  await page.getByTestId("evidence-files").setInputFiles({ name: "现场照片.png", mimeType: "image/png", buffer: PHOTO });
  await expect(page.locator("#field-evidence img")).toHaveCount(1);
  await page.getByRole("button", { name: "提交审核" }).click();

  await expect(page).toHaveURL(/\/records\/[0-9a-f-]{36}\?saved=submitted/);
  sessionUrl = page.url().split("?")[0]!;
  await expect(statusBadge(page)).toHaveText("待审核");
  await expect(page.getByTestId("count-attendees")).toHaveText("8 人");
  await expect(page.locator("main img[alt]")).toHaveCount(1);
  photoUrl = (await page.locator("main a", { has: page.locator("img[alt]") }).getAttribute("href"))!;
  expect(photoUrl).toMatch(new RegExp(`^${new URL(sessionUrl).pathname}/evidence/[0-9a-f-]{36}$`));
  // Submitted: the leader may only take it back (撤回) until the union handles it.
  await expect(page.getByTestId("record-actions").getByRole("button")).toHaveText(["撤回"]);
});

test("bad input stays on the form with field-level messages", async ({ page }) => {
  await signIn(page, "leader");
  await page.goto("/records/new?kind=study_session");
  await page.getByLabel("学时").fill("-2");
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page).toHaveURL(/\/records\/new/);
  await expect(page.locator("[data-field=title]")).toContainText("此项为必填项。");
  await expect(page.locator("[data-field=hours]")).toContainText("不能小于 0.5");
  await expect(page.locator("[data-field=attendees]")).toContainText("请至少选择 1 人");
});

test("union sends it back with a reason; the leader sees it, fixes it and resubmits", async ({ browser }) => {
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  await expect(union.locator("aside nav").getByRole("link", { name: /待审核/ })).toContainText(/\d/);
  await openRecordByTitle(union, "/review", SESSION);
  await union.getByRole("button", { name: "退回" }).click();
  await union.getByRole("button", { name: "确认退回" }).click();
  await expect(union.getByRole("dialog")).toContainText("请填写原因");
  await union.getByLabel("原因").fill("参加人员与签到表不符，请补充王建国本人");
  await union.getByRole("button", { name: "确认退回" }).click();
  // Opened from the queue, the page moves on to what is still waiting: the record itself says 已退回.
  await expect(union).toHaveURL(/\/review/);
  await union.goto(sessionUrl);
  await expect(statusBadge(union)).toHaveText("已退回");

  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, "leader");
  await leader.goto(sessionUrl);
  await expect(leader.getByTestId("review-note")).toContainText("参加人员与签到表不符");
  await leader.getByRole("link", { name: "编辑" }).click();
  await expect(leader.getByText(/退回原因：参加人员与签到表不符/)).toBeVisible();
  await leader.getByLabel("学时").fill("2");
  await leader.locator("#field-attendees input[type=checkbox]").nth(8).check();
  await leader.getByRole("button", { name: "提交审核" }).click();
  await expect(leader).toHaveURL(/saved=submitted/);
  await expect(statusBadge(leader)).toHaveText("待审核");
  await expect(leader.getByTestId("count-attendees")).toHaveText("9 人");
});

test("union approves; the record is locked for the leader and visible to the office", async ({ browser }) => {
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  await union.goto(sessionUrl);
  await union.getByRole("button", { name: "审核通过" }).click();
  await expect(statusBadge(union)).toHaveText("已通过");

  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, "leader");
  await leader.goto(sessionUrl);
  await expect(statusBadge(leader)).toHaveText("已通过");
  await expect(leader.getByText(/记录已锁定/)).toBeVisible();
  await expect(leader.getByTestId("record-actions")).toHaveCount(0);
  await leader.goto(`${sessionUrl}/edit`);
  await expect(leader).toHaveURL(sessionUrl);

  const office = await (await browser.newContext()).newPage();
  await signIn(office, "office");
  await openRecordByTitle(office, "/records", SESSION);
  await expect(statusBadge(office)).toHaveText("已通过");
  const history = office.getByTestId("history");
  await expect(history).toContainText("审核通过");
  await expect(history).toContainText("参加人员与签到表不符");
});

test("union logs a training course and the office approves it", async ({ browser }) => {
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  await union.goto("/records/new?kind=training");
  await union.getByLabel("标题（主题）").fill(COURSE);
  await union.getByLabel("培训专业").fill("叉车驾驶");
  await union.getByLabel("期数").fill("2");
  await union.getByLabel("培训人次").fill("60");
  await union.getByLabel("学时").fill("16");
  await union.getByRole("button", { name: "提交审核" }).click();
  await expect(union).toHaveURL(/saved=submitted/);
  courseUrl = union.url().split("?")[0]!;
  await expect(statusBadge(union)).toHaveText("待审核");

  const office = await (await browser.newContext()).newPage();
  await signIn(office, "office");
  await openRecordByTitle(office, "/review", COURSE);
  await office.getByRole("button", { name: "审核通过" }).click();
  await expect(office).toHaveURL(/\/review/);
  await office.goto(courseUrl);
  await expect(statusBadge(office)).toHaveText("已通过");
});

test("union2 and leader2 never see any of it", async ({ browser }) => {
  for (const username of ["union2", "leader2"]) {
    const page = await (await browser.newContext()).newPage();
    await signIn(page, username);
    for (const url of [sessionUrl, courseUrl, `${sessionUrl}/edit`]) {
      const res = await page.goto(url);
      expect(res?.status()).toBe(404);
      await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    }
    for (const title of [SESSION, COURSE]) {
      await page.goto(`/records?q=${encodeURIComponent(title)}`);
      await expect(page.getByText("没有符合条件的记录")).toBeVisible();
    }
    // The real photo of the session, full size and thumbnail: another unit's user gets nothing of it.
    for (const url of [photoUrl, `${photoUrl}?thumb=1`]) {
      const photo = await page.request.get(url);
      expect(photo.status(), `${username} ${url}`).toBe(404);
      expect(photo.headers()["content-type"]).not.toMatch(/^image\//);
    }
  }
  // The same URLs serve the photo to its owner: the 404s above are the scope, not a wrong address.
  const owner = await (await browser.newContext()).newPage();
  await signIn(owner, "leader");
  for (const url of [photoUrl, `${photoUrl}?thumb=1`]) {
    const photo = await owner.request.get(url);
    expect(photo.status(), url).toBe(200);
    expect(photo.headers()["content-type"]).toMatch(/^image\//);
  }
});

test("the office reopens the approved session; the leader can change it again and removes its photo", async ({ browser }) => {
  const office = await (await browser.newContext()).newPage();
  await signIn(office, "office");
  await office.goto(sessionUrl);
  await office.getByRole("button", { name: "重新打开" }).click();
  await office.getByLabel("原因").fill("签到表照片不清晰，请重新上传");
  await office.getByRole("button", { name: "确认重新打开" }).click();
  await expect(statusBadge(office)).toHaveText("已退回");
  await expect(office.getByTestId("history")).toContainText("重新打开");

  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, "leader");
  await leader.goto(sessionUrl);
  await expect(statusBadge(leader)).toHaveText("已退回");
  await expect(leader.getByTestId("review-note")).toContainText("签到表照片不清晰");
  await expect(leader.getByRole("link", { name: "编辑" })).toBeVisible();
  await leader.getByRole("button", { name: /^移除 现场照片/ }).click();
  await expect(leader.locator("main img[alt]")).toHaveCount(0);
  await expect(leader.getByTestId("history")).toContainText("删除了附件");
  // Removed means gone: the owner's own request for the file now finds nothing.
  expect((await leader.request.get(photoUrl)).status()).toBe(404);
  await leader.reload();
  await expect(leader.locator("main img[alt]")).toHaveCount(0);
});

test("the union approves two records in one step from its queue", async ({ browser }) => {
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, "leader");
  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  const urls: string[] = [];
  for (const n of [1, 2]) {
    const res = await leader.request.post("/api/records", {
      headers: { origin: new URL(leader.url()).origin },
      data: { kind: "innovation", submit: true, values: { title: `${BATCH} 第${n}项`, occurredOn: today, team: "", description: "改进灌装线换型工装，缩短换型时间。", result: "", members: [], benefitYuan: "" } },
    });
    expect(res.status()).toBe(201);
    urls.push(`/records/${(await res.json()).data.id}`);
  }

  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  await union.goto(`/review?q=${encodeURIComponent(BATCH)}`);
  for (const n of [1, 2]) await union.getByLabel(`选择“${BATCH} 第${n}项”`).filter({ visible: true }).check();
  await union.getByRole("button", { name: "批量通过所选" }).click();
  await expect(union.getByTestId("batch-result")).toHaveText("已通过 2 条。");
  await expect(union.getByText("没有符合条件的记录")).toBeVisible();
  for (const url of urls) {
    await leader.goto(url);
    await expect(statusBadge(leader)).toHaveText("已通过");
  }
});

test("union reminds a late team (催办); its leader sees the reminder on the home page", async ({ browser }) => {
  const union = await (await browser.newContext()).newPage();
  await signIn(union, "union");
  const late = union.locator("li", { hasText: "设备维修班" }).filter({ has: union.getByRole("button") });
  await late.getByRole("button", { name: "催办" }).click();
  await expect(late.getByRole("button", { name: "已催办" })).toBeDisabled();

  // hx03 leads 红星集团's 设备维修班 in the demo county.
  const leader = await (await browser.newContext()).newPage();
  await signIn(leader, "hx03");
  const banner = leader.getByRole("status").filter({ hasText: "提醒您" });
  await expect(banner).toContainText("红星集团（赵丽华）提醒您");
  await banner.getByRole("button", { name: "知道了" }).click();
  await expect(banner).toHaveCount(0);
});

test("the record list exports to Excel exactly what its filters show", async ({ page }) => {
  await signIn(page, "leader");
  const query = "kind=study_session&status=approved";
  await page.goto(`/records?${query}`);
  const total = Number((await page.locator("main p").filter({ hasText: /^共 [\d,]+ 条$/ }).innerText()).replace(/\D/g, ""));
  expect(total).toBeGreaterThan(10);
  const response = await page.request.get(`/records/export?${query}`);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("spreadsheetml");
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as never);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header).toEqual(expect.arrayContaining(["标题", "类型", "状态", "学时", "学习形式"]));
  expect(sheet.rowCount - 1).toBe(total);
  const kindCol = header.indexOf("类型") + 1;
  const statusCol = header.indexOf("状态") + 1;
  for (let r = 2; r <= sheet.rowCount; r++) {
    expect(sheet.getRow(r).getCell(kindCol).value).toBe("学习活动");
    expect(sheet.getRow(r).getCell(statusCol).value).toBe("已通过");
  }
});
