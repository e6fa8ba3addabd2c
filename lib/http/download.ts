export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const PDF_TYPE = "application/pdf";

/**
 * A file to download: `asciiName` for old clients, `name` (Chinese allowed) in RFC 5987 form, never
 * cached (the contents depend on who asks).
 */
export function downloadResponse(body: Buffer, { type, name, asciiName }: { type: string; name: string; asciiName: string }): Response {
  return new Response(new Uint8Array(body), {
    headers: {
      "Content-Type": type,
      "Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "private, no-store",
    },
  });
}

/** The "Not found" every document route answers with, outside the user's scope as for nothing there. */
export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404 });
}
