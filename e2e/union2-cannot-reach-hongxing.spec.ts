import { expect, test } from "./fixtures";
import type { Page } from "@playwright/test";
import { signIn } from "./helpers";

/** Reads 红星集团's ids the honest way: as the county office, which may see them. */
async function hongxingIds(page: Page) {
  await signIn(page, "office");
  await page.goto("/org");
  const unitHref = await page.getByRole("link", { name: /红星集团/ }).getAttribute("href");
  const unitId = unitHref!.split("/").pop()!;
  await page.goto(unitHref!);
  const teamHref = await page.locator("table").getByRole("link", { name: "液态奶车间灌装甲班" }).getAttribute("href");
  return { unitId, teamId: teamHref!.split("/").pop()! };
}

test("union2 and leader2 cannot open any page or data of 红星集团 by typing its addresses", async ({ browser }) => {
  const officeContext = await browser.newContext();
  const ids = await hongxingIds(await officeContext.newPage());
  await officeContext.close();

  for (const username of ["union2", "leader2"]) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, username);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.locator("main")).not.toContainText("红星集团");

    // An existing org outside the subtree answers exactly like one that does not exist.
    // The not-found page may stream in after the document's load event, so each text is read
    // only once its heading shows.
    const notFoundHeading = page.getByRole("heading", { name: "页面不存在" });
    const unknown = await page.goto("/org/00000000-0000-4000-8000-000000000000");
    await expect(notFoundHeading).toBeVisible();
    const unknownText = await page.locator("body").innerText();
    expect(unknownText).toContain("您访问的页面不存在");
    for (const id of [ids.unitId, ids.teamId]) {
      const response = await page.goto(`/org/${id}`);
      expect(response?.status()).toBe(unknown?.status());
      await expect(notFoundHeading).toBeVisible();
      expect(await page.locator("body").innerText()).toBe(unknownText);
      await expect(page.locator("body")).not.toContainText("红星");
    }

    // Forged filters on the roster return nothing of 红星集团.
    for (const query of [`team=${ids.teamId}`, `unit=${ids.unitId}`, "q=HX0001"]) {
      await page.goto(`/workers?${query}`);
      await expect(page.locator("main")).not.toContainText("HX0");
      await expect(page.locator("main")).not.toContainText("液态奶");
      await expect(page.getByText("没有符合条件的职工")).toBeVisible();
    }
    await context.close();
  }
});

test("union sees its own teams and their rosters", async ({ page }) => {
  await signIn(page, "union");
  await page.goto("/org");
  await page.locator("table").getByRole("link", { name: "液态奶车间灌装甲班" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("液态奶车间灌装甲班");
  await expect(page.getByText("在册职工 18 人")).toBeVisible();
  await expect(page.locator("table")).toContainText("王建国");
});
