/**
 * The JavaScript a page makes the browser load before it can be used, read from the page's HTML: the
 * chunks its `<script src>` tags run and its `<link rel="modulepreload">` / `<link rel="preload"
 * as="script">` tags fetch ahead. Chunks a page loads later on demand (a lazy component's) are not
 * named there, so they do not count. The page sweep of scripts/bench.ts sums their gzip sizes.
 */
import { gzipSync } from "node:zlib";

const TAG = /<(script|link)\b([^>]*)>/gi;
const ATTRIBUTE = /([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;

function attributesOf(source: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of source.matchAll(ATTRIBUTE)) out.set(m[1]!.toLowerCase(), m[2] ?? m[3] ?? m[4] ?? "");
  return out;
}

const decodeEntities = (text: string) => text.replace(/&amp;/g, "&").replace(/&#x2F;/gi, "/").replace(/&quot;/g, '"');

/**
 * The distinct `/_next/` script chunks a page's HTML loads, in document order. A `nomodule` script
 * (a polyfill only old browsers run) is left out; so are scripts of other origins and inline ones.
 */
export function scriptChunks(html: string): string[] {
  const out = new Set<string>();
  for (const [, tag, source] of html.matchAll(TAG)) {
    const attrs = attributesOf(source!);
    let url: string | undefined;
    if (tag!.toLowerCase() === "script") {
      if (!attrs.has("nomodule")) url = attrs.get("src");
    } else {
      const rel = (attrs.get("rel") ?? "").toLowerCase().split(/\s+/);
      const as = (attrs.get("as") ?? "").toLowerCase();
      if (rel.includes("modulepreload") || (rel.includes("preload") && as === "script")) url = attrs.get("href");
    }
    if (url === undefined) continue;
    const pathname = decodeEntities(url).replace(/^https?:\/\/[^/]+/i, "");
    if (pathname.startsWith("/_next/")) out.add(pathname);
  }
  return [...out];
}

/** The chunks every one of the pages loads (the first page's order), [] for no pages. */
export function sharedChunks(pages: readonly (readonly string[])[]): string[] {
  if (!pages.length) return [];
  const [first, ...rest] = pages;
  return first!.filter((chunk) => rest.every((page) => page.includes(chunk)));
}

/** A file's size gzip-compressed at level 6 (zlib's default, what a server's gzip usually sends), in bytes. */
export function gzipBytes(body: Uint8Array): number {
  return gzipSync(body, { level: 6 }).byteLength;
}

/** The sum of the chunks' compressed sizes in KB; undefined when one of them could not be measured. */
export function chunksKb(chunks: readonly string[], bytesOf: ReadonlyMap<string, number | undefined>): number | undefined {
  let total = 0;
  for (const chunk of chunks) {
    const bytes = bytesOf.get(chunk);
    if (bytes === undefined) return undefined;
    total += bytes;
  }
  return total / 1024;
}
