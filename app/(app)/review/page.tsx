import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClipboardCheck, Download } from "lucide-react";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { reviewPickers } from "@/lib/org/choices";
import { listReviewQueue } from "@/lib/records/queries";
import { parseSearchParams } from "@/lib/http/search-params";
import { filterQuery, recordListFiltersSchema } from "@/lib/records/schemas";
import { RecordFilters } from "../records/record-filters";
import { RecordList } from "../records/record-list";
import { BATCH_FORM_ID, BatchApprove } from "./batch-approve";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What waits for my review: a union's teams' submissions, or the office's units'. */
export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "review.view")) notFound();
  const filters = parseSearchParams(recordListFiltersSchema, await searchParams);
  const [t, queue] = await Promise.all([getTranslations(), listReviewQueue(user, filters)]);
  const rest = { ...filters, page: undefined, status: undefined };
  const filtered = Object.values(rest).some((v) => v !== undefined && v !== "");
  return (
    <>
      <PageHeader
        title={t("review.title")}
        description={t(`review.description.${user.role}`, { count: queue.total })}
        actions={
          <Button asChild variant="outline">
            <a href={`/records/export?${filterQuery(rest, { queue: "1" })}`} download>
              <Download />
              {t("records.export")}
            </a>
          </Button>
        }
      />
      <RecordFilters user={user} filters={filters} pick={reviewPickers(user)} showStatus={false} />
      {queue.rows.length === 0 ? (
        <EmptyState
          icon={ClipboardCheck}
          title={filtered ? t("records.empty.filteredTitle") : t("review.emptyTitle")}
          description={filtered ? t("records.empty.filteredHint") : t(`review.emptyHint.${user.role}`)}
          action={
            filtered ? (
              <Button asChild variant="outline">
                <Link href="/review">{t("common.clearFilters")}</Link>
              </Button>
            ) : (
              <Button asChild variant="outline">
                <Link href="/records">{t("review.browseRecords")}</Link>
              </Button>
            )
          }
        />
      ) : (
        <>
          <BatchApprove />
          <RecordList rows={queue.rows} select formId={BATCH_FORM_ID} />
          <Pagination page={queue.page} pageCount={queue.pageCount} params={rest} basePath="/review" />
        </>
      )}
    </>
  );
}
