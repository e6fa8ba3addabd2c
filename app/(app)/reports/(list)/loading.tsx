import { PageSkeleton } from "@/components/page-skeleton";

/** The reports page: the year and its documents. */
export default function Loading() {
  return <PageSkeleton actions={1} cards={3} />;
}
