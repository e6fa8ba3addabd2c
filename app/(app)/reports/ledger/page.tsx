import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { FileSpreadsheet } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { ledgerDocument } from "@/lib/ledger/document";
import { getLedger, listLedgerOrgs } from "@/lib/ledger/queries";
import { canPickOrgs } from "@/lib/org/choices";
import { OrgPicker } from "../../_filters/org-picker";
import { listPeriods } from "@/lib/periods/queries";
import { PeriodPills } from "../../dashboard/period-pills";
import { DocumentView } from "../document-view";
import { PrintButton } from "../print-button";
import { GetSubmit } from "@/components/get-submit";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("ledger");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The 台账 of a team or unit: pick one of one's subtree, then read, print or download it. */
export default async function LedgerPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "ledger.view")) notFound();
  const params = await searchParams;
  const { year } = yearParamSchema.parse(params);
  const orgParam = typeof params.org === "string" ? params.org : undefined;
  // A union or the office picks among its units and teams (searched as one types: a county has thousands);
  // a leader has one team, whose ledger opens straight away.
  const picks = canPickOrgs(user, "unitOrTeam");
  const [t, locale, orgs, periods] = await Promise.all([getTranslations(), getLocale(), picks ? [] : listLedgerOrgs(user), listPeriods(user)]);
  const orgId = orgParam || (orgs.length === 1 ? orgs[0]!.id : undefined);
  const ledger = orgId ? await getLedger(user, orgId, year) : null;
  if (orgId && !ledger) notFound();
  const query = (y: number) => `org=${ledger?.org.id ?? ""}&year=${y}`;
  return (
    <>
      <div className="print:hidden">
        <PageHeader
          eyebrow={t("reports.eyebrow")}
          title={ledger ? `${t("ledger.title")} · ${ledger.org.name}` : t("ledger.title")}
          description={t("ledger.pickHint")}
          actions={
            ledger ? (
              <>
                <PeriodPills periods={periods.map((p) => p.year)} current={ledger.period.year} basePath="/reports/ledger" params={{ org: ledger.org.id }} />
                <PrintButton label={t("documents.print")} />
                <Button asChild>
                  <a href={`/reports/ledger/xlsx?${query(ledger.period.year)}`}>
                    <FileSpreadsheet />
                    {t("documents.downloadXlsx")}
                  </a>
                </Button>
              </>
            ) : null
          }
        />
        {picks ? (
          <Card className="mb-5">
            <CardHeader>
              <CardTitle>{t("ledger.pick")}</CardTitle>
              <CardDescription>{t("ledger.pickHint")}</CardDescription>
            </CardHeader>
            <CardContent>
              <form method="get" action="/reports/ledger" className="flex flex-col gap-3 sm:flex-row sm:items-end">
                {year ? <input type="hidden" name="year" value={year} /> : null}
                <label className="grid flex-1 gap-1.5 text-sm">
                  <span className="font-medium">{t("ledger.orgLabel")}</span>
                  <OrgPicker
                    name="org"
                    level="unitOrTeam"
                    chosen={ledger ? { id: ledger.org.id, name: ledger.org.name, unitName: ledger.org.level === "team" ? ledger.org.unitName : null } : null}
                    labels={{ all: t("ledger.pick"), search: t("filters.searchOrgs"), noMatch: t("filters.noMatch"), loading: t("filters.loading") }}
                    ariaLabel={t("ledger.orgLabel")}
                    unitHint={t("ledger.unitHint")}
                  />
                </label>
                <GetSubmit variant="default">{t("ledger.open")}</GetSubmit>
              </form>
            </CardContent>
          </Card>
        ) : null}
      </div>
      {ledger ? <DocumentView document={ledgerDocument(ledger, t as never, locale)} /> : null}
    </>
  );
}
