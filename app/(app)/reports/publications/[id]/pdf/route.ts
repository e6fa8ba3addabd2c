import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { publicationDocumentKind } from "@/lib/documents/publication";
import { getPublicationDocument } from "@/lib/documents/publication-queries";
import { renderDocumentPdf } from "@/lib/documents/render-pdf";
import { downloadResponse, notFoundResponse, PDF_TYPE } from "@/lib/http/download";

/** The 公示 notice (?doc=notice) or 命名 decision (?doc=decision) of a publication as an A4 PDF. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFoundResponse();
  const kind = publicationDocumentKind(new URL(request.url).searchParams.get("doc"));
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const found = await getPublicationDocument(user, (await params).id, kind, t as never, locale);
  if (!found) return notFoundResponse();
  const body = await renderDocumentPdf(found.document, { author: found.document.issuer, pageLabel: (page) => t("documents.pageNumber", { page }) });
  return downloadResponse(body, { type: PDF_TYPE, name: `${found.document.title}.pdf`, asciiName: `${kind}-${found.year}.pdf` });
}
