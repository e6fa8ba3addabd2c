import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChevronLeft } from "@/components/icons";
import { AreaMessages } from "@/components/area-messages";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { MAX_IMPORT_BYTES } from "@/lib/imports/read-sheet";
import { ImportPanel } from "../../_import/import-panel";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("imports.workers");
  return { title: t("title") };
}

/** The union imports its roster from Excel. */
export default async function WorkersImportPage() {
  const user = await requireUser();
  if (!can(user, "workers.manage")) notFound();
  const t = await getTranslations();
  return (
    <>
      <Link href="/workers" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {t("workers.title")}
      </Link>
      <PageHeader className="mt-2" title={t("imports.workers.title")} description={t("imports.workers.description", { unit: user.orgName })} />
      <AreaMessages areas={["imports"]}>
        <ImportPanel kind="workers" endpoint="/api/imports/workers" templateHref="/workers/import/template" doneHref="/workers" maxBytes={MAX_IMPORT_BYTES} />
      </AreaMessages>
    </>
  );
}
