import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Building2, CheckCircle2, Download, FileUp, Plus, Search } from "@/components/icons";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { EmptyState } from "@/components/empty-state";
import { Pagination } from "@/components/pagination";
import { ListPageHeader, type HeaderLink } from "@/components/list-page-header";
import { requireUser } from "@/lib/auth/current-user";
import { homeKindFor } from "@/lib/home/queries";
import { can } from "@/lib/auth/permissions";
import { parseSearchParams } from "@/lib/http/search-params";
import { listArchivedOrgs, listTeamsInScope, listUnitsPage } from "@/lib/org/queries";
import { UNIT_SEARCH_MAX, unitListFiltersSchema } from "@/lib/org/schemas";
import { ArchivedList } from "./archived-list";
import { TeamsList } from "./teams-list";
import { chinaMidnight, yearStart } from "@/lib/time";
import { GetSubmit } from "@/components/get-submit";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("org.short") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OrgPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "org.view")) notFound();
  const unitHome = homeKindFor(user) === "unit";
  const raw = await searchParams;
  const filters = parseSearchParams(unitListFiltersSchema, raw);
  const [t, archived, teams, units] = await Promise.all([
    getTranslations(),
    listArchivedOrgs(user),
    unitHome ? listTeamsInScope(user) : [],
    unitHome ? null : listUnitsPage(user, chinaMidnight(yearStart()), filters),
  ]);
  const exportLink: HeaderLink = { href: "/org/export", label: t("common.exportExcel"), icon: Download, variant: "outline", download: true };
  const archivedNotice =
    raw.done === "archived" ? (
      <Alert variant="success" className="mb-4">
        <CheckCircle2 />
        <AlertDescription>{t("org.done.archived")}</AlertDescription>
      </Alert>
    ) : null;

  // A union's org page (no unit list was read): its unit's teams.
  if (!units) {
    return (
      <>
        <ListPageHeader
          title={t("org.unionTitle")}
          description={t("org.unionDescription", { unit: user.orgName, count: teams.length })}
          links={[exportLink, can(user, "teams.manage") && { href: "/org/new", label: t("org.newTeam"), icon: Plus }]}
        />
        {archivedNotice}
        {teams.length ? <TeamsList rows={teams} /> : <EmptyState icon={Building2} title={t("home.union.noTeams")} description={t("org.noTeamsHint")} />}
        <ArchivedList rows={archived} level="team" />
      </>
    );
  }
  const manage = can(user, "units.manage");
  return (
    <>
      <ListPageHeader
        title={t("org.officeTitle")}
        description={t("org.officeDescription", { county: user.orgName, count: units.inScope })}
        links={[
          exportLink,
          manage && { href: "/org/import", label: t("imports.orgs.button"), icon: FileUp, variant: "outline" },
          manage && { href: "/org/new", label: t("org.newUnit"), icon: Plus },
        ]}
      />
      {archivedNotice}
      {units.inScope > 0 ? (
        <form method="get" role="search" className="mb-4 flex gap-2 rounded-xl border bg-card p-3">
          <label className="relative flex-1">
            <span className="sr-only">{t("org.searchUnits")}</span>
            <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
            <Input name="q" defaultValue={filters.q ?? ""} maxLength={UNIT_SEARCH_MAX} placeholder={t("org.searchUnits")} className="pl-9 md:h-9" />
          </label>
          <GetSubmit className="h-10 md:h-9">{t("common.filter")}</GetSubmit>
        </form>
      ) : null}
      {units.inScope > 0 && units.total === 0 ? (
        <EmptyState
          icon={Building2}
          title={t("org.noUnitMatches")}
          description={t("records.empty.filteredHint")}
          action={
            <Button asChild variant="outline">
              <Link href="/org">{t("common.clearFilters")}</Link>
            </Button>
          }
        />
      ) : units.total === 0 ? (
        <EmptyState
          icon={Building2}
          title={t("org.noUnits")}
          description={t("org.noUnitsHint")}
          action={
            manage ? (
              <Button asChild className="h-11 md:h-9">
                <Link href="/org/import">
                  <FileUp />
                  {t("imports.orgs.button")}
                </Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 xl:grid-cols-3">
          {units.rows.map((u) => (
            <li key={u.id}>
              <Link href={`/org/${u.id}`} className="unit-card">
                <div className="flex items-start justify-between gap-2">
                  <span className="font-medium">{u.name}</span>
                  <Badge variant="secondary">{t(`enums.unitKind.${u.unitKind ?? "enterprise"}`)}</Badge>
                </div>
                <p className="mt-1 text-xs text-muted-foreground">{u.industry ?? "—"}</p>
                <dl className="unit-stats">
                  <div>
                    <dt>{t("org.col.teams")}</dt>
                    <dd>{t("units.count", { count: u.teamCount })}</dd>
                  </div>
                  <div>
                    <dt>{t("org.col.workers")}</dt>
                    <dd>{t("units.people", { count: u.workerCount })}</dd>
                  </div>
                  <div>
                    <dt>{t("org.col.activeAccounts")}</dt>
                    <dd>{t("units.count", { count: u.activeAccounts })}</dd>
                  </div>
                </dl>
                {u.contactName ? (
                  <p className="mt-3 text-xs text-muted-foreground">
                    {t("org.contact")}: {u.contactName} {u.contactPhone ?? ""}
                  </p>
                ) : null}
              </Link>
            </li>
          ))}
        </ul>
      )}
      {units.pageCount > 1 ? <Pagination page={units.page} pageCount={units.pageCount} params={{ q: filters.q }} basePath="/org" /> : null}
      <ArchivedList rows={archived} level="unit" />
    </>
  );
}
