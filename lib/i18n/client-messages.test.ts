/**
 * The client gets only CLIENT_MESSAGES. This test reads the source to find every message a browser
 * may have to translate, and fails when the list misses one (the browser would show a raw key):
 * - in "use client" files and in lib/ (whose helpers and action results reach client components):
 *   every string naming a message or a group of messages, `useTranslations("ns")` included;
 * - in server components under app/ and components/, and in server-only lib modules: every such
 *   string except those they translate themselves (`t("…")`, `getTranslations("…")`), since the
 *   others are handed on as props (a dialog's title key, say) or returned (an action's message).
 * A file of an area (AREAS) may also need that area's AREA_MESSAGES, unless a file outside the area
 * imports it (then it is shown outside the area too). The routes of an area render
 * `<AreaMessages areas=…>` naming it above their client components (it adds to the messages above).
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import compile from "icu-minify/compile";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { AREA_MESSAGES, CLIENT_MESSAGES, mergeMessages, pickClientMessages, type MessageArea } from "./client-messages";

type Tree = { [k: string]: string | Tree };
const ROOT = path.resolve(import.meta.dirname, "../..");

const leaves = new Set<string>();
const groups = new Set<string>();
(function walk(tree: Tree, prefix: string) {
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix + k;
    if (typeof v === "string") leaves.add(key);
    else {
      groups.add(key);
      walk(v, `${key}.`);
    }
  }
})(zh as Tree, "");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

const names = [...leaves, ...groups];

/** The messages a key pattern names: `${…}` in a template stands for any one segment. */
function expand(pattern: string): string[] {
  const key = pattern.split("|")[0]!; // "validation.min|5": a key carrying a number
  // A key starts with its namespace: `${entity}.${action}` is not a key (an audit action, say).
  if (!/^\w+(?:\.[\w*]+)*$/.test(key)) return [];
  if (!key.includes("*")) return leaves.has(key) || groups.has(key) ? [key] : [];
  const re = new RegExp(`^${key.replaceAll(".", "\\.").replaceAll("*", "[^.]+")}$`);
  return names.filter((n) => re.test(n));
}

/** A string's text as a key pattern: "a.b", `a.${x}.b` → "a.*.b". */
const patternOf = (quote: string, body: string) => (quote === "`" ? body.replace(/\$\{[^}]*\}/g, "*") : body);

