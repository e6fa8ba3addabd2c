import { getLocale, getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listAccountsForExport } from "@/lib/accounts/queries";
import { resolveLocale } from "@/lib/i18n/locale";
import { xlsxResponse } from "@/lib/http/download";
import { chinaToday } from "@/lib/time";
import { orgWorkbook } from "@/lib/org/export";
import { listOrgTreeForExport } from "@/lib/org/queries";

/** Units and teams (the office's import columns) and the accounts below the user, as .xlsx. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user || !can(user, "org.view")) return new Response("Not found", { status: 404 });
  const [t, locale, rows, accounts] = await Promise.all([getTranslations(), getLocale(), listOrgTreeForExport(user), listAccountsForExport(user)]);
  const body = await orgWorkbook(rows, accounts, { locale: resolveLocale(locale), t: t as never });
  const day = chinaToday();
  return xlsxResponse(body, `organisation-${day}.xlsx`, `${user.orgName}-${t("org.export.fileName")}-${day}.xlsx`);
}
