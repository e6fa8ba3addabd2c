import "server-only";
import { MAX_IMPORT_BYTES } from "./read-sheet";
import type { ImportEvent, ImportOutcome } from "./types";

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
