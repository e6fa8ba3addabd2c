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
    for (const init of [{ method: "POST", headers: { "next-action": "7f00aa" } }, { method: "POST" }, { method: "GET", headers: { "next-action": "7f00aa" } }]) {
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
});
