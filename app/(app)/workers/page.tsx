import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { CheckCircle2, Download, FileUp, Search, UserPlus, Users } from "@/components/icons";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select-native";
import { EmptyState } from "@/components/empty-state";
import { ListPageHeader } from "@/components/list-page-header";
import { Pagination } from "@/components/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { WORKER_STATUSES } from "@/lib/domain/enums";
import { parseSearchParams } from "@/lib/http/search-params";
import { listPickers } from "@/lib/org/choices";
import { UnitTeamPickers } from "../_filters/unit-team-pickers";
import { listWorkers } from "@/lib/workers/queries";
import { workerListFiltersSchema } from "@/lib/workers/schemas";
import { RosterList } from "./roster-list";
import { GetSubmit } from "@/components/get-submit";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("workers.short") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function WorkersPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "workers.view")) notFound();
  const raw = await searchParams;
  const filters = parseSearchParams(workerListFiltersSchema, raw);
  const pick = listPickers(user);
  const [t, result] = await Promise.all([getTranslations(), listWorkers(user, filters)]);
  const filtered = Boolean(filters.q || filters.team || filters.unit || filters.status !== "active");
  const exportParams = new URLSearchParams();
  for (const [k, v] of Object.entries({ ...filters, page: undefined })) if (v !== undefined && v !== "") exportParams.set(k, String(v));
  const manage = can(user, "workers.manage");

  return (
    <>
      <ListPageHeader
        title={t("workers.title")}
        description={t("workers.description", { count: result.total })}
        links={[
          { href: `/workers/export?${exportParams}`, label: t("common.exportExcel"), icon: Download, variant: "outline", download: true },
          manage && { href: "/workers/import", label: t("imports.workers.button"), icon: FileUp, variant: "outline" },
          manage && { href: "/workers/new", label: t("workers.add"), icon: UserPlus },
        ]}
      />
      {raw.deleted ? (
        <Alert variant="success" className="mb-4">
          <CheckCircle2 />
          <AlertDescription>{t("workers.done.deleted")}</AlertDescription>
        </Alert>
      ) : null}
      <form method="get" className="mb-4 grid gap-2 rounded-xl border bg-card p-3 sm:grid-cols-[minmax(0,1fr)_auto_auto_auto_auto]" role="search">
        <label className="relative">
          <span className="sr-only">{t("workers.search")}</span>
          <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input name="q" defaultValue={filters.q ?? ""} placeholder={t("workers.searchPlaceholder")} className="pl-9 md:h-9" />
        </label>
        <UnitTeamPickers user={user} pick={pick} unitId={filters.unit} teamId={filters.team} className={{ unit: "sm:w-44", team: "sm:w-44" }} />
        <NativeSelect name="status" defaultValue={filters.status} aria-label={t("workers.col.status")} className="sm:w-28">
          {WORKER_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`enums.workerStatus.${s}`)}
            </option>
          ))}
        </NativeSelect>
        <GetSubmit className="h-10 md:h-9">{t("common.filter")}</GetSubmit>
      </form>

      {result.rows.length === 0 ? (
        <EmptyState
          icon={Users}
          title={filtered ? t("workers.noMatch") : t("home.leader.noWorkers")}
          description={filtered ? t("workers.noMatchHint") : manage ? t("workers.emptyManageHint") : t("home.leader.noWorkersHint")}
          action={
            filtered ? (
              <Button asChild variant="outline" className="h-11 md:h-9">
                <Link href="/workers">{t("common.clearFilters")}</Link>
              </Button>
            ) : manage ? (
              <Button asChild className="h-11 md:h-9">
                <Link href="/workers/import">
                  <FileUp />
                  {t("imports.workers.button")}
                </Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <>
          <RosterList rows={result.rows} showTeam={pick.team} />
          <Pagination page={result.page} pageCount={result.pageCount} params={filters} basePath="/workers" />
        </>
      )}
    </>
  );
}
