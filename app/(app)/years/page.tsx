import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CalendarCheck, CalendarDays, CalendarPlus, CircleCheck, CopyPlus, LockOpen } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ConfirmAction } from "@/components/confirm-action";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { ReasonDialog } from "@/components/reason-dialog";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { closeYearAction, openDueYearsAction, prepareSchemesAction, reopenYearAction } from "@/lib/periods/actions";
import { listYears, missingYears, openItemsOf, type YearChecklist, type YearRow } from "@/lib/periods/years";
import { chinaToday, yearEnd, yearStart } from "@/lib/time";
import { recordListHref } from "@/lib/records/schemas";
import { CloseYearDialog } from "./close-year-dialog";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("years");
  return { title: t("title") };
}

const CHECKLIST_LINKS: Record<keyof YearChecklist, (year: number) => string> = {
  recordsWaiting: () => "/review",
  recordsUnsent: (year) => recordListHref({ from: yearStart(year), to: yearEnd(year) }),
  evaluationsOpen: (year) => `/evaluations?year=${year}`,
  postingsUnnamed: (year) => `/evaluations?year=${year}`,
};

async function Checklist({ row }: { row: YearRow }) {
  const t = await getTranslations("years");
  const items = (Object.keys(CHECKLIST_LINKS) as (keyof YearChecklist)[]).filter((k) => row.checklist[k] > 0);
  if (!items.length) {
    // "Nothing open" is news only where it means the year can be closed.
    if (!row.canClose) return null;
    return (
      <p className="flex items-center gap-2 text-sm text-[oklch(0.45_0.12_155)]">
        <CircleCheck className="size-4" />
        {t("checklistClear")}
      </p>
    );
  }
  return (
    <div className="space-y-2" data-testid={`checklist-${row.period.year}`}>
      <p className="text-sm font-medium">{t("checklistTitle")}</p>
      <ul className="divide-y rounded-lg border text-sm">
        {items.map((k) => (
          <li key={k} className="flex min-h-11 items-center justify-between gap-3 px-3 py-2">
            <span>{t(`checklist.${k}`, { count: row.checklist[k] })}</span>
            <Link href={CHECKLIST_LINKS[k](row.period.year)} className="shrink-0 text-primary underline-offset-4 hover:underline">
              {t(k.startsWith("records") ? "checklistLink.records" : "checklistLink.evaluations")}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The office's evaluation years: open, close after 命名 (with the checklist), reopen with a reason, prepare schemes. */
export default async function YearsPage() {
  const user = await requireUser();
  if (!can(user, "years.manage")) notFound();
  const [t, rows, missing] = await Promise.all([getTranslations("years"), listYears(user), missingYears(user)]);
  if (!rows) notFound();
  const today = chinaToday();
  const currentYear = Number(today.slice(0, 4));

  return (
    <>
      <PageHeader eyebrow={t("eyebrow")} title={t("title")} description={t("description")} />
      {missing.length ? (
        <Card className="mb-4 border-primary/40">
          <CardContent className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
            <p className="text-sm">{t("openDueHint", { years: missing.join("、") })}</p>
            <ConfirmAction
              label={t("openDue", { year: missing.join("、") })}
              icon={<CalendarPlus />}
              title={t("openDue", { year: missing.join("、") })}
              description={t("description")}
              confirmLabel={t("openDue", { year: missing.join("、") })}
              action={openDueYearsAction}
              variant="default"
              size="lg"
            />
          </CardContent>
        </Card>
      ) : null}
      {!rows.length ? (
        <EmptyState icon={CalendarDays} title={t("empty")} description={t("emptyHint")} />
      ) : (
        <div className="grid gap-4 lg:grid-cols-2">
          {rows.map((row) => {
            const { period } = row;
            const upcoming = period.startsOn > today;
            const status = period.status === "closed" ? "closed" : upcoming ? "upcoming" : "open";
            return (
              <Card key={period.id} data-testid={`year-${period.year}`}>
                <CardHeader>
                  <div className="flex flex-wrap items-center gap-2">
                    <CardTitle className="text-lg">{t("switchYear", { year: period.year })}</CardTitle>
                    <Badge variant={status === "closed" ? "secondary" : status === "open" ? "success" : "warning"}>{t(`status.${status}`)}</Badge>
                    {period.year === currentYear ? <Badge variant="outline">{t("current")}</Badge> : null}
                    {period.year === currentYear + 1 ? <Badge variant="outline">{t("next")}</Badge> : null}
                  </div>
                  <CardDescription>
                    {t("range", { start: period.startsOn, end: period.endsOn })}
                    {period.closedAt ? ` · ${t("closedBy", { name: row.closedByName ?? "", date: chinaToday(period.closedAt) })}` : null}
                  </CardDescription>
                </CardHeader>
                <CardContent className="space-y-4">
                  {upcoming ? null : <Checklist row={row} />}
                  <p className="text-sm text-muted-foreground">{t("schemes", row.schemes)}</p>
                  <div className="flex flex-wrap items-center gap-2">
                    {row.canPrepareSchemes ? (
                      <ConfirmAction
                        label={t("prepareSchemes")}
                        icon={<CopyPlus />}
                        title={t("prepareSchemes")}
                        description={t("prepareSchemesHint")}
                        confirmLabel={t("prepareSchemes")}
                        action={prepareSchemesAction.bind(null, period.id)}
                        size="lg"
                      />
                    ) : null}
                    {row.canClose ? (
                      <CloseYearDialog year={period.year} version={period.version} openItems={openItemsOf(row.checklist)} action={closeYearAction.bind(null, period.id)}>
                        <Checklist row={row} />
                      </CloseYearDialog>
                    ) : null}
                    {row.canReopen ? (
                      <ReasonDialog
                        action={reopenYearAction.bind(null, period.id)}
                        version={period.version}
                        icon={<LockOpen />}
                        label={t("reopen")}
                        title={t("reopenTitle", { year: period.year })}
                        description={t("reopenDescription")}
                        confirm={t("reopen")}
                        placeholder={t("reasonPlaceholder")}
                      />
                    ) : null}
                    {period.status === "open" && !row.ended ? (
                      <span className="flex items-center gap-1.5 text-xs text-muted-foreground">
                        <CalendarCheck className="size-3.5" />
                        {t("notEnded")}
                      </span>
                    ) : null}
                  </div>
                </CardContent>
              </Card>
            );
          })}
        </div>
      )}
    </>
  );
}
