import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { homeKindFor } from "@/lib/home/queries";
import { LeaderHome } from "./_home/leader-home";
import { OfficeHome } from "./_home/office-home";
import { UnionHome } from "./_home/union-home";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("home.short") };
}

/** Each user lands on the home of its org's level. */
export default async function HomePage() {
  const user = await requireUser();
  switch (homeKindFor(user)) {
    case "county":
      return <OfficeHome user={user} />;
    case "unit":
      return <UnionHome user={user} />;
    case "team":
      return <LeaderHome user={user} />;
  }
}
