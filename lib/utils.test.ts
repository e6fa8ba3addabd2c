import fs from "node:fs";
import path from "node:path";
import ts from "typescript";
import { twMerge } from "tailwind-merge";
import { describe, expect, it } from "vitest";
import { cn } from "@/lib/utils";

/**
 * cn() joins class names without merging Tailwind conflicts (tailwind-merge stays out of the pages' JavaScript),
 * so two classes for one property on one element would leave the stylesheet's order to pick the winner.
 * tailwind-merge, here only, finds such pairs: between a component's own classes and a caller's className,
 * and between the parts of one cn() call.
 */

const ROOT = path.resolve(import.meta.dirname, "..");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(rel);
    return /\.tsx$/.test(e.name) && !/\.test\./.test(e.name) ? [rel] : [];
  });
}

const parsed = [...sourceFiles("app"), ...sourceFiles("components")].map((file) => ({
  file,
  source: ts.createSourceFile(file, fs.readFileSync(path.join(ROOT, file), "utf8"), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX),
}));

/** Every class name spelled in string literals under a node: all branches of a condition together. */
function classesIn(node: ts.Node): string[] {
  const found: string[] = [];
  const walk = (n: ts.Node) => {
    if (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) found.push(n.text);
    else if (ts.isTemplateExpression(n)) {
      found.push(n.head.text);
      for (const span of n.templateSpans) {
        walk(span.expression);
        found.push(span.literal.text);
      }
    } else ts.forEachChild(n, walk);
  };
  walk(node);
  return found.flatMap((s) => s.split(/\s+/)).filter(Boolean);
}

/** The pairs (a, b) where b, coming later, overrides a: the same CSS property, same variants. */
function conflicts(earlier: string[], later: string[]): string[] {
  return earlier.flatMap((a) => later.filter((b) => a !== b && twMerge(a, b) === b).map((b) => `${a} / ${b}`));
}

function walkAll(visit: (node: ts.Node, at: string) => void) {
  for (const { file, source } of parsed) {
    const go = (n: ts.Node) => {
      visit(n, `${file}:${source.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      ts.forEachChild(n, go);
    };
    go(source);
  }
}

const isCn = (n: ts.Node): n is ts.CallExpression => ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "cn";

/**
 * A component's own classes: those of a cn() call in it that also takes its `className` prop, keyed by the
 * component's name (function Input … → "Input"); `gated` holds those behind a boolean prop (`fullWidth && "w-full"`),
 * which a caller turns off with `fullWidth={false}` to set that property itself.
 */
function componentDefaults(): Map<string, { own: string[]; gated: Map<string, string[]> }> {
  const defaults = new Map<string, { own: string[]; gated: Map<string, string[]> }>();
  walkAll((n) => {
    if (!ts.isFunctionDeclaration(n) || !n.name || !/^[A-Z]/.test(n.name.text)) return;
    const own: string[] = [];
    const gated = new Map<string, string[]>();
    const find = (m: ts.Node) => {
      if (isCn(m) && m.arguments.some((a) => ts.isIdentifier(a) && a.text === "className")) {
        own.push(...classesIn(m));
        for (const a of m.arguments) {
          if (ts.isBinaryExpression(a) && a.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken && ts.isIdentifier(a.left)) gated.set(a.left.text, classesIn(a.right));
        }
      }
      ts.forEachChild(m, find);
    };
    find(n);
    if (own.length) defaults.set(n.name.text, { own, gated });
  });
  return defaults;
}

/** The props a JSX element turns off: `fullWidth={false}`. */
function propsOff(n: ts.JsxOpeningElement | ts.JsxSelfClosingElement): string[] {
  return n.attributes.properties.flatMap((p) =>
    ts.isJsxAttribute(p) && p.initializer && ts.isJsxExpression(p.initializer) && p.initializer.expression?.kind === ts.SyntaxKind.FalseKeyword ? [p.name.getText()] : [],
  );
}

describe("cn", () => {
  it("joins what it is given, conditions and all, and merges nothing", () => {
    expect(cn("h-10 px-3", false && "hidden", null, { "w-full": true, "w-auto": false }, ["text-sm"])).toBe("h-10 px-3 w-full text-sm");
    expect(cn("h-10", "h-11")).toBe("h-10 h-11");
  });
});

describe("class names given to components", () => {
  const defaults = componentDefaults();

  it("finds the components whose own classes a caller could contradict", () => {
    for (const name of ["Input", "NativeSelect", "Textarea", "DialogContent", "PopoverContent", "Skeleton", "EmptyState", "PageHeader"]) {
      expect(defaults.get(name), name).toBeDefined();
    }
  });

  it("never set a property the component already sets (a prop chooses that instead)", () => {
    const found: string[] = [];
    walkAll((n, at) => {
      if (!(ts.isJsxOpeningElement(n) || ts.isJsxSelfClosingElement(n))) return;
      const component = defaults.get(n.tagName.getText());
      const given = n.attributes.properties.find((p) => ts.isJsxAttribute(p) && p.name.getText() === "className");
      if (!component || !given || !ts.isJsxAttribute(given) || !given.initializer) return;
      const off = new Set(propsOff(n).flatMap((prop) => component.gated.get(prop) ?? []));
      const own = component.own.filter((c) => !off.has(c));
      for (const pair of conflicts(own, classesIn(given.initializer))) found.push(`${at} <${n.tagName.getText()}>: ${pair}`);
    });
    expect(found).toEqual([]);
  });

  it("never give one element two classes for one property in one cn() call (a condition picks one)", () => {
    const found: string[] = [];
    walkAll((n, at) => {
      if (!isCn(n)) return;
      // Branches of one argument are alternatives; different arguments apply together.
      const parts = n.arguments.map(classesIn);
      parts.forEach((later, i) => parts.slice(0, i).forEach((earlier) => found.push(...conflicts(earlier, later).map((pair) => `${at}: ${pair}`))));
    });
    expect(found).toEqual([]);
  });
});
