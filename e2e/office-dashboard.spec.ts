import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers";

/** The numbers in a figure card, in order ("1,602.5" → 1602.5). */
async function numbersIn(page: Page, testId: string): Promise<number[]> {
  const text = await page.getByTestId(testId).innerText();
  return (text.match(/\d[\d,]*(?:\.\d+)?/g) ?? []).map((s) => Number(s.replaceAll(",", "")));
}

/** The approved records of one kind in the year, straight from the record export (raw records, no aggregates). */
async function approvedRows(page: Page, kind: string, year: number): Promise<Record<string, unknown>[]> {
  const response = await page.request.get(`/records/export?kind=${kind}&status=approved&from=${year}-01-01&to=${year}-12-31`);
  expect(response.status()).toBe(200);
  const ExcelJS = (await import("exceljs")).default;
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await response.body()) as never);
  const sheet = workbook.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let r = 2; r <= sheet.rowCount; r++) {
    const values = (sheet.getRow(r).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(header.map((h, i) => [h, values[i]])));
  }
  return rows;
}

const sum = (rows: Record<string, unknown>[], column: string) => rows.reduce((s, r) => s + (Number(r[column]) || 0), 0);
const wan = (yuan: number) => Math.round((yuan / 10_000) * 100) / 100;

test("the office dashboard's figures equal what the approved records add up to", async ({ page }) => {
  await signIn(page, "office");
  await page.locator("aside nav").getByRole("link", { name: "数据看板" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  const heading = await page.getByRole("heading", { level: 1 }).innerText();
  const year = Number(heading.match(/\d{4}/)![0]);

  const sessions = await approvedRows(page, "study_session", year);
  expect((await numbersIn(page, "figure-sessions"))[0]).toBe(sessions.length);

  const training = await approvedRows(page, "training", year);
  const reemployment = training.filter((r) => r["再就业培训"] === "是");
  expect(await numbersIn(page, "figure-training")).toEqual([
    sum(training, "培训人次"),
    sum(training, "期数"),
    sum(reemployment, "期数"),
    sum(reemployment, "培训人次"),
    sum(reemployment, "实现再就业人数"),
  ]);

  const competitions = await approvedRows(page, "competition", year);
  expect(await numbersIn(page, "figure-competitions")).toEqual([competitions.length, sum(competitions, "参加人数"), sum(competitions, "获奖人数")]);

  const proposals = await approvedRows(page, "proposal", year);
  expect(await numbersIn(page, "figure-proposals")).toEqual([
    proposals.length,
    proposals.filter((r) => r["是否采纳"] === "是").length,
    wan(sum(proposals, "经济效益")),
  ]);

  const innovations = await approvedRows(page, "innovation", year);
  const big = innovations.filter((r) => Number(r["经济效益"]) >= 10_000);
  expect(await numbersIn(page, "figure-innovations")).toEqual([big.length, wan(sum(big, "经济效益")), innovations.length]);

  const culture = await approvedRows(page, "culture", year);
  expect(await numbersIn(page, "figure-culture")).toEqual([culture.length, sum(culture, "参加人数")]);

  const publicity = await approvedRows(page, "publicity", year);
  for (const [channel, label] of [["leaflet", "宣传单"], ["banner", "横幅"], ["bulletin", "简报"], ["media", "媒体报道"]] as const) {
    expect(await numbersIn(page, `publicity-${channel}`), channel).toEqual([sum(publicity.filter((r) => r["宣传形式"] === label), "数量")]);
  }

  // The charts are drawn on the server and arrive as pictures once the figures are there.
  for (const name of ["月度趋势", /^按单位类型/]) {
    const chart = page.getByRole("img", { name });
    await chart.scrollIntoViewIfNeeded();
    await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }
  // By unit kind: what differs per head (not a participation share of 100 % for every kind), said in
  // the picture's text and drawn in it.
  const byKind = page.getByRole("img", { name: /^按单位类型/ });
  const alt = (await byKind.getAttribute("alt"))!;
  const enterprise = alt.match(/企业 人均学时 ([\d.,]+)，每百名职工建议 ([\d.,]+) 条，创效 ([\d.,]+) 万元/);
  expect(enterprise, alt).not.toBeNull();
  expect(alt).not.toContain("100%");
  const svg = await (await page.request.get((await byKind.getAttribute("src"))!)).text();
  for (const text of ["人均学时", "每百名职工合理化建议", "企业", "机关", enterprise![1]!]) expect(svg).toContain(text);
  // The late list names the unit that has submitted nothing this month.
  await expect(page.getByText("腾达机电").first()).toBeVisible();
});

test("the dashboard is the office's: a union neither sees it in the navigation nor reaches it", async ({ page }) => {
  await signIn(page, "union");
  await expect(page.locator("aside nav").getByRole("link", { name: "数据看板" })).toHaveCount(0);
  const response = await page.goto("/dashboard");
  expect(response?.status()).toBe(404);
});
