import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BookMarked, ChartColumn, FileSpreadsheet, FileText, Megaphone, Trophy } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { listPeriods, resolvePeriod } from "@/lib/periods/queries";
import { listPublications } from "@/lib/titles/queries";
import { PeriodPills } from "../dashboard/period-pills";
import { PhaseBadge } from "../evaluations/publications/phase-badge";
import { PublicationDocuments } from "../evaluations/publications/publication-documents";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function DocCard({ icon: Icon, title, description, children, testId }: { icon: typeof FileText; title: string; description: string; children: React.ReactNode; testId: string }) {
  return (
    <Card data-testid={testId}>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <Icon className="size-4 text-primary" />
          {title}
        </CardTitle>
        <CardDescription>{description}</CardDescription>
      </CardHeader>
      <CardContent className="flex flex-wrap gap-2">{children}</CardContent>
    </Card>
  );
}

/** The year's documents the user may produce, each where it is read, printed or downloaded. */
export default async function ReportsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "ledger.view")) notFound();
  const { year } = yearParamSchema.parse(await searchParams);
  const [t, period, periods, publications] = await Promise.all([getTranslations(), resolvePeriod(user, year), listPeriods(user), listPublications(user)]);
  const shown = period?.year;
  const ofYear = publications.filter((p) => p.year === shown);
  const y = shown ? `year=${shown}` : "";
  return (
    <>
      <PageHeader
        eyebrow={t("reports.eyebrow")}
        title={t("reports.title")}
        description={t("reports.description")}
        actions={shown ? <PeriodPills periods={periods.map((p) => p.year)} current={shown} basePath="/reports" /> : null}
      />
      <div className="grid gap-4 md:grid-cols-2">
        {can(user, "reports.view") ? (
          <>
            <DocCard testId="doc-annual" icon={FileText} title={t("reports.annualShort")} description={t("reports.annualHint")}>
              <Button asChild>
                <Link href={`/reports/annual?${y}`}>{t("reports.openPrint")}</Link>
              </Button>
              <Button asChild variant="outline">
                <a href={`/reports/annual.pdf?${y}`}>{t("documents.downloadPdf")}</a>
              </Button>
            </DocCard>
            <DocCard testId="doc-statistics" icon={FileSpreadsheet} title={t("statistics.download")} description={t("reports.statisticsHint")}>
              <Button asChild variant="outline">
                <a href={`/reports/statistics.xlsx?${y}`}>{t("documents.downloadXlsx")}</a>
              </Button>
            </DocCard>
          </>
        ) : null}
        <DocCard testId="doc-ledger" icon={BookMarked} title={t("ledger.title")} description={t("ledger.pickHint")}>
          <Button asChild variant={can(user, "reports.view") ? "outline" : "default"}>
            <Link href={`/reports/ledger?${y}`}>{t("ledger.open")}</Link>
          </Button>
        </DocCard>
        {can(user, "dashboard.view") || can(user, "rankings.view") ? (
          <DocCard testId="doc-exports" icon={ChartColumn} title={t("reports.exportsTitle")} description={t("reports.exportsHint")}>
            {can(user, "dashboard.view") ? (
              <Button asChild variant="outline">
                <a href={`/dashboard/export?${y}`}>
                  <ChartColumn />
                  {t("nav.dashboard.office")}
                </a>
              </Button>
            ) : null}
            <Button asChild variant="outline">
              <a href={`/rankings/export?${y}`}>
                <Trophy />
                {t("rankings.title")}
              </a>
            </Button>
          </DocCard>
        ) : null}
      </div>
      {can(user, "publications.view") ? (
        <section className="mt-6" aria-labelledby="pub-docs">
          <h2 id="pub-docs" className="mb-3 flex items-center gap-2 text-base font-semibold">
            <Megaphone className="size-4 text-primary" />
            {t("reports.publicationsTitle")}
          </h2>
          {ofYear.length === 0 ? (
            <p className="text-sm text-muted-foreground">{t("reports.noPublications", { year: shown ?? "" })}</p>
          ) : (
            <ul className="grid gap-2">
              {ofYear.map((p) => (
                <li key={p.id} className="flex flex-col gap-2 rounded-xl border bg-card px-4 py-3 sm:flex-row sm:items-center" data-testid="publication-documents" data-target={p.target}>
                  <span className="flex min-w-0 flex-1 items-center gap-2">
                    <span className="font-medium">{t(`enums.evaluationTarget.${p.target}`)}</span>
                    <PhaseBadge phase={p.phase} />
                  </span>
                  <span className="flex flex-wrap gap-2">
                    <PublicationDocuments publication={p} certificates={can(user, "titles.manage")} compact />
                  </span>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}
    </>
  );
}
