import "server-only";
import { publicOrigin } from "@/lib/http/origin";

/** The public address a certificate's QR code opens: /verify/<code> at the platform's public origin. */
export function verifyUrlFor(request: Request): (code: string) => string {
  const base = publicOrigin(request);
  return (code) => `${base}/verify/${code}`;
}
