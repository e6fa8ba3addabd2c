import { expect, test, type Cookie, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "demo12345";

/** This worker's session cookies, by server, user and password: signIn's first sign-in as each is through the form. */
const sessions = new Map<string, Cookie[]>();

/**
 * Starts `page` signed in as `username`, on the role's home. The first time in this worker (per server:
 * the year-cycle server has its own users) it signs in through the form; later it hands the context the
 * session cookie that sign-in got, which spares a login page and an argon2 verification per test. The
 * server re-reads the user on every request, so a session ended meanwhile (a sign-out, a password change,
 * a deactivation) lands on /login instead of home, and then the form signs in afresh. Tests about signing
 * in itself use signInThroughForm.
 */
export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  const key = `${test.info().project.use.baseURL} ${username} ${password}`;
  const cookies = sessions.get(key);
  if (cookies) {
    await page.context().addCookies(cookies);
    await page.goto("/");
    if (new URL(page.url()).pathname === "/") return;
  }
  await signInThroughForm(page, username, password);
  sessions.set(key, (await page.context().cookies()).filter((c) => /session-token/.test(c.name)));
}

/** Signs in through the login form and waits for the role's home. */
export async function signInThroughForm(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await page.locator("form button[type=submit]").click();
  await expect(page).toHaveURL(/\/$/);
}

/** Submits the login form and waits for the server's answer (React resets the form when it arrives). */
export async function submitLogin(page: Page, username: string, password: string) {
  await page.locator("#username").fill(username);
  await page.locator("#password").fill(password);
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/login")),
    page.locator("form button[type=submit]").click(),
  ]);
}

/** The login form's own alert (Next's route announcer is also role=alert). */
export function loginAlert(page: Page) {
  return page.locator("form").getByRole("alert");
}

/** Signs out through the user menu. */
export async function signOut(page: Page) {
  await page.locator("header").getByRole("button", { name: /用户菜单|User menu/ }).click();
  await page.getByRole("menuitem", { name: /退出登录|Sign out/ }).click();
  await expect(page).toHaveURL(/\/login$/);
}

const CJK = /[\u3400-\u9fff]/;

/**
 * Texts of the interface chrome: navigation, headings of sections and tables, figure labels,
 * buttons. Data (names of people and organisations) is left out, and so is the 中文 language button.
 */
export async function chromeTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selectors = ["nav a", "th", "h2", "[data-slot=stat-card] > div:first-child", "[data-slot=page-eyebrow]", "button:not([lang])", "label"];
    return selectors.flatMap((s) =>
      Array.from(document.querySelectorAll<HTMLElement>(s))
        .filter((el) => el.offsetParent !== null || el.getClientRects().length > 0)
        .map((el) => {
          // Names of people and organisations inside chrome elements are data, not chrome.
          const copy = el.cloneNode(true) as HTMLElement;
          copy.querySelectorAll("[data-user-content]").forEach((d) => d.remove());
          return (copy.textContent ?? "").trim();
        })
        .filter(Boolean),
    );
  });
}

export function withChinese(texts: string[]): string[] {
  return texts.filter((t) => CJK.test(t));
}

/** Answers the app's confirmation dialog (it replaced the browser's confirm()) with its button `name`. */
export async function confirmInDialog(page: Page, name: string | RegExp) {
  const dialog = page.getByRole("alertdialog");
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name }).click();
  await expect(dialog).toHaveCount(0);
}
