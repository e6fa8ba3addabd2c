import "server-only";
import sharp from "sharp";
import { checkEvidenceFiles, type EvidenceType } from "./evidence-rules";
import { type Message, message } from "@/lib/actions/result";

export interface PreparedEvidence {
  filename: string;
  mimeType: EvidenceType;
  size: number;
  width: number | null;
  height: number | null;
  data: Buffer;
  thumbnail: Buffer | null;
}

/** The file's real type from its first bytes; the browser's claim is not trusted. */
export function sniffType(buf: Buffer): EvidenceType | null {
  if (buf.length >= 3 && buf[0] === 0xff && buf[1] === 0xd8 && buf[2] === 0xff) return "image/jpeg";
  if (buf.length >= 8 && buf.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) return "image/png";
  if (buf.length >= 12 && buf.toString("ascii", 0, 4) === "RIFF" && buf.toString("ascii", 8, 12) === "WEBP") return "image/webp";
  if (buf.length >= 5 && buf.toString("ascii", 0, 5) === "%PDF-") return "application/pdf";
  return null;
}

function cleanName(name: string, type: EvidenceType): string {
  const base = name.replace(/[\\/\u0000-\u001f]/g, "_").slice(0, 120) || "evidence";
  return type.startsWith("image/") ? base.replace(/\.[^.]*$/, "") + ".jpg" : base;
}

/**
 * Checks and prepares uploaded evidence: images are re-encoded (which also drops EXIF location data),
 * turned upright, shrunk to at most 1600 px and given a 320 px thumbnail; PDFs are kept as they are.
 * Any bad file refuses the whole set, so nothing is half-saved.
 */
export async function prepareEvidence(
  files: File[],
  existing: number,
): Promise<{ ok: true; items: PreparedEvidence[] } | { ok: false; message: Message }> {
  const real = files.filter((f) => f.size > 0 || f.name);
  const limits = checkEvidenceFiles(real, existing);
  if (limits) return { ok: false, message: message(limits) };
  const items: PreparedEvidence[] = [];
  for (const file of real) {
    const buf = Buffer.from(await file.arrayBuffer());
    const type = sniffType(buf);
    if (!type) return { ok: false, message: message("evidence.badType") };
    if (type === "application/pdf") {
      items.push({ filename: cleanName(file.name, type), mimeType: type, size: buf.length, width: null, height: null, data: buf, thumbnail: null });
      continue;
    }
    try {
      const image = sharp(buf, { failOn: "error" }).rotate();
      const { data, info } = await image
        .clone()
        .resize({ width: 1600, height: 1600, fit: "inside", withoutEnlargement: true })
        .jpeg({ quality: 82, mozjpeg: true })
        .toBuffer({ resolveWithObject: true });
      const thumbnail = await image.clone().resize({ width: 320, height: 320, fit: "cover" }).webp({ quality: 70 }).toBuffer();
      items.push({
        filename: cleanName(file.name, type),
        mimeType: "image/jpeg",
        size: data.length,
        width: info.width,
        height: info.height,
        data,
        thumbnail,
      });
    } catch {
      return { ok: false, message: message("evidence.unreadable") };
    }
  }
  return { ok: true, items };
}
