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
  const t = await getTranslations("imports.orgs");
  return { title: t("title") };
}

/** The office imports its units and their teams from Excel. */
export default async function OrgImportPage() {
  const user = await requireUser();
  if (!can(user, "units.manage")) notFound();
  const t = await getTranslations();
  return (
    <>
      <Link href="/org" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {t("org.officeTitle")}
      </Link>
      <PageHeader className="mt-2" title={t("imports.orgs.title")} description={t("imports.orgs.description", { county: user.orgName })} />
      <AreaMessages areas={["imports"]}>
        <ImportPanel kind="orgs" endpoint="/api/imports/orgs" templateHref="/org/import/template" doneHref="/org" maxBytes={MAX_IMPORT_BYTES} />
      </AreaMessages>
    </>
  );
}
