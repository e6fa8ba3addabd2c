import "server-only";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

/*
 * The documents' typeface: Noto Serif SC (SIL Open Font License) as whole TrueType files from an npm
 * package, so a PDF never depends on the fonts of the machine that renders it and nothing is fetched
 * at run time. pdfkit embeds only the glyphs a document uses (a certificate carries ~20 KB of font).
 * Whole TTFs rather than @fontsource's woff2 files: those split CJK into ~100 unicode-range subsets,
 * one font per range, which a PDF text run cannot fall back across.
 */

const FONT_PACKAGE = "@expo-google-fonts/noto-serif-sc";

export const FONT_FILES = {
  serif: "400Regular/NotoSerifSC_400Regular.ttf",
  serifBold: "700Bold/NotoSerifSC_700Bold.ttf",
} as const;

export type FontName = keyof typeof FONT_FILES;

let loaded: Record<FontName, Buffer> | null = null;

/** The font files (about 15 MB each), read once per process. */
export function documentFonts(): Record<FontName, Buffer> {
  if (!loaded) {
    // Resolved from the app's own package.json: the bundled server code has no node_modules of its own.
    const resolve = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), "package.json")).resolve;
    loaded = {
      serif: fs.readFileSync(resolve(`${FONT_PACKAGE}/${FONT_FILES.serif}`)),
      serifBold: fs.readFileSync(resolve(`${FONT_PACKAGE}/${FONT_FILES.serifBold}`)),
    };
  }
  return loaded;
}
