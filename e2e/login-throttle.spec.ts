import { MAX_FAILURES_PER_IP } from "../lib/auth/rules";
import { expect, test } from "./fixtures";
import { DEMO_PASSWORD } from "./helpers";
import { postLoginForm, rawRequest, sessionCookieSet } from "./raw-http";

/**
 * The per-address sign-in throttle, driven over real sockets from different loopback addresses (the
 * server listens on 127.0.0.1; any 127.x source reaches it). With no TRUST_PROXY, the key is the
 * socket's address and X-Forwarded-For is the client's word, ignored.
 */
test.describe("the sign-in throttle", () => {
  test("keys on the socket's address: a made-up X-Forwarded-For neither escapes it nor throttles someone else", async ({ baseURL }) => {
    // An address sprays wrong guesses, each claiming in X-Forwarded-For to come from 127.0.0.3.
    for (let i = 0; i < MAX_FAILURES_PER_IP; i++) {
      const res = await postLoginForm(baseURL!, { from: "127.0.0.2", username: `nobody-${i}`, password: "wrong", headers: { "x-forwarded-for": "127.0.0.3" } });
      expect(res.body, `guess ${i + 1}`).toContain("用户名或密码错误");
    }
    // Throttled now: the right password with yet another made-up address gets it nowhere.
    const escape = await postLoginForm(baseURL!, { from: "127.0.0.2", username: "union", password: DEMO_PASSWORD, headers: { "x-forwarded-for": "198.51.100.7" } });
    expect(escape.body).toContain("登录尝试过于频繁");
    expect(sessionCookieSet(escape)).toBe(false);

    // Auth.js's own sign-in endpoint keys the same way.
    const csrf = await rawRequest(`${baseURL}/api/auth/csrf`, { from: "127.0.0.2" });
    const token = (JSON.parse(csrf.body) as { csrfToken: string }).csrfToken;
    const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
    const viaEndpoint = await rawRequest(`${baseURL}/api/auth/callback/credentials`, {
      from: "127.0.0.2",
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded", cookie, "x-forwarded-for": "198.51.100.8" },
      body: Buffer.from(new URLSearchParams({ username: "union", password: DEMO_PASSWORD, csrfToken: token }).toString()),
    });
    expect(viaEndpoint.headers.location).toContain("code=throttled");

    // The address named in every one of those failures signs in with its right password.
    const other = await postLoginForm(baseURL!, { from: "127.0.0.3", username: "union", password: DEMO_PASSWORD });
    expect(other.status).toBe(303);
    expect(sessionCookieSet(other)).toBe(true);
  });
});
