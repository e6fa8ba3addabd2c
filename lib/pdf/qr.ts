import "server-only";
import QRCode from "qrcode";
import type { Pdf } from "./document";

/** A QR code of `text` drawn as vector squares, `size` points wide, top-left at (x, y), with its quiet zone. */
export function drawQrCode(doc: Pdf, text: string, x: number, y: number, size: number) {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: "M" });
  const quiet = 2;
  const cell = size / (modules.size + 2 * quiet);
  doc.save();
  doc.rect(x, y, size, size).fill("#ffffff");
  for (let row = 0; row < modules.size; row++) {
    for (let col = 0; col < modules.size; col++) {
      if (modules.get(row, col)) doc.rect(x + (col + quiet) * cell, y + (row + quiet) * cell, cell + 0.05, cell + 0.05);
    }
  }
  doc.fill("#000000");
  doc.restore();
}
