import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { dashboardWorkbook } from "@/lib/dashboard/export";
import { getDashboard } from "@/lib/dashboard/queries";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { downloadResponse, notFoundResponse, XLSX_TYPE } from "@/lib/http/download";
import { resolvePeriod } from "@/lib/periods/queries";

/** The dashboard's figures of the year shown, as .xlsx: the office's alone, like the page. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "dashboard.view")) return notFoundResponse();
  const { year } = yearParamSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const period = await resolvePeriod(user, year);
  const data = period ? await getDashboard(user, period) : null;
  if (!data) return notFoundResponse();
  const t = await getTranslations();
  return downloadResponse(await dashboardWorkbook(data, t as never), { type: XLSX_TYPE, name: `${t("dashboard.title")}-${data.period.year}.xlsx`, asciiName: `dashboard-${data.period.year}.xlsx` });
}
