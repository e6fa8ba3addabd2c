import "server-only";
import { INK, keepTogether, MUTED, type Pdf } from "./document";

export interface PdfColumn {
  header: string;
  /** Share of the table's width (the shares are scaled to add up to the width). */
  weight: number;
  align?: "left" | "right" | "center";
}

const PAD_X = 5;
const PAD_Y = 4;

/**
 * A ruled table from the left margin across the text width: the header row is bold on a grey band
 * and repeats at the top of every page the table runs onto; a row never splits across pages.
 */
export function drawTable(doc: Pdf, columns: PdfColumn[], rows: string[][], { fontSize = 10 }: { fontSize?: number } = {}) {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));

  const rowHeight = (cells: string[], font: "serif" | "serifBold") => {
    doc.font(font).fontSize(fontSize);
    return Math.max(...cells.map((c, i) => doc.heightOfString(c || " ", { width: widths[i]! - 2 * PAD_X }))) + 2 * PAD_Y;
  };
  const drawRow = (cells: string[], font: "serif" | "serifBold", fill?: string) => {
    const h = rowHeight(cells, font);
    const y = doc.y;
    if (fill) doc.rect(left, y, width, h).fill(fill);
    doc.font(font).fontSize(fontSize).fillColor(INK);
    cells.forEach((c, i) => {
      doc.text(c, xs[i]! + PAD_X, y + PAD_Y, { width: widths[i]! - 2 * PAD_X, align: columns[i]!.align ?? "left" });
    });
    doc.lineWidth(0.6).strokeColor(MUTED);
    doc.rect(left, y, width, h).stroke();
    for (const x of xs.slice(1)) doc.moveTo(x, y).lineTo(x, y + h).stroke();
    doc.x = left;
    doc.y = y + h;
  };
  const header = columns.map((c) => c.header);
  const headerHeight = rowHeight(header, "serifBold");
  keepTogether(doc, headerHeight + (rows[0] ? rowHeight(rows[0], "serif") : 0));
  drawRow(header, "serifBold", "#eceef1");
  for (const row of rows) {
    const h = rowHeight(row, "serif");
    if (doc.y + h > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      drawRow(header, "serifBold", "#eceef1");
    }
    drawRow(row, "serif");
  }
  doc.moveDown(0.6);
}
