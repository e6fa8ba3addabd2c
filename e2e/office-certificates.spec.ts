import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import sharp from "sharp";
import type { Browser, Page } from "@playwright/test";
import { allText, readPdf } from "../test/pdf";
import { expect, test } from "./fixtures";
import { confirmInDialog, signIn } from "./helpers";

/*
 * 命名 → certificate → public verification: the office moves the posted team results' window into
 * the past (the notice had gone up on paper), names one team, downloads its certificate, and the QR
 * code printed on it opens a page that anyone, signed out, reads as "valid"; after 摘牌 the same
 * address says "withdrawn". Another unit's leader cannot download the certificate.
 */

test.describe.configure({ mode: "serial" });

async function as(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signIn(page, username);
  return page;
}

function chinaDay(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

/** The text a QR code in the PDF's first page holds, read from the page rendered as a picture. */
async function readQrCode(pdf: Buffer): Promise<string | null> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cert-"));
  fs.writeFileSync(path.join(dir, "c.pdf"), pdf);
  execFileSync("pdftoppm", ["-png", "-r", "150", "-f", "1", "-l", "1", path.join(dir, "c.pdf"), path.join(dir, "page")]);
  const png = fs.readdirSync(dir).find((f) => f.endsWith(".png"))!;
  const { data, info } = await sharp(path.join(dir, png)).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
  fs.rmSync(dir, { recursive: true, force: true });
  return jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height)?.data ?? null;
}

let teamName = "";
let verifyUrl = "";
let certificatePath = "";
let publicationUrl = "";

test("office names a team and downloads its certificate, whose QR code opens the verification page", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.goto("/evaluations?view=publications");
  await office.getByTestId("publications-section").locator('[data-target="team"]').getByRole("link").click();
  await expect(office).toHaveURL(/\/evaluations\/publications\/[0-9a-f-]{36}$/);
  publicationUrl = office.url();
  const window = office.getByTestId("reschedule-form");
  await window.getByLabel("公示开始日期").fill(chinaDay(-9));
  await window.getByLabel("公示截止日期").fill(chinaDay(-2));
  await window.getByRole("button", { name: "保存公示期" }).click();
  await expect(office.locator("[data-phase]").first()).toHaveText("公示期满");

  const form = office.getByTestId("name-form");
  const boxes = form.locator("input[type=checkbox]");
  for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).uncheck();
  const first = form.locator("label[data-name]").first();
  teamName = (await first.getAttribute("data-name"))!;
  await first.locator("input[type=checkbox]").check();
  await form.getByRole("button", { name: /命名所选/ }).click();
  await confirmInDialog(office, /命名所选/);
  await expect(office.locator("[data-phase]").first()).toHaveText("已命名");

  const row = office.locator(`[data-testid=publication-row][data-name="${teamName}"]`);
  const link = row.getByTestId("certificate-link");
  certificatePath = (await link.getAttribute("href"))!;
  const [download] = await Promise.all([office.waitForEvent("download"), link.click()]);
  expect(download.suggestedFilename()).toMatch(/\.pdf$/);
  const pdf = fs.readFileSync((await download.path())!);
  const text = allText(await readPdf(pdf));
  expect(text).toContain(teamName);
  expect(text).toContain("年度学习型班组");
  const code = /证书编号：([0-9a-f ]+)/.exec(text)![1]!.replace(/\s/g, "");
  expect(code).toMatch(/^[0-9a-f]{32}$/);
  verifyUrl = (await readQrCode(pdf))!;
  expect(verifyUrl).toBe(new URL(`/verify/${code}`, office.url()).toString());

  // The whole naming's certificates and its decision are one click away too.
  await expect(office.getByRole("link", { name: "下载全部证书（PDF）" })).toBeVisible();
  await office.getByRole("link", { name: "命名决定" }).click();
  await expect(office.getByRole("heading", { level: 1, name: /关于命名/ })).toBeVisible();
  await expect(office.locator("[data-document]")).toContainText(teamName);
});

test("signed out, the QR code's address says the certificate is valid; an unknown code is not found", async ({ browser }) => {
  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(verifyUrl);
  await expect(visitor).toHaveURL(verifyUrl);
  await expect(visitor.getByTestId("verification-state")).toHaveText("证书有效");
  await expect(visitor.getByTestId("verification-holder")).toHaveText(teamName);
  await expect(visitor.getByTestId("verification")).toContainText("年度学习型班组");
  await visitor.goto(verifyUrl.replace(/[0-9a-f]{4}$/, "0000"));
  await expect(visitor.getByTestId("verification-state")).toHaveText("未找到该证书");
  await expect(visitor.getByTestId("verification-holder")).toHaveCount(0);
  // Nothing else opens without signing in.
  await visitor.goto(certificatePath);
  await expect(visitor).toHaveURL(/\/login$/);
});

test("another unit's leader cannot download the certificate", async ({ browser }) => {
  const leader2 = await as(browser, "leader2");
  const response = await leader2.request.get(certificatePath);
  expect(response.status()).toBe(404);
});

test("after 摘牌 the same address says the certificate was withdrawn", async ({ browser }) => {
  const office = await as(browser, "office");
  await office.goto(publicationUrl);
  await office.getByRole("button", { name: `摘牌：${teamName}` }).click();
  const dialog = office.getByRole("dialog");
  await dialog.getByLabel("原因").fill("年内发生安全责任事故");
  await dialog.getByRole("button", { name: "确认摘牌" }).click();
  await expect(dialog).toHaveCount(0);

  const visitor = await (await browser.newContext()).newPage();
  await visitor.goto(verifyUrl);
  await expect(visitor.getByTestId("verification-state")).toHaveText("证书已失效");
  await expect(visitor.getByTestId("verification")).toContainText(/已于\d{4}年\d{1,2}月\d{1,2}日被摘牌/);
  // The reason stays with the federation.
  await expect(visitor.getByTestId("verification")).not.toContainText("事故");
  // And the withdrawn title's certificate is no longer issued.
  expect((await office.request.get(certificatePath)).status()).toBe(404);
});

test("the annual report: a union reads its own unit's, a leader finds none", async ({ browser }) => {
  const union = await as(browser, "union");
  await union.goto("/reports");
  await union.getByTestId("doc-annual").getByRole("link", { name: "查看与打印" }).click();
  await expect(union.locator("[data-document] h1")).toContainText("红星集团");
  await expect(union.locator("[data-document]")).not.toContainText("龙新公司");
  const pdf = await union.request.get("/reports/annual.pdf");
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  const leader = await as(browser, "leader");
  expect((await leader.request.get("/reports/annual.pdf")).status()).toBe(404);
  expect((await leader.request.get("/reports/statistics.xlsx")).status()).toBe(404);
  const page = await leader.goto("/reports/annual");
  expect(page?.status()).toBe(404);
});