// Every quoted or template string in a file.
const STRING = /(["'`])((?:(?!\1)[^\\\n]|\\.)*)\1/g;
// Translated right here on the server: t("…"), tRecords("…"), t.rich("…"), getTranslations("…"), and
// useTranslations("…") in a synchronous server component.
const TRANSLATED_HERE = /(?:\bt\w*(?:\.(?:rich|markup|raw|has))?|getTranslations|useTranslations)\(\s*(?:\{\s*namespace:\s*)?$/;
const TRANSLATOR = /const (\w+) = useTranslations\((?:"([\w.]+)")?\)/g;

/**
 * What a client file's `const t = useTranslations("ns")` translators ask for: "ns.key" for each
 * literal key, all of "ns" for a computed one. A call belongs to the nearest binding above it.
 */
function keysOfTranslators(source: string): string[] {
  const bindings = [...source.matchAll(TRANSLATOR)].map((m) => ({ name: m[1]!, ns: m[2], at: m.index }));
  const needed: string[] = [];
  for (const { name } of new Map(bindings.map((b) => [b.name, b])).values()) {
    for (const call of source.matchAll(new RegExp(`(?<![\\w.])${name}(?:\\.(?:rich|markup|raw|has))?\\(\\s*([^,)]*)`, "g"))) {
      const ns = bindings.filter((b) => b.name === name && b.at < call.index).at(-1)?.ns;
      const literal = /^(["'`])(.*)\1$/.exec(call[1]!.trim());
      if (literal) needed.push(...expand((ns ? `${ns}.` : "") + patternOf(literal[1]!, literal[2]!)));
      else if (ns) needed.push(ns);
    }
  }
  return needed;
}

function keysNeededBy(file: string): string[] {
  const source = fs.readFileSync(file, "utf8");
  const isClient = /^\s*["']use client["']/.test(source);
  // Server components, and server-only lib modules (documents and exports translate with the
  // request's `t`): what they translate themselves never reaches a browser.
  const serverComponent = !isClient && (!file.startsWith(path.join(ROOT, "lib")) || /^import "server-only";/m.test(source));
  const needed = isClient ? keysOfTranslators(source) : [];
  for (const m of source.matchAll(STRING)) {
    const pattern = patternOf(m[1]!, m[2]!);
    const before = source.slice(Math.max(0, m.index - 40), m.index);
    if (/(?:useTranslations|\bt\w*(?:\.\w+)?)\(\s*$/.test(before) && isClient) continue; // resolved by keysOfTranslators
    if (serverComponent && TRANSLATED_HERE.test(before)) continue;
    // A lone word names a whole group only where a translator is given it.
    if (!pattern.includes(".")) continue;
    needed.push(...expand(pattern));
  }
  return needed;
}

/** The source folders of each area; its routes render `<AreaMessages area=…>` above their client components. */
const AREAS: Record<MessageArea, string[]> = {
  evaluations: ["app/(app)/evaluations", "lib/evaluations", "lib/titles"],
  imports: ["app/(app)/_import", "app/(app)/org/import", "app/(app)/workers/import", "app/api/imports", "lib/imports"],
  recordForm: ["app/(app)/records/record-form.tsx", "app/(app)/records/new", "app/(app)/records/[id]/edit"],
  accounts: ["app/(app)/org/[id]", "components/password-reveal.tsx", "lib/accounts"],
  org: ["app/(app)/org", "lib/org"],
  workers: ["app/(app)/workers", "lib/workers"],
  years: ["app/(app)/years", "lib/periods"],
  login: ["app/(auth)/login"],
};
const inFolder = (file: string, dir: string) => file === path.join(ROOT, dir) || file.startsWith(path.join(ROOT, dir) + path.sep);
const areasOfFolder = (file: string) => (Object.keys(AREAS) as MessageArea[]).filter((a) => AREAS[a].some((d) => inFolder(file, d)));

/**
 * The areas whose messages each file may rely on: those of its folders, less any area it is also shown
 * outside of (its component rendered by a page outside, or its module imported by a client component
 * outside; outside server code translates on the server).
 */
function effectiveAreas(files: string[]): Map<string, MessageArea[]> {
  const out = new Map(files.map((f) => [f, areasOfFolder(f)]));
  for (const file of files) {
    const source = fs.readFileSync(file, "utf8");
    const isClient = /^\s*["']use client["']/.test(source);
    const importerAreas = areasOfFolder(file);
    for (const m of source.matchAll(/from "((?:\.{1,2}|@)\/[^"]+)"/g)) {
      const spec = m[1]!;
      const base = spec.startsWith("@/") ? path.join(ROOT, spec.slice(2)) : path.resolve(path.dirname(file), spec);
      const target = [".tsx", ".ts", "/index.ts"].map((ext) => base + ext).find((f) => fs.existsSync(f));
      if (!target || !out.has(target) || !(isClient || target.endsWith(".tsx"))) continue;
      out.set(target, out.get(target)!.filter((a) => importerAreas.includes(a)));
    }
  }
  return out;
}

const covers = (list: readonly string[], name: string) => list.some((p) => name === p || name.startsWith(`${p}.`));

describe("client messages", () => {
  it("include every message a client component may show", () => {
    const missing = new Set<string>();
    // The lists themselves name every message: not a file that needs them.
    const files = ["app", "components", "lib"].flatMap(sourceFiles).filter((f) => f !== path.join(ROOT, "lib/i18n/client-messages.ts"));
    const areas = effectiveAreas(files);
    for (const file of files) {
      const sent = [...CLIENT_MESSAGES, ...areas.get(file)!.flatMap((a) => AREA_MESSAGES[a])];
      for (const name of keysNeededBy(file)) if (!covers(sent, name)) missing.add(`${name} (${path.relative(ROOT, file)})`);
    }
    expect([...missing].sort()).toEqual([]);
  });

  it("name only messages that exist", () => {
    const all = [...CLIENT_MESSAGES, ...Object.values(AREA_MESSAGES).flat()];
    expect(all.filter((p) => !leaves.has(p) && !groups.has(p))).toEqual([]);
  });

  it("pick those messages and nothing else, keeping their nesting", () => {
    const picked = pickClientMessages(zh as Tree) as Tree;
    expect((picked.validation as Tree).required).toBe((zh as Tree as { validation: Tree }).validation.required);
    expect(picked.dashboard).toBeUndefined();
    const size = (t: unknown) => JSON.stringify(t).length;
    expect(size(picked)).toBeLessThan(size(zh) * 0.7);
  });
});

// The build precompiles the catalogues (next.config.ts): a message with arguments becomes an array.
describe("precompiled messages", () => {
  it("stay whole when an area's messages are laid over the page's", () => {
    const compiled = compile("共 {count} 条");
    expect(Array.isArray(compiled)).toBe(true);
    const merged = mergeMessages({ records: { total: compiled, title: "记录" } }, { records: { total: compiled }, evaluations: { points: compile("{value} 分") } });
    expect(merged).toEqual({ records: { total: compiled, title: "记录" }, evaluations: { points: compile("{value} 分") } });
    expect(pickClientMessages({ validation: { min: compiled } }).validation).toEqual({ min: compiled });
  });

  it("stay plain text where code reads the catalogue itself (app/manifest.ts, lib/imports/labels.ts)", () => {
    for (const catalogue of [zh, en]) {
      const readAsText = [catalogue.common.productName, catalogue.common.productSub, catalogue.common.tagline, ...Object.values(catalogue.enums).flatMap((e) => Object.values(e))];
      expect(readAsText.filter((m) => typeof compile(m) !== "string")).toEqual([]);
    }
  });
});
