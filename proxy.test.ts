import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import { proxy } from "./proxy";

function visit(path: string, cookie?: string, init: { method?: string; headers?: Record<string, string> } = {}) {
  return proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method: init.method, headers: { ...init.headers, ...(cookie ? { cookie } : {}) } }));
}

describe("proxy", () => {
  it("sends a visitor without a session cookie to /login", () => {
    for (const path of ["/", "/review", "/org/00000000-0000-4000-8000-000000000000?tab=accounts"]) {
      const res = visit(path, "NEXT_LOCALE=en; authjs.csrf-token=x");
      expect(res.status).toBe(307);
      expect(new URL(res.headers.get("location")!).pathname).toBe("/login");
    }
  });

  it("lets a form post or server action without a session through, for the data layer to refuse", () => {
    // Its page's requireUser answers with a redirect the client follows; a 307 here would replay the post to /login.
    const site = { host: "127.0.0.1:3000", origin: "http://127.0.0.1:3000" };
    for (const init of [{ method: "POST", headers: { ...site, "next-action": "7f00aa" } }, { method: "POST", headers: site }, { method: "GET", headers: { "next-action": "7f00aa" } }]) {
      const res = visit("/records/new", undefined, init);
      expect(res.headers.get("location")).toBeNull();
      expect(res.headers.get("content-security-policy")).toContain("form-action 'self'");
    }
  });

  it("lets certificate verification through without a session, and nothing beside it", () => {
    const res = visit("/verify/0123456789abcdef0123456789abcdef");
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    for (const path of ["/verify", "/verifyx/abc", "/reports/certificates/0123"]) {
      expect(visit(path).status, path).toBe(307);
    }
  });

  it("lets the login page through with its security policy", () => {
    const res = visit("/login");
    expect(res.headers.get("location")).toBeNull();
    expect(res.headers.get("content-security-policy")).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  });

  it("lets a session cookie through, in any of the names Auth.js gives it", () => {
    for (const cookie of ["authjs.session-token=abc", "__Secure-authjs.session-token=abc", "authjs.session-token.0=a; authjs.session-token.1=b"]) {
      const res = visit("/review", cookie);
      expect(res.headers.get("location")).toBeNull();
      expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    }
  });

  it("gives every response its own nonce", () => {
    const nonce = (res: Response) => res.headers.get("content-security-policy")!.match(/'nonce-([^']+)'/)![1];
    expect(nonce(visit("/login"))).not.toBe(nonce(visit("/login")));
  });

  it("leaves an evidence file's own sandbox policy alone, and still sends a visitor without a session to /login", () => {
    const path = "/records/00000000-0000-4000-8000-000000000001/evidence/00000000-0000-4000-8000-000000000002";
    for (const url of [path, `${path}?thumb=1`]) {
      const res = visit(url, "authjs.session-token=abc");
      expect(res.headers.get("location")).toBeNull();
      expect(res.headers.get("content-security-policy")).toBeNull();
    }
    expect(visit(path).status).toBe(307);
    // Pages under /records keep the page policy.
    expect(visit("/records/00000000-0000-4000-8000-000000000001", "authjs.session-token=abc").headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
  });

  it("refuses a server action or form post from another site, or with neither Origin nor Fetch Metadata, with a 403", async () => {
    const host = "127.0.0.1:3000";
    const action = (headers: Record<string, string>) =>
      visit("/account", "authjs.session-token=abc", { method: "POST", headers: { host, "next-action": "7f00aa", "content-type": "text/plain;charset=UTF-8", ...headers } });
    for (const refused of <Record<string, string>[]>[
      {},
      { origin: "https://evil.example" },
      { origin: "http://127.0.0.1:3001" },
      { origin: "null" },
      { origin: "not a url" },
      { "sec-fetch-site": "cross-site" },
      { "sec-fetch-site": "same-site" },
      { origin: "https://evil.example", "sec-fetch-site": "same-origin" },
    ]) {
      const res = action(refused);
      expect(res.status, JSON.stringify(refused)).toBe(403);
      expect(await res.text()).toBe("Forbidden");
    }
    for (const accepted of <Record<string, string>[]>[{ origin: `http://${host}` }, { "sec-fetch-site": "same-origin" }, { origin: "https://cz.example.gov.cn", "x-forwarded-host": "cz.example.gov.cn" }]) {
      const res = action(accepted);
      expect(res.status, JSON.stringify(accepted)).toBe(200);
      expect(res.headers.get("content-security-policy")).toContain("form-action 'self'");
    }
    // A multipart form post (a server action from a page without JavaScript) is held to the same.
    expect(visit("/login", undefined, { method: "POST", headers: { host, "content-type": "multipart/form-data; boundary=x" } }).status).toBe(403);
    // Page loads are not concerned.
    expect(visit("/review", "authjs.session-token=abc", { headers: { host, origin: "https://evil.example" } }).status).toBe(200);
  });
});
