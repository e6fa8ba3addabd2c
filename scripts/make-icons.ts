/**
 * Draws the app's icons from one SVG mark (the open book rising into a star, as components/brand-mark.tsx)
 * with sharp: the manifest's PNGs (192 and 512 px, and a maskable one whose mark sits inside the 80 %
 * safe zone Android crops to), the apple-touch-icon and a favicon.ico (16, 32 and 48 px PNGs in one ICO).
 * Run after changing the mark: `npx tsx scripts/make-icons.ts`; the outputs are committed.
 */
import fs from "node:fs";
import path from "node:path";
import sharp from "sharp";

const RED = "#c8102e";
const GOLD = "#f2c94c";

/** The mark on a 40-unit square; `pad` shrinks it towards the centre (maskable icons), `round` rounds the corners. */
function mark({ pad = 0, round = true }: { pad?: number; round?: boolean }): string {
  const scale = (40 - 2 * pad) / 40;
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40">
  <rect width="40" height="40" rx="${round ? 10 : 0}" fill="${RED}"/>
  <g transform="translate(${pad} ${pad}) scale(${scale})">
    <path d="M8 27.5c4-1.6 8-1.6 12 0c4-1.6 8-1.6 12 0V15c-4-1.6-8-1.6-12 0c-4-1.6-8-1.6-12 0z" fill="#fff" opacity=".95"/>
    <path d="M20 15v12.5" stroke="${RED}" stroke-width="1.4"/>
    <path d="m20 5.5 1.5 3 3.3.5-2.4 2.3.6 3.3-3-1.6-3 1.6.6-3.3-2.4-2.3 3.3-.5z" fill="${GOLD}"/>
  </g>
</svg>`;
}

async function png(svg: string, size: number): Promise<Buffer> {
  return sharp(Buffer.from(svg), { density: 72 * Math.ceil(size / 40) }).resize(size, size).png({ compressionLevel: 9 }).toBuffer();
}

/** An ICO file holding PNG images (every browser since IE Vista reads PNG entries). */
function ico(images: { size: number; data: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * images.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  let offset = header.length;
  images.forEach((img, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(img.size >= 256 ? 0 : img.size, at);
    header.writeUInt8(img.size >= 256 ? 0 : img.size, at + 1);
    header.writeUInt16LE(1, at + 4);
    header.writeUInt16LE(32, at + 6);
    header.writeUInt32LE(img.data.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += img.data.length;
  });
  return Buffer.concat([header, ...images.map((i) => i.data)]);
}

const root = process.cwd();
const out = (p: string) => path.join(root, p);
fs.mkdirSync(out("public/icons"), { recursive: true });
fs.writeFileSync(out("public/icons/icon-192.png"), await png(mark({}), 192));
fs.writeFileSync(out("public/icons/icon-512.png"), await png(mark({}), 512));
fs.writeFileSync(out("public/icons/maskable-512.png"), await png(mark({ pad: 6, round: false }), 512));
// iOS draws its own rounded corners and shows transparency as black: a square, full-bleed icon.
fs.writeFileSync(out("app/apple-icon.png"), await png(mark({ round: false }), 180));
fs.writeFileSync(out("app/favicon.ico"), ico(await Promise.all([16, 32, 48].map(async (size) => ({ size, data: await png(mark({}), size) })))));
console.log("icons written");
