/**
 * NOTE: the imports and the JSON record endpoints are POSTs carrying the session cookie; a request from
 * another site is refused (the Origin, or Fetch Metadata where a browser sends no Origin, must be this site).
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (origin) {
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = request.headers.get("sec-fetch-site");
  return site === null || site === "same-origin";
}
