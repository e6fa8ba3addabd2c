import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { resolveLocale } from "@/lib/i18n/locale";
import { xlsxResponse } from "@/lib/http/download";
import { chinaToday } from "@/lib/time";
import { rosterWorkbook } from "@/lib/workers/export";
import { listWorkersForExport } from "@/lib/workers/queries";
import { workerListFiltersSchema } from "@/lib/workers/schemas";

/** The roster list as .xlsx, with the page's filters; the columns import again unchanged. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "workers.view")) return new Response("Not found", { status: 404 });
  const filters = workerListFiltersSchema.parse(Object.fromEntries(new URL(request.url).searchParams));
  const [t, locale, rows] = await Promise.all([getTranslations(), getLocale(), listWorkersForExport(user, filters)]);
  const body = await rosterWorkbook(rows, { locale: resolveLocale(locale), showUnit: can(user, "lists.acrossUnits"), t: t as never });
  const day = chinaToday();
  return xlsxResponse(body, `roster-${day}.xlsx`, `${user.orgName}-${t("workers.title")}-${day}.xlsx`);
}
