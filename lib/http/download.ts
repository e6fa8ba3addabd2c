import { XLSX_TYPE } from "@/lib/xlsx/workbook";

export { XLSX_TYPE };
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

/** An .xlsx download with a readable (Chinese) file name and an ASCII fallback. */
export function xlsxResponse(body: Buffer, asciiName: string, displayName: string): Response {
  return downloadResponse(body, { type: XLSX_TYPE, name: displayName, asciiName });
}

/** The "Not found" every document route answers with, outside the user's scope as for nothing there. */
export function notFoundResponse(): Response {
  return new Response("Not found", { status: 404 });
}
