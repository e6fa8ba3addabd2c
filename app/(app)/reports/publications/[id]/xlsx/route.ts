import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { publicationDocumentKind } from "@/lib/documents/publication";
import { getPublicationDocument } from "@/lib/documents/publication-queries";
import { documentWorkbook } from "@/lib/documents/render-xlsx";
import { downloadResponse, notFoundResponse, XLSX_TYPE } from "@/lib/http/download";

/** The 公示 notice or 命名 decision of a publication as .xlsx (its list in rank order under the document's head). */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFoundResponse();
  const kind = publicationDocumentKind(new URL(request.url).searchParams.get("doc"));
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const found = await getPublicationDocument(user, (await params).id, kind, t as never, locale);
  if (!found) return notFoundResponse();
  const body = await documentWorkbook(found.document, t(`documents.${kind}.short`));
  return downloadResponse(body, { type: XLSX_TYPE, name: `${found.document.title}.xlsx`, asciiName: `${kind}-${found.year}.xlsx` });
}
