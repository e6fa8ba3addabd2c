import "server-only";
import { isSameOrigin } from "@/lib/http/same-origin";
import type { ActionResult } from "@/lib/forms/action-result";

/**
 * NOTE: the JSON record endpoints (app/api/records/**) are POSTs carrying the session cookie: like
 * the imports, they refuse another site's request and anything but a JSON body (which a cross-site
 * form cannot send without a CORS preflight).
 */
export function refuseForeign(request: Request, opts: { multipart?: boolean } = {}): Response | null {
  if (!isSameOrigin(request)) return Response.json({ ok: false, message: "errors.forbidden" }, { status: 403 });
  const type = request.headers.get("content-type") ?? "";
  // Multipart (a record with its photos, from the phone's outbox) is what a cross-site form can send:
  // it is let through only where the caller asks, and the same-origin check above is then what stops forgery.
  if (opts.multipart && type.startsWith("multipart/form-data")) return null;
  if (!type.startsWith("application/json")) {
    return Response.json({ ok: false, message: "errors.invalidInput" }, { status: 415 });
  }
  return null;
}

/** An action result as an HTTP answer: 200/201 when ok, else 404, 409 (already handled) or 422. */
export function resultResponse(result: ActionResult<unknown>, okStatus = 200): Response {
  if (result.ok) return Response.json(result, { status: okStatus });
  const status = result.fieldErrors ? 422 : result.message === "records.error.notFound" ? 404 : result.message === "errors.forbidden" ? 403 : 409;
  return Response.json(result, { status });
}

export async function readJson(request: Request): Promise<Record<string, unknown> | null> {
  try {
    const body = await request.json();
    return body && typeof body === "object" && !Array.isArray(body) ? (body as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The files posted under `name` (empty file inputs send a nameless, empty part: left out). */
export function filesOf(formData: FormData, name: string): File[] {
  return formData.getAll(name).filter((f): f is File => typeof f === "object" && f !== null && "arrayBuffer" in f && f.size > 0);
}
