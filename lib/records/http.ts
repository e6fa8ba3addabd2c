import "server-only";
import { isSameOrigin } from "@/lib/http/same-origin";
import { type ActionResult, httpStatusOf, refuse } from "@/lib/actions/result";

/**
 * NOTE: the JSON record endpoints (app/api/records/**) are POSTs carrying the session cookie: like
 * the imports, they refuse another site's request and anything but a JSON body (which a cross-site
 * form cannot send without a CORS preflight).
 */
export function refuseForeign(request: Request, opts: { multipart?: boolean } = {}): Response | null {
  if (!isSameOrigin(request)) return resultResponse(refuse("forbidden", "errors.forbidden"));
  const type = request.headers.get("content-type") ?? "";
  // Multipart (a record with its photos, from the phone's outbox) is what a cross-site form can send:
  // it is let through only where the caller asks, and the same-origin check above is then what stops forgery.
  if (opts.multipart && type.startsWith("multipart/form-data")) return null;
  if (!type.startsWith("application/json")) {
    return resultResponse(refuse("unsupported_media_type", "errors.invalidInput"));
  }
  return null;
}

/** An action result as an HTTP answer, its status from the one code → status table. */
export function resultResponse(result: ActionResult<unknown>, okStatus = 200): Response {
  return Response.json(result, { status: httpStatusOf(result, okStatus) });
}

/** Enough for the largest record as JSON (500 named workers, 2,000-character texts), far below what hurts. */
export const JSON_BODY_LIMIT = 64 * 1024;

/** Refused unparsed: a JSON body over JSON_BODY_LIMIT bytes (a 50 MB body would be held and parsed whole). */
export const TOO_LARGE = Symbol("too large");

/**
 * The request's JSON object, reading at most JSON_BODY_LIMIT bytes: a larger body is refused before
 * anything is parsed, and not read beyond the limit. Not an object, or not JSON: null.
 */
export async function readJson(request: Request, limit = JSON_BODY_LIMIT): Promise<Record<string, unknown> | null | typeof TOO_LARGE> {
  if (Number(request.headers.get("content-length")) > limit) return TOO_LARGE;
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        await reader.cancel();
        return TOO_LARGE;
      }
      chunks.push(value);
    }
  }
  try {
    const body: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)));
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export const tooLargeResponse = () => resultResponse(refuse("too_large", "errors.tooLarge"));

/** The files posted under `name` (empty file inputs send a nameless, empty part: left out). */
export function filesOf(formData: FormData, name: string): File[] {
  return formData.getAll(name).filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
}
