import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { LeaderHome } from "./_home/leader-home";
import { OfficeHome } from "./_home/office-home";
import { UnionHome } from "./_home/union-home";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("home.short") };
}

/** Each role lands on its own home. */
export default async function HomePage() {
  const user = await requireUser();
  switch (user.role) {
    case "office":
      return <OfficeHome user={user} />;
    case "union":
      return <UnionHome user={user} />;
    case "leader":
      return <LeaderHome user={user} />;
  }
}
