import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

export interface PdfContent {
  /** Each page's text as lines (items sharing a baseline, left to right); a line's cells are its separate text runs. */
  pages: string[][][];
  /** Fonts the pages use, as embedded: every one must be embedded (no system font stands in). */
  fonts: { name: string; embedded: boolean }[];
  pageSizes: { width: number; height: number }[];
}

/** Reads a PDF back as pdf.js sees it: text runs grouped into lines, page sizes, and its fonts. */
export async function readPdf(bytes: Buffer): Promise<PdfContent> {
  const doc = await getDocument({ data: new Uint8Array(bytes), useSystemFonts: false, disableFontFace: true, verbosity: 0 }).promise;
  const pages: string[][][] = [];
  const pageSizes: { width: number; height: number }[] = [];
  const fonts = new Map<string, boolean>();
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [, , width, height] = page.view as [number, number, number, number];
    pageSizes.push({ width, height });
    const content = await page.getTextContent();
    const lines = new Map<number, { x: number; s: string }[]>();
    for (const item of content.items) {
      if (!("str" in item) || !item.str.trim()) continue;
      const y = Math.round(item.transform[5]);
      // Runs within 2 pt of an existing baseline belong to it.
      const key = [...lines.keys()].find((k) => Math.abs(k - y) <= 2) ?? y;
      lines.set(key, [...(lines.get(key) ?? []), { x: item.transform[4], s: item.str }]);
    }
    pages.push([...lines.entries()].sort((a, b) => b[0] - a[0]).map(([, runs]) => runs.sort((a, b) => a.x - b.x).map((r) => r.s)));
    // Fonts load as the page's operators are read; an unembedded font has no file (`missingFile`).
    await page.getOperatorList();
    for (const [, data] of page.commonObjs as unknown as Iterable<[string, { name?: string; missingFile?: boolean } | null]>) {
      if (data && typeof data.name === "string" && "missingFile" in data) fonts.set(data.name, !data.missingFile);
    }
  }
  await doc.destroy();
  return { pages, fonts: [...fonts.entries()].map(([name, embedded]) => ({ name, embedded })), pageSizes };
}

/** The cells of the first line (on any page) whose first cell is `label`. */
export function rowOf(content: PdfContent, label: string): string[] | undefined {
  for (const page of content.pages) for (const line of page) if (line[0] === label) return line;
  return undefined;
}

/** All text, pages joined. */
export function allText(content: PdfContent): string {
  return content.pages.map((p) => p.map((l) => l.join(" ")).join("\n")).join("\n");
}
