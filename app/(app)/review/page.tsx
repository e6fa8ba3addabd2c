import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ClipboardCheck, Download } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select-native";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { Pagination } from "@/components/pagination";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { reviewPickers } from "@/lib/org/choices";
import { listReviewQueue } from "@/lib/records/review-queue";
import { QUEUE_SORTS, queueQuery, reviewQueueFiltersSchema, splitSort, type QueueSortKey } from "@/lib/records/queue-filters";
import { parseSearchParams } from "@/lib/http/search-params";
import { filterQuery } from "@/lib/records/schemas";
import { RecordFilters } from "../records/record-filters";
import { RecordList, type SortLink } from "../records/record-list";
import { BATCH_FORM_ID, BatchActions } from "./batch-actions";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("review");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** What waits for my review: a union's teams' submissions, or the office's units'. */
export default async function ReviewPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "review.view")) notFound();
  const filters = parseSearchParams(reviewQueueFiltersSchema, await searchParams);
  const [t, queue] = await Promise.all([getTranslations(), listReviewQueue(user, filters)]);
  const { sort } = filters;
  const rest = { ...filters, page: undefined, status: undefined, sort: undefined };
  const filtered = Object.values(rest).some((v) => v !== undefined && v !== "");
  const current = splitSort(sort);
  // A column head sorts by its key; a second click on the sorted column turns it around.
  const sortLink = (key: QueueSortKey): SortLink => ({
    href: `/review?${queueQuery({ ...rest, sort: current.key === key && !current.desc ? `-${key}` : key })}`,
    sorted: current.key === key ? (current.desc ? "descending" : "ascending") : null,
  });
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
      <RecordFilters user={user} filters={filters} pick={reviewPickers(user)} showStatus={false}>
        <NativeSelect name="sort" defaultValue={sort} aria-label={t("review.sort.label")} className="lg:w-44">
          {QUEUE_SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`review.sort.${s.replace("-", "desc_")}`)}
            </option>
          ))}
        </NativeSelect>
      </RecordFilters>
      {/* Outside the list: approving the last rows empties the queue, and the outcome must stay in view. */}
      <BatchActions hasRows={queue.rows.length > 0} />
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
          <p className="mb-2 text-sm text-muted-foreground" data-testid="queue-order">
            {t("review.orderNote", { order: t(`review.sort.${sort.replace("-", "desc_")}`) })}
          </p>
          <RecordList
            rows={queue.rows}
            select
            formId={BATCH_FORM_ID}
            waiting
            linkQuery={queueQuery({ ...rest, sort }, { queue: "1" })}
            sort={{ kind: sortLink("kind"), org: sortLink("team"), date: sortLink("date"), waiting: sortLink("waiting") }}
          />
          <Pagination page={queue.page} pageCount={queue.pageCount} params={{ ...rest, sort: sort === "waiting" ? undefined : sort }} basePath="/review" />
        </>
      )}
    </>
  );
}
