import { PageSkeleton } from "@/components/page-skeleton";

/** The dashboard: its figures and its two charts. */
export default function Loading() {
  return <PageSkeleton figures={6} charts />;
}
