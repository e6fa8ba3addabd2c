import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import Link from "next/link";
import { ClipboardCheck, UserRoundCheck } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getMyEvaluation, getTeamNominations, listEvaluationQueue, listSubjectsWithEvaluations, listWorkerEvaluations } from "@/lib/evaluations/queries";
import { listSchemes } from "@/lib/evaluations/scheme-queries";
import { getCurrentPeriod } from "@/lib/periods/queries";
import { EvaluationQueue, SubjectEvaluations, WorkerEvaluations } from "./evaluation-list";
import { MyEvaluationCard } from "./my-evaluation";
import { SchemesSection } from "./schemes-section";
import { PublicationsSection } from "./publications/publications-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations");
  return { title: t("title") };
}

function Section({ title, description, children, id }: { title: string; description?: string; children: React.ReactNode; id: string }) {
  return (
    <section aria-labelledby={id} className="grid gap-3">
      <div>
        <h2 id={id} className="text-base font-semibold">
          {title}
        </h2>
        {description ? <p className="text-sm text-muted-foreground">{description}</p> : null}
      </div>
      {children}
    </section>
  );
}

/**
 * 评估考核: for a leader or a union, its own evaluation of the year and (union) its teams' waiting for
 * review; for the office, the units' to review, everything to confirm, progress, and the schemes.
 */
export default async function EvaluationsPage() {
  const user = await requireUser();
  if (!can(user, "evaluations.view")) notFound();
  const [t, period, queue] = await Promise.all([getTranslations(), getCurrentPeriod(user), listEvaluationQueue(user)]);
  const mine = user.role === "office" ? null : await getMyEvaluation(user);
  const teams = period && user.role !== "leader" ? await listSubjectsWithEvaluations(user, period, "team") : [];
  const units = period && user.role === "office" ? await listSubjectsWithEvaluations(user, period, "unit") : [];
  const schemes = can(user, "schemes.manage") ? await listSchemes(user) : [];
  const nominations = user.role === "leader" ? await getTeamNominations(user) : null;
  const workerRows = period && user.role !== "leader" ? await listWorkerEvaluations(user, period) : (nominations?.nominated ?? []);
  const canNominateMore = nominations?.schemeId ? nominations.nominated.length < nominations.limit && nominations.candidates.length > 0 : false;

  return (
    <>
      <PageHeader eyebrow={t(`evaluations.eyebrow.${user.role}`)} title={t("evaluations.title")} description={t(`evaluations.description.${user.role}`)} />
      <div className="grid gap-8">
        {mine ? <MyEvaluationCard mine={mine} /> : null}

        {user.role !== "leader" ? (
          <Section id="review-heading" title={t(`evaluations.queue.reviewTitle.${user.role}`)} description={t(`evaluations.queue.reviewHint.${user.role}`)}>
            {queue.review.length ? (
              <EvaluationQueue rows={queue.review} showUnit={user.role === "office"} testId="review-queue" />
            ) : (
              <EmptyState icon={ClipboardCheck} title={t("evaluations.queue.emptyTitle")} description={t(`evaluations.queue.emptyHint.${user.role}`)} className="py-8" />
            )}
          </Section>
        ) : null}

        {user.role === "office" ? (
          <Section id="confirm-heading" title={t("evaluations.queue.confirmTitle")} description={t("evaluations.queue.confirmHint")}>
            {queue.confirm.length ? (
              <EvaluationQueue rows={queue.confirm} showUnit testId="confirm-queue" />
            ) : (
              <EmptyState icon={ClipboardCheck} title={t("evaluations.queue.emptyTitle")} description={t("evaluations.queue.confirmEmpty")} className="py-8" />
            )}
          </Section>
        ) : null}

        {units.length ? (
          <Section id="units-heading" title={t("evaluations.progress.units", { year: period!.year })}>
            <SubjectEvaluations rows={units} showUnit={false} testId="unit-progress" />
          </Section>
        ) : null}

        {teams.length ? (
          <Section id="teams-heading" title={t("evaluations.progress.teams", { year: period!.year })}>
            <SubjectEvaluations rows={teams} showUnit={user.role === "office"} testId="team-progress" />
          </Section>
        ) : null}

        {period ? (
          <Section id="workers-heading" title={t("evaluations.workers.title", { year: period.year })} description={t(`evaluations.workers.hint.${user.role}`, { limit: nominations?.limit ?? 0 })}>
            {workerRows.length ? <WorkerEvaluations rows={workerRows} showUnit={user.role === "office"} testId="worker-evaluations" /> : null}
            {user.role === "leader" && canNominateMore ? (
              <div>
                <Button asChild size="lg">
                  <Link href="/evaluations/nominate">
                    <UserRoundCheck />
                    {t("evaluations.workers.nominate")}
                  </Link>
                </Button>
              </div>
            ) : null}
            {!workerRows.length && !canNominateMore ? (
              <EmptyState
                icon={UserRoundCheck}
                title={t("evaluations.workers.emptyTitle")}
                description={user.role === "leader" && !nominations?.schemeId ? t("evaluations.nominate.noSchemeHint") : t(`evaluations.workers.emptyHint.${user.role}`)}
                className="py-8"
              />
            ) : null}
          </Section>
        ) : null}

        {can(user, "publications.view") ? <PublicationsSection user={user} period={period} /> : null}

        {can(user, "schemes.manage") ? <SchemesSection schemes={schemes} currentPeriod={period ? { id: period.id, year: period.year } : null} /> : null}
      </div>
    </>
  );
}
