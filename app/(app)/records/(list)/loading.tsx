import { PageSkeleton } from "@/components/page-skeleton";

/** The records list: its filters and one page of rows. */
export default function Loading() {
  return <PageSkeleton actions={2} filters={5} rows={10} />;
}
