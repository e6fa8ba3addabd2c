import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { Download } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { listPeriods } from "@/lib/periods/queries";
import { chinaToday } from "@/lib/time";
import { getAnnualReport } from "@/lib/reports/annual";
import { annualReportDocument } from "@/lib/reports/annual-document";
import { PeriodPills } from "../../dashboard/period-pills";
import { DocumentView } from "../document-view";
import { PrintButton } from "../print-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("annualShort") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The annual report as a printable A4 document (the office's county, a union's unit). */
export default async function AnnualReportPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "reports.view")) notFound();
  const { year } = yearParamSchema.parse(await searchParams);
  const [report, periods, t, locale] = await Promise.all([getAnnualReport(user, year), listPeriods(user), getTranslations(), getLocale()]);
  if (!report) notFound();
  const today = chinaToday();
  return (
    <>
      <div className="print:hidden">
        <PageHeader
          eyebrow={t("reports.eyebrow")}
          title={t("reports.annualShort")}
          description={t("documents.printHint")}
          actions={
            <>
              <PeriodPills periods={periods.map((p) => p.year)} current={report.year} basePath="/reports/annual" />
              <PrintButton label={t("documents.print")} />
              <Button asChild>
                <Link href={`/reports/annual.pdf?year=${report.year}`} prefetch={false}>
                  <Download />
                  {t("documents.downloadPdf")}
                </Link>
              </Button>
            </>
          }
        />
      </div>
      <DocumentView document={annualReportDocument(report, t as never, locale, today)} />
    </>
  );
}
