import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { certificatesPdf } from "@/lib/certificates/pdf";
import { getCertificate } from "@/lib/certificates/queries";
import { verifyUrlFor } from "@/lib/certificates/verify-url";
import { downloadResponse, notFoundResponse, PDF_TYPE } from "@/lib/http/download";

/** One title's certificate (A4 landscape PDF), for whoever's subtree holds the title; a withdrawn one is not issued. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const user = await getCurrentUser();
  if (!user) return notFoundResponse();
  const certificate = await getCertificate(user, (await params).id);
  if (!certificate) return notFoundResponse();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const body = await certificatesPdf([certificate], t as never, locale, verifyUrlFor(request));
  return downloadResponse(body, { type: PDF_TYPE, name: `${t("certificates.heading")}-${certificate.holder}-${certificate.year}.pdf`, asciiName: `certificate-${certificate.year}.pdf` });
}
