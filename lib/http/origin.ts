/**
 * The address users reach the platform at, for links that leave it (a certificate's QR code, the
 * ledger's evidence links): APP_URL when set (behind a proxy that rewrites the host, set it),
 * else the host and scheme this request came in on (Next's request.url names its own listener).
 */
export function publicOrigin(request: Request): string {
  if (process.env.APP_URL) return process.env.APP_URL.replace(/\/+$/, "");
  const url = new URL(request.url);
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host") || url.host;
  const proto = request.headers.get("x-forwarded-proto")?.split(",")[0]?.trim() || url.protocol.replace(":", "");
  return `${proto}://${host}`;
}
