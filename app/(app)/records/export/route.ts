import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { recordsWorkbook } from "@/lib/records/export";
import { listRecordsForExport } from "@/lib/records/queries";
import { parseSearchParams } from "@/lib/http/search-params";
import { xlsxResponse } from "@/lib/http/download";
import { recordListFiltersSchema } from "@/lib/records/schemas";
import { chinaToday } from "@/lib/time";

/** The record list (or, with queue=1, the review queue) as .xlsx, with the page's filters applied. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "records.view")) return new Response("Not found", { status: 404 });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const filters = parseSearchParams(recordListFiltersSchema, params);
  const queue = params.queue === "1" && can(user, "review.view");
  const [t, rows] = await Promise.all([getTranslations(), listRecordsForExport(user, filters, queue)]);
  const body = await recordsWorkbook(rows, filters.kind, t as never);
  const day = chinaToday();
  return xlsxResponse(body, `records-${day}.xlsx`, `${queue ? t("review.title") : t("records.title")}-${day}.xlsx`);
}
