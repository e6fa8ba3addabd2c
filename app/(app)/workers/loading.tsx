import { PageSkeleton } from "@/components/page-skeleton";

/** Shown the moment this area is tapped, until its page streams in. */
export default function Loading() {
  return <PageSkeleton list />;
}
