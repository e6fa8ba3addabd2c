import "server-only";
import { renderDocumentPdf } from "@/lib/documents/render-pdf";
import type { AnnualReport } from "./annual";
import { annualReportDocument } from "./annual-document";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The annual report as an A4 PDF (fonts embedded, charts drawn from the same SVG as the page). */
export function annualReportPdf(report: AnnualReport, t: Translate, locale: string, today: string): Promise<Buffer> {
  return renderDocumentPdf(annualReportDocument(report, t, locale, today), {
    author: t("documents.federation", { county: report.scope.countyName }),
    pageLabel: (page) => t("documents.pageNumber", { page }),
  });
}
