import { PageSkeleton } from "@/components/page-skeleton";

/** The rankings: the year, the filters and one page of places. */
export default function Loading() {
  return <PageSkeleton actions={1} filters={4} rows={10} />;
}
