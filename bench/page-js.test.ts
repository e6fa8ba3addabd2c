import { describe, expect, it } from "vitest";
import { chunksKb, gzipBytes, scriptChunks, sharedChunks } from "./page-js";

// The tags as `next start` writes them (React's attribute spellings, a deployment id's `&amp;`), with
// what a page carries besides: inline scripts, a stylesheet, a polyfill for old browsers, a font preload.
const PAGE = [
  `<!DOCTYPE html><html lang="zh-CN"><head><meta charSet="utf-8"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/app.css" data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/webpack-1.js"/>`,
  `<link rel="preload" href="/_next/static/media/font.woff2" as="font" type="font/woff2" crossorigin=""/>`,
  `<link rel="modulepreload" href="/_next/static/chunks/module-2.js?dpl=a&amp;v=1"/>`,
  `<script src="/_next/static/chunks/webpack-1.js" async=""></script>`,
  `<script src='/_next/static/chunks/main-app-3.js' async></script>`,
  `<script src="/_next/static/chunks/polyfills-4.js" noModule=""></script>`,
  `<script nonce="abc">self.__next_f.push([1,"1:I[\\"/_next/static/chunks/in-payload.js\\"]"])</script>`,
  `</head><body><script src="https://cdn.example.com/other.js"></script>`,
  `<script SRC="http://127.0.0.1:3000/_next/static/chunks/page-5.js" async=""></script></body></html>`,
].join("");

describe("the JavaScript a page loads before it can be used", () => {
  it("names each /_next/ script and script preload once, in document order", () => {
    expect(scriptChunks(PAGE)).toEqual([
      "/_next/static/chunks/webpack-1.js",
      "/_next/static/chunks/module-2.js?dpl=a&v=1",
      "/_next/static/chunks/main-app-3.js",
      "/_next/static/chunks/page-5.js",
    ]);
  });

  it("leaves out stylesheets, fonts, polyfills for old browsers, other origins' scripts and names in inline scripts", () => {
    const chunks = scriptChunks(PAGE).join(" ");
    expect(chunks).not.toMatch(/\.css|font|polyfills|cdn\.example|in-payload/);
  });

  it("finds nothing in a page without scripts", () => {
    expect(scriptChunks("<html><body><p>离线</p></body></html>")).toEqual([]);
  });

  it("shares only the chunks every page loads", () => {
    expect(sharedChunks([["a", "b", "c"], ["c", "a"], ["a", "c", "d"]])).toEqual(["a", "c"]);
    expect(sharedChunks([["a"], []])).toEqual([]);
    expect(sharedChunks([])).toEqual([]);
  });

  it("sums the compressed sizes, and gives no sum when a chunk is missing", () => {
    const sizes = new Map<string, number | undefined>([
      ["a", 1024],
      ["b", 512],
      ["gone", undefined],
    ]);
    expect(chunksKb(["a", "b"], sizes)).toBe(1.5);
    expect(chunksKb([], sizes)).toBe(0);
    expect(chunksKb(["a", "gone"], sizes)).toBeUndefined();
    expect(chunksKb(["a", "never-fetched"], sizes)).toBeUndefined();
  });

  it("measures a chunk by its gzip size, which shrinks repetitive JavaScript", () => {
    const js = new TextEncoder().encode("function f(){return 1}\n".repeat(400));
    const bytes = gzipBytes(js);
    expect(bytes).toBeLessThan(js.byteLength / 20);
    expect(bytes).toBeGreaterThan(20);
  });
});
