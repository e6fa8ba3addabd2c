import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { resolvePeriod } from "@/lib/periods/queries";
import { rankingsWorkbook, workerRankingsWorkbook } from "@/lib/rankings/export";
import { getRankings, getWorkerRankings } from "@/lib/rankings/queries";
import { normaliseFilters, rankingFiltersSchema } from "@/lib/rankings/schemas";
import { parseSearchParams } from "@/lib/http/search-params";
import { xlsxResponse } from "@/lib/http/download";

/** The rankings page's table as .xlsx, with the same filters and the same scope. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "rankings.download")) return new Response("Not found", { status: 404 });
  const filters = normaliseFilters(parseSearchParams(rankingFiltersSchema, Object.fromEntries(new URL(request.url).searchParams)));
  const period = await resolvePeriod(user, filters.year);
  const [rankings, workerRankings] = period
    ? await Promise.all([getRankings(user, period, filters), filters.level === "worker" ? getWorkerRankings(user, period, filters) : null])
    : [null, null];
  if (!rankings || (filters.level === "worker" && !workerRankings)) return new Response("Not found", { status: 404 });
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const body = workerRankings ? await workerRankingsWorkbook(workerRankings, t as never) : await rankingsWorkbook(rankings, t as never, locale);
  return xlsxResponse(body, `rankings-${rankings.period.year}.xlsx`, `${t("rankings.title")}-${rankings.period.year}-${t(`rankings.level.${filters.level}`)}.xlsx`);
}
