/**
 * Shrinks a photo on the phone before it is kept or sent: a 12-megapixel camera picture (4–8 MB) becomes
 * a JPEG of at most 1600 px on its long side (~200–500 KB), the size the server keeps anyway
 * (lib/records/evidence.ts), so a weak 4G link carries a tenth of the bytes. Anything the browser
 * cannot draw (a PDF, a HEIC on some browsers) is returned as it was; the server checks every file.
 */
export const PHOTO_MAX_EDGE = 1600;

export async function shrinkPhoto(file: File, maxEdge = PHOTO_MAX_EDGE, quality = 0.82): Promise<File> {
  if (!file.type.startsWith("image/") || typeof createImageBitmap === "undefined") return file;
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file, { imageOrientation: "from-image" });
  } catch {
    return file;
  }
  try {
    const scale = Math.min(1, maxEdge / Math.max(bitmap.width, bitmap.height));
    // Small enough already: re-encoding would only lose quality.
    if (scale === 1 && file.size <= 600 * 1024) return file;
    const width = Math.max(1, Math.round(bitmap.width * scale));
    const height = Math.max(1, Math.round(bitmap.height * scale));
    const canvas = document.createElement("canvas");
    canvas.width = width;
    canvas.height = height;
    const ctx = canvas.getContext("2d");
    if (!ctx) return file;
    ctx.drawImage(bitmap, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/jpeg", quality));
    if (!blob || blob.size >= file.size) return file;
    return new File([blob], file.name.replace(/\.[^.]*$/, "") + ".jpg", { type: "image/jpeg", lastModified: file.lastModified });
  } finally {
    bitmap.close();
  }
}
