import "server-only";
import PDFDocument from "pdfkit";
import { documentFonts, type FontName } from "./fonts";

export type Pdf = PDFKit.PDFDocument;

/** The red of the union (red-head documents, seals); the same hue as the interface's primary. */
export const DOCUMENT_RED = "#c8372d";
export const INK = "#1f1f1f";
export const MUTED = "#5b6170";

export interface PdfOptions {
  title: string;
  author: string;
  layout?: "portrait" | "landscape";
  /** Page margins in points (A4 is 595 × 842 pt). */
  margin?: { top: number; bottom: number; left: number; right: number };
}

/** An A4 document with the serif fonts registered ("serif", "serifBold") and pages kept for stamping. */
export function createPdf(options: PdfOptions): Pdf {
  const doc = new PDFDocument({
    size: "A4",
    layout: options.layout ?? "portrait",
    margins: options.margin ?? { top: 72, bottom: 72, left: 68, right: 68 },
    bufferPages: true,
    info: { Title: options.title, Author: options.author, Creator: "创争平台", Producer: "创争平台" },
    lang: "zh-CN",
    displayTitle: true,
  });
  const fonts = documentFonts();
  for (const name of Object.keys(fonts) as FontName[]) doc.registerFont(name, fonts[name]);
  doc.font("serif").fillColor(INK);
  return doc;
}

/** Ends the document and collects its bytes. */
export function pdfBytes(doc: Pdf): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on("data", (c: Buffer) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
    doc.end();
  });
}

/**
 * Draws text in a page's margin (a running header or the page number) without pdfkit breaking to a
 * new page: its automatic page break looks at the bottom margin, so that is lifted meanwhile.
 */
function inMargin(doc: Pdf, draw: () => void) {
  const margins = { ...doc.page.margins };
  doc.page.margins = { ...margins, top: 0, bottom: 0 };
  draw();
  doc.page.margins = margins;
}

/**
 * Running header (from the second page on, as official documents have it) and "— n —" page numbers
 * at the foot of every page. Call once everything is laid out.
 */
export function stampPages(doc: Pdf, { header, pageLabel }: { header?: string; pageLabel: (page: number, total: number) => string }) {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const { width, height, margins } = doc.page;
    inMargin(doc, () => {
      if (header && i > start) {
        doc.font("serif").fontSize(9).fillColor(MUTED).text(header, margins.left, margins.top - 30, { width: width - margins.left - margins.right, align: "center", lineBreak: false });
        doc
          .moveTo(margins.left, margins.top - 14)
          .lineTo(width - margins.right, margins.top - 14)
          .lineWidth(0.5)
          .strokeColor(MUTED)
          .stroke();
      }
      doc.font("serif").fontSize(10).fillColor(INK).text(pageLabel(i - start + 1, count), margins.left, height - margins.bottom + 26, { width: width - margins.left - margins.right, align: "center", lineBreak: false });
    });
  }
  doc.fillColor(INK);
}

/** Room left on the current page below the cursor, in points. */
export function roomLeft(doc: Pdf): number {
  return doc.page.height - doc.page.margins.bottom - doc.y;
}

/** Starts a new page when fewer than `needed` points are left on this one. */
export function keepTogether(doc: Pdf, needed: number) {
  if (roomLeft(doc) < needed) doc.addPage();
}
