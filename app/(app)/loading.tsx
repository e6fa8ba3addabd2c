import { PageSkeleton } from "@/components/page-skeleton";

/** Any area without a skeleton of its own, and the homes: figures, then a list. */
export default function Loading() {
  return <PageSkeleton figures={4} list />;
}
