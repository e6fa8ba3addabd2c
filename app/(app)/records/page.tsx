import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Download, FileText, Plus } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { listPickers } from "@/lib/org/choices";
import { kindsLoggableBy } from "@/lib/records/kinds";
import { listRecords } from "@/lib/records/queries";
import { parseSearchParams } from "@/lib/http/search-params";
import { filterQuery, recordListFiltersSchema } from "@/lib/records/schemas";
import { RecordFilters } from "./record-filters";
import { RecordList } from "./record-list";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("records.short") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function RecordsPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "records.view")) notFound();
  const filters = parseSearchParams(recordListFiltersSchema, await searchParams);
  const [t, result] = await Promise.all([getTranslations(), listRecords(user, filters)]);
  const rest = { ...filters, page: undefined };
  const canLog = kindsLoggableBy(user.role).length > 0;
  const filtered = Object.values(rest).some((v) => v !== undefined && v !== "");
  return (
    <>
      <PageHeader
        title={t("records.title")}
        description={t("records.description", { count: result.total })}
        actions={
          <>
            <Button asChild variant="outline">
              <a href={`/records/export?${filterQuery(filters)}`} download>
                <Download />
                {t("records.export")}
              </a>
            </Button>
            {canLog ? (
              <Button asChild>
                <Link href="/records/new">
                  <Plus />
                  {t("records.new")}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />
      <RecordFilters user={user} filters={filters} pick={listPickers(user)} showStatus />
      {result.rows.length === 0 ? (
        <EmptyState
          icon={FileText}
          title={filtered ? t("records.empty.filteredTitle") : t("records.empty.title")}
          description={filtered ? t("records.empty.filteredHint") : t(`records.empty.hint.${user.role}`)}
          action={
            filtered ? (
              <Button asChild variant="outline">
                <Link href="/records">{t("common.clearFilters")}</Link>
              </Button>
            ) : canLog ? (
              <Button asChild>
                <Link href="/records/new">{t("records.new")}</Link>
              </Button>
            ) : null
          }
        />
      ) : (
        <>
          <RecordList rows={result.rows} />
          <Pagination page={result.page} pageCount={result.pageCount} params={rest} basePath="/records" />
        </>
      )}
    </>
  );
}
