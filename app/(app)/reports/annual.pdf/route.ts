import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { downloadResponse, notFoundResponse, PDF_TYPE } from "@/lib/http/download";
import { chinaToday } from "@/lib/time";
import { getAnnualReport } from "@/lib/reports/annual";
import { annualReportPdf } from "@/lib/reports/annual-pdf";

/** The annual report as PDF: the office's county, a union's unit; anyone else gets "not found". */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return notFoundResponse();
  const { year } = yearParamSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const report = await getAnnualReport(user, year);
  if (!report) return notFoundResponse();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const body = await annualReportPdf(report, t as never, locale, chinaToday());
  return downloadResponse(body, { type: PDF_TYPE, name: `${t("reports.annualShort")}-${report.scope.name}-${report.year}.pdf`, asciiName: `annual-report-${report.year}.pdf` });
}
