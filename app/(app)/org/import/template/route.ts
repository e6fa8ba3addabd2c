import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { xlsxResponse } from "@/lib/http/download";
import { orgsTemplate } from "@/lib/imports/workbooks";

/** The template of units and teams an office fills in. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user || !can(user, "units.manage")) return new Response("Not found", { status: 404 });
  const t = await getTranslations();
  return xlsxResponse(await orgsTemplate(t as never), "units-template.xlsx", `${t("imports.template.orgsFile", { county: user.orgName })}.xlsx`);
}
