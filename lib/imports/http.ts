import "server-only";
import { MAX_IMPORT_BYTES } from "./read-sheet";
import type { ImportEvent, ImportOutcome } from "./types";
import { XLSX_TYPE } from "./workbooks";

/**
 * NOTE: imports are POSTs carrying the session cookie; a request from another site is refused
 * (the Origin, or Fetch Metadata where a browser sends no Origin, must be this site).
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

/** The request body, or null as soon as it passes `max` bytes (a file too large is never held whole). */
export async function readBodyLimited(request: Request, max = MAX_IMPORT_BYTES): Promise<Buffer | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > max) return null;
  if (!request.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > max) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/** The file name the page sends (URI-encoded in a header), cleaned for the audit trail. */
export function uploadedName(request: Request): string {
  let name = "";
  try {
    name = decodeURIComponent(request.headers.get("x-file-name") ?? "");
  } catch {
    name = "";
  }
  return name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 200) || "upload.xlsx";
}

/**
 * Runs an import and streams its progress to the page as NDJSON, ending with the outcome. The
 * response is marked no-transform so compression does not hold the progress lines back.
 */
export function streamImport(run: (emit: (e: ImportEvent) => void) => Promise<ImportOutcome>): Response {
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      const emit = (e: ImportEvent) => controller.enqueue(encoder.encode(`${JSON.stringify(e)}\n`));
      try {
        emit({ type: "outcome", outcome: await run(emit) });
      } catch (err) {
        console.error("import failed", err);
        emit({ type: "error", message: "errors.unexpected" });
      } finally {
        controller.close();
      }
    },
  });
  return new Response(body, {
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store, no-transform", "X-Accel-Buffering": "no" },
  });
}

/** A one-line answer in the same NDJSON form, for refusals before any reading (too large, not allowed). */
export function importRefusal(outcome: ImportOutcome, status: number): Response {
  return new Response(`${JSON.stringify({ type: "outcome", outcome } satisfies ImportEvent)}\n`, {
    status,
    headers: { "Content-Type": "application/x-ndjson; charset=utf-8", "Cache-Control": "no-store" },
  });
}

/** An .xlsx download with a readable (Chinese) file name and an ASCII fallback. */
export function xlsxResponse(body: Buffer, asciiName: string, displayName: string): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": XLSX_TYPE,
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(displayName)}`,
      "Cache-Control": "no-store",
    },
  });
}

/** Today in China, for file names. */
export function chinaDay(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
