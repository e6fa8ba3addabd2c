import { PageSkeleton } from "@/components/page-skeleton";

/** The units and teams: the search and one page of rows. */
export default function Loading() {
  return <PageSkeleton actions={2} filters={2} rows={10} />;
}
