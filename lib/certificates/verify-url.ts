import "server-only";

/**
 * The public address a certificate's QR code opens. APP_URL (the address users reach the platform
 * at, e.g. https://cz.example.gov.cn) when set, else the origin this request came in on.
 */
export function verifyUrlFor(request: Request): (code: string) => string {
  const base = (process.env.APP_URL || new URL(request.url).origin).replace(/\/+$/, "");
  return (code) => `${base}/verify/${code}`;
}
