import { getCurrentUser } from "@/lib/auth/current-user";
import { getEvidenceContent } from "@/lib/records/queries";

/**
 * Evidence bytes, only for users who may see the record; the same 404 for "missing" and "not yours".
 * NOTE: photos (re-encoded by sharp, so images and nothing else) are shown inline; a PDF is kept as
 * uploaded, and a PDF can also be valid HTML, so it is only ever downloaded. Both under a sandbox
 * policy that proxy.ts leaves in place.
 */
export async function GET(request: Request, { params }: { params: Promise<{ attachmentId: string }> }) {
  const user = await getCurrentUser();
  if (!user) return new Response("Not found", { status: 404 });
  const { attachmentId } = await params;
  const thumbnail = new URL(request.url).searchParams.get("thumb") === "1";
  const file = await getEvidenceContent(user, attachmentId, thumbnail);
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Disposition": `${file.mimeType.startsWith("image/") ? "inline" : "attachment"}; filename*=UTF-8''${encodeURIComponent(file.filename)}`,
      "Cache-Control": "private, max-age=3600",
      "X-Content-Type-Options": "nosniff",
      "Content-Security-Policy": "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox",
    },
  });
}
