import { expect, test } from "./fixtures";
import { chromeTexts, DEMO_PASSWORD, loginAlert, signInThroughForm, signOut, submitLogin, withChinese } from "./helpers";

const HOMES = [
  { username: "office", heading: "安达市创争工作概况", headingEn: "安达市: campaign overview", nav: ["工作概况", "数据看板", "待审核", "工作记录", "评估考核", "排行榜", "报表文书", "评估年度", "组织机构", "职工名册", "账户设置"] },
  { username: "union", heading: "红星集团", headingEn: "红星集团", nav: ["单位首页", "待审核", "工作记录", "评估考核", "排行榜", "报表文书", "班组管理", "职工名册", "账户设置"] },
  { username: "leader", heading: "液态奶车间灌装甲班", headingEn: "液态奶车间灌装甲班", nav: ["班组首页", "班组记录", "班组评估", "我的排名", "班组台账", "班组名册", "账户设置"] },
  { username: "union2", heading: "龙新公司", headingEn: "龙新公司", nav: ["单位首页", "待审核", "工作记录", "评估考核", "排行榜", "报表文书", "班组管理", "职工名册", "账户设置"] },
  { username: "leader2", heading: "聚合车间一班", headingEn: "聚合车间一班", nav: ["班组首页", "班组记录", "班组评估", "我的排名", "班组台账", "班组名册", "账户设置"] },
];
/** A nav label, optionally followed by its count badge. */
const navLabel = (label: string) => new RegExp(`^${label}\\d*$`);

test.describe("signing in", () => {
  for (const home of HOMES) {
    test(`${home.username} lands on its own home, in Chinese`, async ({ page }) => {
      await signInThroughForm(page, home.username);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.heading);
      const sidebar = page.locator("aside nav");
      await expect(sidebar.getByRole("link")).toHaveText(home.nav.map(navLabel));
    });
  }

  for (const home of HOMES) {
    test(`${home.username} lands on its own home in English, with no Chinese left in the chrome`, async ({ page }) => {
      await page.goto("/login");
      await page.getByRole("button", { name: "English" }).click();
      await expect(page.getByRole("heading", { name: "Sign in" })).toBeVisible();
      await page.locator("#username").fill(home.username);
      await page.locator("#password").fill(DEMO_PASSWORD);
      await page.getByRole("button", { name: "Sign in" }).click();
      await expect(page).toHaveURL(/\/$/);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(home.headingEn);
      const texts = await chromeTexts(page);
      expect(texts.length).toBeGreaterThan(5);
      expect(withChinese(texts)).toEqual([]);
    });
  }

  test("leaders have no organisation area: not in the navigation, not by address", async ({ page }) => {
    await signInThroughForm(page, "leader");
    await expect(page.locator("aside nav").getByRole("link", { name: "组织机构" })).toHaveCount(0);
    const response = await page.goto("/org");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  });

  test("a wrong password shows one generic message", async ({ page }) => {
    await page.goto("/login");
    await submitLogin(page, "union", "not-the-password");
    await expect(loginAlert(page)).toHaveText("用户名或密码错误。");
    await expect(page.locator("#username")).toHaveValue("union");
    await expect(page.locator("#password")).toHaveValue("");
    await submitLogin(page, "no-such-user", "not-the-password");
    await expect(loginAlert(page)).toHaveText("用户名或密码错误。");
  });

  test("empty fields are flagged on the field, in the user's language", async ({ page }) => {
    await page.goto("/login");
    await page.locator("form button[type=submit]").click();
    await expect(page.locator("[data-slot=field-error]")).toHaveText(["此项为必填项。", "此项为必填项。"]);
  });

  test("five wrong passwords lock the account and the page says so", async ({ page }) => {
    // hx02 is a 红星集团 team leader that no other test signs in as.
    await page.goto("/login");
    for (let i = 0; i < 4; i++) {
      await submitLogin(page, "hx02", `wrong-${i}`);
      await expect(loginAlert(page)).toHaveText("用户名或密码错误。");
    }
    await submitLogin(page, "hx02", "wrong-4");
    await expect(loginAlert(page)).toContainText("账户已锁定 15 分钟");
    await submitLogin(page, "hx02", DEMO_PASSWORD);
    await expect(loginAlert(page)).toContainText("账户已锁定");
    await expect(page).toHaveURL(/\/login$/);
  });

  test("anonymous visitors are sent to the login page", async ({ page }) => {
    for (const path of ["/", "/workers", "/org", "/account", "/org/00000000-0000-4000-8000-000000000000"]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/login/);
      await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
    }
  });

  test("signing out ends the session", async ({ page }) => {
    await signInThroughForm(page, "union");
    await signOut(page);
    await page.goto("/workers");
    await expect(page).toHaveURL(/\/login/);
  });

  test("the user menu opens from the keyboard too, its code loaded only when reached for", async ({ page }) => {
    const menuCode: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") menuCode.push(request.url());
    });
    await signInThroughForm(page, "leader");
    const loadedAtFirst = menuCode.length;
    const trigger = page.locator("header").getByRole("button", { name: /用户菜单|User menu/ });
    await trigger.focus();
    // The menu's own code arrives once the keyboard reaches the button, and the focus stays there.
    await expect.poll(() => menuCode.length).toBeGreaterThan(loadedAtFirst);
    await expect(trigger).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("menuitem", { name: /退出登录|Sign out/ })).toBeVisible();
    await expect(page.getByRole("menuitem", { name: /我的|Me/ })).toBeVisible();
    await page.keyboard.press("Escape");
    await expect(page.getByRole("menuitem", { name: /退出登录|Sign out/ })).toBeHidden();
    await expect(trigger).toBeFocused();
  });

  test("a session that ends while a form is open sends its submit to the login page, changing nothing", async ({ page, context }) => {
    await signInThroughForm(page, "union2");
    await page.goto("/account");
    await page.locator("#currentPassword").fill(DEMO_PASSWORD);
    await page.locator("#newPassword").fill("changed-1234");
    await page.locator("#confirmPassword").fill("changed-1234");
    await context.clearCookies({ name: /session-token/ });
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(page).toHaveURL(/\/login$/);
    await expect(page.getByRole("heading", { name: "登录" })).toBeVisible();
    // The password did not change: the old one still signs in.
    await signInThroughForm(page, "union2");
  });

  test("the health check answers for the load balancer", async ({ request }) => {
    const res = await request.get("/api/health");
    expect(res.status()).toBe(200);
    expect(await res.json()).toEqual({ status: "ok" });
  });

  test("pages carry strict security headers", async ({ request }) => {
    const res = await request.get("/login");
    const headers = res.headers();
    expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(headers["x-frame-options"]).toBe("DENY");
    expect(headers["x-content-type-options"]).toBe("nosniff");
    expect(headers["x-powered-by"]).toBeUndefined();
  });
});
