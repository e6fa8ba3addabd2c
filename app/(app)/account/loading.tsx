import { PageSkeleton } from "@/components/page-skeleton";

/** The account page (it never answers 404): the password form. */
export default function Loading() {
  return <PageSkeleton cards={1} />;
}
