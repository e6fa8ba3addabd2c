import { PageSkeleton } from "@/components/page-skeleton";

/** The roster: its filters and one page of workers. */
export default function Loading() {
  return <PageSkeleton actions={2} filters={4} rows={10} />;
}
