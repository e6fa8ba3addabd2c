import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { downloadResponse, notFoundResponse, XLSX_TYPE } from "@/lib/http/download";
import { chinaToday } from "@/lib/time";
import { getAnnualReport } from "@/lib/reports/annual";
import { statisticsWorkbook } from "@/lib/reports/statistics-xlsx";

/** The statistics form for the higher-level union, as .xlsx: same figures and scope as the annual report. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return notFoundResponse();
  const { year } = yearParamSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const report = await getAnnualReport(user, year);
  if (!report) return notFoundResponse();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const body = await statisticsWorkbook(report, t as never, { filler: user.displayName, today: chinaToday(), locale });
  return downloadResponse(body, { type: XLSX_TYPE, name: `${t("statistics.sheet")}-${report.scope.name}-${report.year}.xlsx`, asciiName: `statistics-${report.year}.xlsx` });
}
