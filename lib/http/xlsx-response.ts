import "server-only";
import { XLSX_TYPE } from "@/lib/xlsx/workbook";

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
