import { NextResponse, type NextRequest } from "next/server";
import { isSameOriginAction } from "@/lib/http/action-origin";

/** Methods that change nothing: everything else reaching a page is a server action or form post. */
const READ_ONLY_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** Routes that answer with files and a Content-Security-Policy of their own, not pages. */
const OWN_POLICY = /^\/records\/[^/]+\/evidence\//;

const OPEN_PATHS = new Set(["/login", "/manifest.webmanifest", "/offline.html"]);

/** Auth.js's session cookie: plain or `__Secure-` (HTTPS), and split into `.0`, `.1`… when large. */
const SESSION_COOKIE = /^(?:__Secure-)?authjs\.session-token(?:\.\d+)?$/;

/**
 * Refuses server actions and form posts from other sites, sends page loads without a session cookie
 * to /login and sets a per-request nonce Content-Security-Policy. NOTE: not a security boundary —
 * lib/ verifies the session and re-reads the user on every request. Looking for the cookie instead of decrypting it (and Auth.js
 * re-encrypting it into a fresh Set-Cookie) saves about 3.5 ms of CPU per page (docs/scaling.md);
 * a forged or stale cookie gets past here and is sent to /login by requireUser.
 */
export function proxy(request: NextRequest) {
  // NOTE: a transport-level CSRF refusal, not authorization (lib/ decides who may do what). It must
  // sit here: this is the only code that runs before Next handles a server action, and Next runs an
  // action with no Origin at all and answers a foreign Origin with a 500.
  if (!READ_ONLY_METHODS.has(request.method) && !isSameOriginAction(request.headers)) {
    return new NextResponse("Forbidden", { status: 403, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  }
  const hasSession = request.cookies.getAll().some((c) => SESSION_COOKIE.test(c.name));
  // Only page loads are redirected. A form post or server action (its cookie expired mid-form) goes
  // on to requireUser, whose redirect the client follows; a 307 would replay the post to /login.
  const pageLoad = (request.method === "GET" || request.method === "HEAD") && !request.headers.has("next-action");
  // The sign-in page and certificate verification (a certificate's QR code) are open to anyone, and so
  // is what a phone needs to install the app: the manifest, the service worker and its offline page.
  const open = OPEN_PATHS.has(request.nextUrl.pathname) || request.nextUrl.pathname.startsWith("/verify/") || request.nextUrl.pathname.startsWith("/serwist/");
  if (!hasSession && pageLoad && !open) {
    return NextResponse.redirect(new URL("/login", request.url));
  }
  // NOTE: evidence files carry a sandbox policy of their own (the route sets it); the page policy
  // set below would replace it and let a file that is also HTML run as a page of this site.
  if (OWN_POLICY.test(request.nextUrl.pathname)) return NextResponse.next();
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV !== "production";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self' data:",
    "connect-src 'self'",
    // Without it a worker falls back to script-src, where 'strict-dynamic' ignores 'self': no service worker.
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  return response;
}

export const config = {
  matcher: ["/((?!api/|_next/static|_next/image|favicon.ico|icon.svg|.*\\.(?:png|jpg|svg|webp|ico)$).*)"],
};
