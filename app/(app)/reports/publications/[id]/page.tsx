import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ChevronLeft, Download, FileSpreadsheet } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { LinkTabs } from "@/components/link-tabs";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { publicationDocumentKind } from "@/lib/documents/publication";
import { getPublicationDocument } from "@/lib/documents/publication-queries";
import { DocumentView } from "../../document-view";
import { PrintButton } from "../../print-button";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("documents.notice");
  return { title: t("short") };
}

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ doc?: string }> };

/** A publication's 公示 notice or, once named, its 命名 decision, as a printable A4 document. */
export default async function PublicationDocumentPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const [{ id }, { doc }] = await Promise.all([params, searchParams]);
  const kind = publicationDocumentKind(doc);
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const found = await getPublicationDocument(user, id, kind, t as never, locale);
  if (!found) notFound();
  return (
    <>
      <div className="print:hidden">
        <Link href={`/evaluations/publications/${id}`} className="mb-3 inline-flex min-h-9 items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ChevronLeft className="size-4" />
          {t("publications.title")}
        </Link>
        <PageHeader
          eyebrow={t("reports.eyebrow")}
          title={t(`documents.${kind}.short`)}
          description={t("documents.printHint")}
          actions={
            <>
              <PrintButton label={t("documents.print")} />
              <Button asChild variant="outline">
                <a href={`/reports/publications/${id}/xlsx?doc=${kind}`}>
                  <FileSpreadsheet />
                  {t("documents.downloadXlsx")}
                </a>
              </Button>
              <Button asChild>
                <a href={`/reports/publications/${id}/pdf?doc=${kind}`}>
                  <Download />
                  {t("documents.downloadPdf")}
                </a>
              </Button>
            </>
          }
        />
        {found.named ? (
          <LinkTabs
            label={t("reports.title")}
            current={kind}
            tabs={[
              { key: "notice", href: `/reports/publications/${id}?doc=notice`, label: t("documents.notice.short") },
              { key: "decision", href: `/reports/publications/${id}?doc=decision`, label: t("documents.decision.short") },
            ]}
          />
        ) : null}
      </div>
      <DocumentView document={found.document} />
    </>
  );
}
