import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChevronLeft, UserRoundCheck, Users } from "@/components/icons";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Button } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatMetricValue } from "@/lib/evaluations/format";
import { getTeamNominations } from "@/lib/evaluations/queries";
import { WorkerEvaluations } from "../evaluation-list";
import { NominateForm } from "./nominate-form";
import { withAreaMessages } from "@/components/area-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations.nominate");
  return { title: t("title") };
}

/** 知识型职工 提名: the leader picks workers of its active roster (within the team's limit) and fills in their assessments. */
async function NominatePage() {
  const user = await requireUser();
  if (!can(user, "evaluations.nominateWorkers")) notFound();
  const [t, locale, data] = await Promise.all([getTranslations(), getLocale(), getTeamNominations(user)]);
  const back = (
    <Link href="/evaluations" className="mb-3 inline-flex min-h-9 items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ChevronLeft className="size-4" />
      {t("evaluations.title")}
    </Link>
  );
  if (!data || !data.schemeId) {
    return (
      <>
        {back}
        <PageHeader title={t("evaluations.nominate.title")} />
        <EmptyState icon={UserRoundCheck} title={t("evaluations.nominate.noSchemeTitle")} description={t("evaluations.nominate.noSchemeHint")} />
      </>
    );
  }
  const left = Math.max(0, data.limit - data.nominated.length);
  return (
    <>
      {back}
      <PageHeader
        eyebrow={t("evaluations.yearOption", { year: data.period.year })}
        title={t("evaluations.nominate.title")}
        description={t("evaluations.nominate.description", { limit: data.limit })}
      />
      <div className="grid gap-8">
        <section aria-labelledby="nominated-heading" className="grid gap-3">
          <h2 id="nominated-heading" className="text-base font-semibold">
            {t("evaluations.nominate.nominatedTitle", { count: data.nominated.length, limit: data.limit })}
          </h2>
          {data.nominated.length ? (
            <WorkerEvaluations rows={data.nominated} showUnit={false} testId="nominated" />
          ) : (
            <p className="text-sm text-muted-foreground">{t("evaluations.nominate.noneYet")}</p>
          )}
        </section>
        <section aria-labelledby="candidates-heading" className="grid gap-3">
          <h2 id="candidates-heading" className="text-base font-semibold">
            {t("evaluations.nominate.candidatesTitle")}
          </h2>
          {left === 0 ? (
            <EmptyState icon={UserRoundCheck} title={t("evaluations.nominate.fullTitle")} description={t("evaluations.nominate.fullHint")} compact />
          ) : data.candidates.length === 0 ? (
            <EmptyState
              icon={Users}
              title={t("evaluations.nominate.noWorkersTitle")}
              description={t("evaluations.nominate.noWorkersHint")}
              compact
              action={
                <Button asChild variant="outline">
                  <Link href="/workers">{t("evaluations.nominate.toRoster")}</Link>
                </Button>
              }
            />
          ) : (
            <NominateForm
              left={left}
              candidates={data.candidates.map((c) => ({
                id: c.id,
                name: c.name,
                line: [
                  t(`enums.skillLevel.${c.skillLevel}`),
                  t("evaluations.nominate.hoursLine", { value: formatMetricValue("worker_study_hours", c.facts?.studyHours ?? 0, t, locale) }),
                  t("evaluations.nominate.adoptedLine", { value: formatMetricValue("worker_adopted_proposals", c.facts?.proposalsAdopted ?? 0, t, locale) }),
                  ...(c.facts?.innovations10k ? [t("evaluations.nominate.innovationsLine", { value: formatMetricValue("worker_innovations_10k", c.facts.innovations10k, t, locale) })] : []),
                ].join(t("evaluations.nominate.separator")),
                post: c.post,
              }))}
            />
          )}
        </section>
      </div>
    </>
  );
}

// Its forms and dialogs speak the evaluation area's messages.
export default withAreaMessages(["evaluations"], NominatePage);
