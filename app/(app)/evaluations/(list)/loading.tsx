import { PageSkeleton } from "@/components/page-skeleton";

/** The evaluations page: the year, its tabs and a list. */
export default function Loading() {
  return <PageSkeleton actions={1} tabs={4} rows={8} />;
}
