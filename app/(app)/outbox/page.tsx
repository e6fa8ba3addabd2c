import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { OutboxView } from "./outbox-view";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("offline");
  return { title: t("outboxTitle") };
}

/** The records on this phone that the server does not have yet; kept for offline use (lib/offline/pages.ts). */
export default async function OutboxPage() {
  await requireUser();
  const t = await getTranslations("offline");
  return (
    <>
      <PageHeader title={t("outboxTitle")} description={t("outboxHint")} />
      <OutboxView />
    </>
  );
}
