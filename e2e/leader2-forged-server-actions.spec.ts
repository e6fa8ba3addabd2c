import { expect, test } from "./fixtures";
import { signIn, signInThroughForm } from "./helpers";
import { rawRequest } from "./raw-http";

/**
 * A server action replayed outside the browser, with the signed-in user's cookie: without an Origin
 * (any HTTP client) and with another site's. Both get a 403 and change nothing; the same call with
 * this site's Origin still works. The spec leaves leader2's account as it found it (login.spec
 * expects no remembered language).
 */
test("a server action without an Origin, or from another site, is refused with 403 and changes nothing", async ({ page, baseURL }) => {
  await signIn(page, "leader2");
  await page.goto("/account");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("账户设置");

  // The language switch's action, as the page calls it: captured, and kept from reaching the server.
  let captured: { url: string; headers: Record<string, string>; body: Buffer } | null = null;
  await page.route("**/account", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    captured = { url: request.url(), headers: await request.allHeaders(), body: request.postDataBuffer() ?? Buffer.alloc(0) };
    await route.abort();
  });
  await page.locator("main").getByRole("button", { name: "English" }).click();
  await expect.poll(() => captured).not.toBeNull();
  await page.unroute("**/account");
  const action = captured!;
  expect(action.headers["next-action"]).toMatch(/^[0-9a-f]+$/);

  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  const replay = (origin: string | null, signedIn = true) => {
    const headers: Record<string, string> = { "next-action": action.headers["next-action"]!, "content-type": action.headers["content-type"]! };
    if (signedIn) headers.cookie = cookie;
    if (action.headers["next-router-state-tree"]) headers["next-router-state-tree"] = action.headers["next-router-state-tree"];
    if (origin) headers.origin = origin;
    return rawRequest(action.url, { method: "POST", headers, body: action.body });
  };
  for (const origin of ["https://evil.example", null]) {
    const res = await replay(origin);
    expect(res.status, `Origin: ${origin}`).toBe(403);
    expect(res.headers["set-cookie"], `Origin: ${origin}`).toBeUndefined();
  }

  // Nothing changed: the account still speaks Chinese, after a reload and after signing in again
  // (sign-in sets the language the account keeps).
  const heading = page.getByRole("heading", { level: 1 });
  await page.reload();
  await expect(heading).toHaveText("账户设置");
  await page.context().clearCookies();
  await signInThroughForm(page, "leader2");
  await page.goto("/account");
  await expect(heading).toHaveText("账户设置");

  // The same call with this site's Origin (what the browser sends) goes through. Made without the
  // session, so it sets this client's language cookie only and leaves the account as it was.
  const own = await replay(baseURL!, false);
  expect(own.status).toBe(200);
  expect(own.headers["set-cookie"]?.join()).toContain("NEXT_LOCALE=en");
});
