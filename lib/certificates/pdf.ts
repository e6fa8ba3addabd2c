import "server-only";
import { documentDate } from "@/lib/documents/format";
import { createPdf, DOCUMENT_RED, INK, MUTED, pdfBytes, type Pdf } from "@/lib/pdf/document";
import { drawQrCode } from "@/lib/pdf/qr";
import type { Certificate } from "./queries";
import type { Translate } from "@/lib/i18n/translate";


const GOLD = "#b8892b";
const MARGIN = { top: 0, bottom: 0, left: 0, right: 0 };

/** Centred single-line text across the page at `y`. */
function centred(doc: Pdf, text: string, y: number, font: "serif" | "serifBold", size: number, color = INK, spacing = 0) {
  doc.font(font).fontSize(size).fillColor(color).text(text, 0, y, { width: doc.page.width, align: "center", lineBreak: false, characterSpacing: spacing });
}

/** The frame: a red outer rule, a gold inner one, and gold lozenges in the corners. */
function drawFrame(doc: Pdf) {
  const { width: w, height: h } = doc.page;
  doc.save();
  doc.rect(18, 18, w - 36, h - 36).lineWidth(5).strokeColor(DOCUMENT_RED).stroke();
  doc.rect(29, 29, w - 58, h - 58).lineWidth(1.4).strokeColor(GOLD).stroke();
  doc.rect(34, 34, w - 68, h - 68).lineWidth(0.5).strokeColor(GOLD).stroke();
  for (const [x, y] of [
    [34, 34],
    [w - 34, 34],
    [34, h - 34],
    [w - 34, h - 34],
  ] as const) {
    doc.polygon([x, y - 9], [x + 9, y], [x, y + 9], [x - 9, y]).fillColor(GOLD).fill();
  }
  doc.restore();
}

/**
 * A seal-like red mark drawn with vector strokes (not the image of a real seal): a double ring, the
 * issuer's name around its top and a five-pointed star, slightly transparent over the issuer's name
 * as a stamped seal sits.
 */
function drawSeal(doc: Pdf, cx: number, cy: number, r: number, issuer: string) {
  doc.save();
  doc.fillOpacity(0.85).strokeOpacity(0.85).fillColor(DOCUMENT_RED).strokeColor(DOCUMENT_RED);
  doc.circle(cx, cy, r).lineWidth(3).stroke();
  doc.circle(cx, cy, r - 5).lineWidth(0.7).stroke();
  const star = (radius: number) =>
    Array.from({ length: 10 }, (_, i) => {
      const a = -Math.PI / 2 + (i * Math.PI) / 5;
      const rr = i % 2 === 0 ? radius : radius * 0.4;
      return [cx + rr * Math.cos(a), cy + rr * Math.sin(a)] as [number, number];
    });
  doc.polygon(...star(r * 0.3)).fill();
  const chars = [...issuer];
  const size = chars.length <= 10 ? 13 : 7.5;
  const step = chars.length <= 10 ? 30 : 9.5;
  const span = Math.min(300, step * (chars.length - 1));
  chars.forEach((ch, i) => {
    const deg = -90 - span / 2 + (chars.length > 1 ? (span * i) / (chars.length - 1) : 0);
    const a = (deg * Math.PI) / 180;
    const x = cx + (r - 17) * Math.cos(a);
    const y = cy + (r - 17) * Math.sin(a);
    doc.save();
    doc.rotate(deg + 90, { origin: [x, y] });
    doc.font("serifBold").fontSize(size).text(ch, x - size, y - size * 0.62, { width: size * 2, align: "center", lineBreak: false });
    doc.restore();
  });
  doc.restore();
}

/** One certificate on the current page (A4 landscape). */
function drawCertificate(doc: Pdf, c: Certificate, t: Translate, locale: string, verifyUrl: string) {
  const { width: w, height: h } = doc.page;
  const issuer = t("documents.federation", { county: c.countyName });
  const titleName = t(`titles.name.${c.target}`, { year: c.year });
  drawFrame(doc);
  centred(doc, t("certificates.heading"), 72, "serifBold", 42, DOCUMENT_RED, locale.startsWith("zh") ? 18 : 2);
  if (c.where) centred(doc, c.where, 160, "serif", 15, MUTED);
  centred(doc, c.holder, 184, "serifBold", 30);
  const bodyWidth = 560;
  doc.font("serif").fontSize(16).fillColor(INK).text(t("certificates.body", { year: c.year }), (w - bodyWidth) / 2, 250, { width: bodyWidth, align: "center", lineGap: 6 });
  centred(doc, t("certificates.titleQuoted", { title: titleName }), 306, "serifBold", 26, DOCUMENT_RED);
  centred(doc, t("certificates.closing"), 362, "serif", 16);

  // The issuer and the naming date at the bottom right, the seal over them.
  const cx = w - 200;
  doc.font("serifBold").fontSize(17).fillColor(INK).text(issuer, cx - 150, 440, { width: 300, align: "center", lineBreak: false });
  doc.font("serif").fontSize(14).text(documentDate(c.namedAt, locale), cx - 150, 508, { width: 300, align: "center", lineBreak: false });
  drawSeal(doc, cx, 446, 52, issuer);

  // The QR code to the public verification page, and the code for typing in, at the bottom left.
  const qr = 80;
  drawQrCode(doc, verifyUrl, 62, h - 62 - qr, qr);
  doc.font("serif").fontSize(9.5).fillColor(MUTED).text(t("certificates.scanToVerify"), 62 + qr + 10, h - 62 - qr + 14, { width: 220, lineBreak: false });
  doc.fontSize(8).text(t("certificates.codeLine", { code: c.code.replace(/(.{8})(?=.)/g, "$1 ") }), 62 + qr + 10, h - 62 - qr + 34, { width: 240 });
  doc.fillColor(INK);
}

/** Certificates as one PDF, a page each (one title, or a whole naming). `verifyUrl` turns a code into the page its QR opens. */
export async function certificatesPdf(certificates: Certificate[], t: Translate, locale: string, verifyUrl: (code: string) => string): Promise<Buffer> {
  const first = certificates[0];
  const doc = createPdf({
    title: first && certificates.length === 1 ? `${first.holder} ${t(`titles.name.${first.target}`, { year: first.year })}` : t("certificates.batchTitle"),
    author: first ? t("documents.federation", { county: first.countyName }) : "",
    layout: "landscape",
    margin: MARGIN,
  });
  certificates.forEach((c, i) => {
    if (i > 0) doc.addPage({ size: "A4", layout: "landscape", margins: MARGIN });
    drawCertificate(doc, c, t, locale, verifyUrl(c.code));
  });
  return pdfBytes(doc);
}
