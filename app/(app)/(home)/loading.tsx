import { PageSkeleton } from "@/components/page-skeleton";

/** The home page: its figures and what waits. (The home never answers 404, so it needs no layout check.) */
export default function Loading() {
  return <PageSkeleton figures={4} cards={2} />;
}
