import "server-only";
import SVGtoPDF from "svg-to-pdfkit";
import { renderChartSvg } from "@/lib/charts/render";
import { createPdf, DOCUMENT_RED, INK, keepTogether, MUTED, pdfBytes, stampPages, type Pdf } from "@/lib/pdf/document";
import { drawTable } from "@/lib/pdf/table";
import type { FormalDocument } from "./model";

/** The document's head: the issuer (in red over a red rule for a 红头 document), then the title. */
function drawHead(doc: Pdf, d: FormalDocument) {
  const { left, right } = doc.page.margins;
  const width = doc.page.width - left - right;
  if (d.redHead) {
    doc.font("serifBold").fontSize(26).fillColor(DOCUMENT_RED).text(d.issuer, left, doc.y, { width, align: "center", characterSpacing: 2 });
    doc.moveDown(0.3);
    const y = doc.y;
    doc.moveTo(left, y).lineTo(left + width, y).lineWidth(2).strokeColor(DOCUMENT_RED).stroke();
    doc.moveTo(left, y + 3).lineTo(left + width, y + 3).lineWidth(0.6).stroke();
    doc.y = y + 20;
  } else {
    doc.font("serif").fontSize(13).fillColor(INK).text(d.issuer, left, doc.y, { width, align: "center", characterSpacing: 1 });
    doc.moveDown(0.6);
  }
  doc.font("serifBold").fontSize(18).fillColor(INK).text(d.title, left, doc.y, { width, align: "center" });
  if (d.subtitle) {
    doc.moveDown(0.3);
    doc.font("serif").fontSize(10.5).fillColor(MUTED).text(d.subtitle, { width, align: "center" });
  }
  doc.fillColor(INK).moveDown(1);
}

/** A formal document as an A4 PDF: head, sections, closing, running header and page numbers. */
export async function renderDocumentPdf(d: FormalDocument, { author, pageLabel }: { author: string; pageLabel: (page: number, total: number) => string }): Promise<Buffer> {
  const doc = createPdf({ title: d.title, author });
  const { left, right } = doc.page.margins;
  const width = doc.page.width - left - right;
  drawHead(doc, d);
  for (const section of d.sections) {
    keepTogether(doc, 90);
    if (section.heading) {
      doc.font("serifBold").fontSize(13).fillColor(INK).text(section.heading, left, doc.y, { width });
      doc.moveDown(0.35);
    }
    for (const p of section.paragraphs ?? []) {
      doc.font("serif").fontSize(11).text(p, left, doc.y, { width, indent: 22, lineGap: 3, align: "justify" });
      doc.moveDown(0.4);
    }
    for (const table of section.tables ?? []) {
      if (table.caption) {
        keepTogether(doc, 60);
        doc.font("serif").fontSize(10).fillColor(MUTED).text(table.caption, left, doc.y, { width });
        doc.fillColor(INK).moveDown(0.2);
      }
      drawTable(doc, table.columns, table.rows, { fontSize: table.compact ? 8.5 : 9.5 });
    }
    for (const chart of section.charts ?? []) {
      const scale = Math.min(1, width / chart.width);
      const h = chart.height * scale;
      keepTogether(doc, h + 10);
      const svg = renderChartSvg(chart.option, { width: chart.width, height: chart.height, fontFamily: "serif" });
      SVGtoPDF(doc as never, svg, left + (width - chart.width * scale) / 2, doc.y, { width: chart.width * scale, height: h, fontCallback: (_family, bold) => (bold ? "serifBold" : "serif") });
      doc.x = left;
      doc.y += h + 8;
    }
    doc.moveDown(0.6);
  }
  if (d.closing?.length) {
    keepTogether(doc, 80);
    doc.moveDown(1.5);
    for (const line of d.closing) doc.font("serif").fontSize(12).text(line, left, doc.y, { width: width - 20, align: "right" });
  }
  stampPages(doc, { header: d.runningHeader, pageLabel });
  return pdfBytes(doc);
}
