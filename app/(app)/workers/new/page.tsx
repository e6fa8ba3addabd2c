import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChevronLeft } from "@/components/icons";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { saveWorkerAction } from "@/lib/workers/actions";
import { listTeamChoices } from "@/lib/workers/queries";
import { WorkerForm } from "../worker-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("workers");
  return { title: t("add") };
}

type Props = { searchParams: Promise<{ team?: string }> };

/** A union adds a worker to one of its teams (preselected when coming from a team's page). */
export default async function NewWorkerPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "workers.manage")) notFound();
  const [t, teams, { team }] = await Promise.all([getTranslations(), listTeamChoices(user), searchParams]);
  const preset = teams.find((x) => x.id === team)?.id ?? (teams.length === 1 ? teams[0]!.id : "");
  return (
    <>
      <Link href="/workers" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {t("workers.title")}
      </Link>
      <PageHeader className="mt-2" title={t("workers.add")} description={t("workers.form.addDescription", { unit: user.orgName })} />
      <div className="max-w-3xl">
        <WorkerForm action={saveWorkerAction.bind(null, null)} teams={teams} defaults={{ teamId: preset, skillLevel: "none" }} cancelHref={preset ? `/org/${preset}` : "/workers"} />
      </div>
    </>
  );
}
