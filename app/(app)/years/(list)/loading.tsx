import { PageSkeleton } from "@/components/page-skeleton";

/** The years page: one card per year, with its checklist. */
export default function Loading() {
  return <PageSkeleton cards={3} cardColumns={2} />;
}
