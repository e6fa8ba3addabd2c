import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChevronLeft } from "@/components/icons";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { homeKindFor } from "@/lib/home/queries";
import { can } from "@/lib/auth/permissions";
import { saveTeamAction, saveUnitAction } from "@/lib/org/actions";
import { TeamForm, UnitForm } from "../org-forms";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("org");
  return { title: t("newTitle") };
}

/** A new unit (office) or a new team of the union's unit. */
export default async function NewOrgPage() {
  const user = await requireUser();
  const t = await getTranslations();
  const back = (
    <Link href="/org" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ChevronLeft className="size-4" />
      {homeKindFor(user) === "county" ? t("org.officeTitle") : t("org.unionTitle")}
    </Link>
  );
  if (can(user, "units.manage")) {
    return (
      <>
        {back}
        <PageHeader className="mt-2" title={t("org.newUnit")} description={t("org.form.unitDescription", { county: user.orgName })} />
        <UnitForm action={saveUnitAction.bind(null, null)} defaults={{}} cancelHref="/org" />
      </>
    );
  }
  if (can(user, "teams.manage")) {
    return (
      <>
        {back}
        <PageHeader className="mt-2" title={t("org.newTeam")} description={t("org.form.teamDescription", { unit: user.orgName })} />
        <TeamForm action={saveTeamAction.bind(null, null)} defaults={{ teamKind: "team" }} cancelHref="/org" />
      </>
    );
  }
  notFound();
}
