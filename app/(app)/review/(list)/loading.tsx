import { PageSkeleton } from "@/components/page-skeleton";

/** The review queue: its filters and one page of waiting records. */
export default function Loading() {
  return <PageSkeleton actions={1} filters={5} rows={10} />;
}
