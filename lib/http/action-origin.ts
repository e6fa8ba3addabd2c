/**
 * NOTE: whether a state-changing request (a server action or form post to a page) comes from this
 * site's own pages: its Origin names this host, or, from a browser that sent no Origin, Fetch
 * Metadata says same-origin. A request with neither is refused too: every browser sends one of them,
 * and Next would run an action without either. The host is the one Next's own action check compares
 * with (the first X-Forwarded-Host entry, else Host), so both agree behind a proxy.
 */
export function isSameOriginAction(headers: Headers): boolean {
  const forwardedHost = headers.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = forwardedHost || headers.get("host");
  const origin = headers.get("origin");
  if (origin === null) return headers.get("sec-fetch-site") === "same-origin";
  if (!host || origin === "null") return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
