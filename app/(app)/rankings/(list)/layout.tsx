import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";

/**
 * Who may open the rankings is decided here, above its loading skeleton: a page streamed behind a
 * loading.tsx has already answered 200 when it calls notFound(), and "not yours" must stay a 404.
 */
export default async function Layout({ children }: { children: React.ReactNode }) {
  if (!can(await requireUser(), "rankings.view")) notFound();
  return children;
}
