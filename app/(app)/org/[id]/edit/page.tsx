import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChevronLeft } from "@/components/icons";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { saveTeamAction, saveUnitAction } from "@/lib/org/actions";
import { getOrg } from "@/lib/org/queries";
import { TeamForm, UnitForm } from "../../org-forms";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const org = await getOrg(user, (await params).id);
  return { title: org?.name };
}

/** Editing a unit (office) or a team (union); what the user may not edit does not exist here. */
export default async function EditOrgPage({ params }: Props) {
  const user = await requireUser();
  const org = await getOrg(user, (await params).id);
  const editable = org && ((org.level === "unit" && can(user, "units.manage")) || (org.level === "team" && can(user, "teams.manage")));
  if (!org || !editable) notFound();
  const t = await getTranslations();
  const back = (
    <Link href={`/org/${org.id}`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ChevronLeft className="size-4" />
      {org.name}
    </Link>
  );
  return (
    <>
      {back}
      <PageHeader className="mt-2" title={org.level === "unit" ? t("org.editUnit") : t("org.editTeam")} eyebrow={<span data-user-content>{org.name}</span>} />
      {org.level === "unit" ? (
        <UnitForm
          action={saveUnitAction.bind(null, org.id)}
          version={org.version}
          defaults={{ name: org.name, unitKind: org.unitKind, industry: org.industry, contactName: org.contactName, contactPhone: org.contactPhone }}
          cancelHref={`/org/${org.id}`}
        />
      ) : (
        <TeamForm action={saveTeamAction.bind(null, org.id)} version={org.version} defaults={{ name: org.name, teamKind: org.teamKind }} cancelHref={`/org/${org.id}`} />
      )}
    </>
  );
}
