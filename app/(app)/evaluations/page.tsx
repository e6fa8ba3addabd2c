import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Link } from "@/components/ui/link";
import { ClipboardCheck, UserRoundCheck } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import { LinkTabs } from "@/components/link-tabs";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { listPeriods } from "@/lib/periods/queries";
import { PeriodPills } from "../dashboard/period-pills";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { Paged } from "@/lib/db/paginate";
import { getEvaluationsOverview } from "@/lib/evaluations/overview";
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
 * The evaluation area's client messages go with the few forms here that speak them (each wraps its own in
 * `<AreaMessages>`), not with the lists: the office's 待办 has none.
 */
const queryOf = (params: Record<string, string | undefined>) => {
  const q = new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined)).toString();
  return q ? `?${q}` : "";
};

export default async function EvaluationsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  if (!can(user, "evaluations.view")) notFound();
  const raw = await searchParams;
  const pageParam = (v: unknown) => Math.max(1, Math.min(10_000, Number.parseInt(String(v ?? "1"), 10) || 1));
  const page = pageParam(raw.page);
  const confirmPage = pageParam(raw.confirmPage);
  // A leader's page is short and has no tabs; a union's and an office's are split into tabs, one list each.
  const { year } = yearParamSchema.parse(raw);
  const [t, o, periods] = await Promise.all([getTranslations(), getEvaluationsOverview(user, { view: typeof raw.view === "string" ? raw.view : undefined, page, confirmPage, year }), listPeriods(user)]);
  const { views, view, period, nominations, canNominateMore } = o;
  // Another year than the current one is kept in the tabs and pages (the year switch sits in the header).
  const yearParam = year !== undefined && period && period.year === year ? String(year) : undefined;
  const pages = (list: Paged<unknown>) => (list.pageCount > 1 ? <Pagination page={list.page} pageCount={list.pageCount} params={{ view, year: yearParam }} basePath="/evaluations" /> : null);

  return (
    <>
      <PageHeader
        eyebrow={t(`evaluations.eyebrow.${user.role}`)}
        title={t("evaluations.title")}
        description={t(`evaluations.description.${user.role}`)}
        actions={period ? <PeriodPills periods={periods.map((p) => p.year)} current={period.year} basePath="/evaluations" params={{ view: view === views[0] ? undefined : view }} /> : null}
      />
      <div className="grid grid-cols-1 gap-8">
        {o.mine ? <MyEvaluationCard mine={o.mine} /> : null}

        {views.length > 1 ? (
          <div className="-mb-8 min-w-0">
            <LinkTabs
              label={t("evaluations.tabs.label")}
              current={view}
              tabs={views.map((v) => ({ key: v, href: `/evaluations${queryOf({ view: v === views[0] ? undefined : v, year: yearParam })}`, label: t(`evaluations.tabs.${v}`), count: v === "todo" ? o.waiting : undefined }))}
            />
          </div>
        ) : null}

        {o.review ? (
          <Section id="review-heading" title={t(`evaluations.queue.reviewTitle.${user.role}`)} description={t(`evaluations.queue.reviewHint.${user.role}`)}>
            {o.review.total ? (
              <>
                <EvaluationQueue rows={o.review.rows} showUnit={o.showUnit} testId="review-queue" />
                {o.review.pageCount > 1 ? <Pagination page={o.review.page} pageCount={o.review.pageCount} params={{ view, confirmPage: o.confirm?.page }} basePath="/evaluations" /> : null}
              </>
            ) : (
              <EmptyState icon={ClipboardCheck} title={t("evaluations.queue.emptyTitle")} description={t(`evaluations.queue.emptyHint.${user.role}`)} compact />
            )}
          </Section>
        ) : null}

        {o.confirm ? (
          <Section id="confirm-heading" title={t("evaluations.queue.confirmTitle")} description={t("evaluations.queue.confirmHint")}>
            {o.confirm.total ? (
              <>
                <EvaluationQueue rows={o.confirm.rows} showUnit testId="confirm-queue" />
                {o.confirm.pageCount > 1 ? <Pagination page={o.confirm.page} pageCount={o.confirm.pageCount} params={{ view, page: o.review?.page }} pageParam="confirmPage" basePath="/evaluations" /> : null}
              </>
            ) : (
              <EmptyState icon={ClipboardCheck} title={t("evaluations.queue.emptyTitle")} description={t("evaluations.queue.confirmEmpty")} compact />
            )}
          </Section>
        ) : null}

        {period && o.units ? (
          <Section id="units-heading" title={t("evaluations.progress.units", { year: period.year })}>
            {o.units.total ? (
              <>
                <SubjectEvaluations rows={o.units.rows} showUnit={false} testId="unit-progress" />
                {pages(o.units)}
              </>
            ) : (
              <EmptyState icon={ClipboardCheck} title={t("evaluations.progress.emptyTitle")} description={t("evaluations.progress.emptyUnits")} compact />
            )}
          </Section>
        ) : null}

        {period && o.teams ? (
          <Section id="teams-heading" title={t("evaluations.progress.teams", { year: period.year })}>
            {o.teams.total ? (
              <>
                <SubjectEvaluations rows={o.teams.rows} showUnit={o.showUnit} testId="team-progress" />
                {pages(o.teams)}
              </>
            ) : (
              <EmptyState icon={ClipboardCheck} title={t("evaluations.progress.emptyTitle")} description={t(`evaluations.progress.emptyTeams.${user.role}`)} compact />
            )}
          </Section>
        ) : null}

        {period && o.workers ? (
          <Section id="workers-heading" title={t("evaluations.workers.title", { year: period.year })} description={t(`evaluations.workers.hint.${user.role}`, { limit: nominations?.limit ?? 0 })}>
            {o.workers.total ? (
              <>
                <WorkerEvaluations rows={o.workers.rows} showUnit={o.showUnit} testId="worker-evaluations" />
                {pages(o.workers)}
              </>
            ) : null}
            {canNominateMore ? (
              <div>
                <Button asChild size="lg">
                  <Link href="/evaluations/nominate">
                    <UserRoundCheck />
                    {t("evaluations.workers.nominate")}
                  </Link>
                </Button>
              </div>
            ) : null}
            {!o.workers.total && !canNominateMore ? (
              <EmptyState
                icon={UserRoundCheck}
                title={t("evaluations.workers.emptyTitle")}
                description={nominations && !nominations.schemeId ? t("evaluations.nominate.noSchemeHint") : t(`evaluations.workers.emptyHint.${user.role}`)}
                compact
              />
            ) : null}
          </Section>
        ) : null}

        {o.publications ? <PublicationsSection user={user} period={period} /> : null}

        {o.schemes ? <SchemesSection schemes={o.schemes} currentPeriod={period ? { id: period.id, year: period.year } : null} /> : null}
      </div>
    </>
  );
}
