import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { xlsxResponse } from "@/lib/http/download";
import { workersTemplate } from "@/lib/imports/workbooks";
import { listTeamChoices } from "@/lib/workers/queries";

/** The roster template, with the union's own teams as the team column's choices. */
export async function GET() {
  const user = await getCurrentUser();
  if (!user || !can(user, "workers.manage")) return new Response("Not found", { status: 404 });
  const [t, teams] = await Promise.all([getTranslations(), listTeamChoices(user)]);
  const body = await workersTemplate(
    teams.map((team) => team.name),
    t as never,
  );
  return xlsxResponse(body, "roster-template.xlsx", `${t("imports.template.workersFile", { unit: user.orgName })}.xlsx`);
}
