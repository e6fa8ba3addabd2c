import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { certificatesPdf } from "@/lib/certificates/pdf";
import { listCertificatesOfPublication } from "@/lib/certificates/queries";
import { verifyUrlFor } from "@/lib/certificates/verify-url";
import { downloadResponse, notFoundResponse, PDF_TYPE } from "@/lib/http/download";

/** Every standing certificate of a naming in one PDF, a page each: the office's, for printing them all. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFoundResponse();
  const certificates = await listCertificatesOfPublication(user, (await params).id);
  if (!certificates?.length) return notFoundResponse();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const body = await certificatesPdf(certificates, t as never, locale, verifyUrlFor(request));
  const { target, year } = certificates[0]!;
  return downloadResponse(body, { type: PDF_TYPE, name: `${t(`titles.name.${target}`, { year })}-${t("certificates.batchTitle")}.pdf`, asciiName: `certificates-${year}-${target}.pdf` });
}
