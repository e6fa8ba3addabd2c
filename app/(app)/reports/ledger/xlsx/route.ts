import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { downloadResponse, notFoundResponse, XLSX_TYPE } from "@/lib/http/download";
import { getLedger } from "@/lib/ledger/queries";
import { publicOrigin } from "@/lib/http/origin";
import { ledgerWorkbook } from "@/lib/ledger/xlsx";

/** A team's or unit's 台账 for a year as .xlsx (?org=&year=), within the user's subtree. */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return notFoundResponse();
  const url = new URL(request.url);
  const { year } = yearParamSchema.parse(Object.fromEntries(url.searchParams));
  const ledger = await getLedger(user, url.searchParams.get("org") ?? "", year);
  if (!ledger) return notFoundResponse();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const body = await ledgerWorkbook(ledger, t as never, locale, publicOrigin(request));
  return downloadResponse(body, { type: XLSX_TYPE, name: `${t("ledger.title")}-${ledger.org.name}-${ledger.period.year}.xlsx`, asciiName: `ledger-${ledger.period.year}.xlsx` });
}
