import { createElement, type ComponentType } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import * as lucide from "lucide-react";
import * as icons from "@/components/icons";

/** The sprite's file; components/icons.tsx draws from it at /icons/lucide.svg. */
export const SPRITE_FILE = "public/icons/lucide.svg";

/** lucide's stroke settings, once on each symbol's group instead of on every icon on every page. */
const STROKE = 'fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"';

/** The names the app's icons draw (components/icons.tsx), each once, sorted. */
export function spriteNames(): string[] {
  const names = Object.values(icons).flatMap((v) => (typeof v === "function" && "iconName" in v ? [v.iconName] : []));
  return [...new Set(names)].sort();
}

/**
 * The sprite: one <symbol> per icon, its paths as lucide-react draws them (rendered, so lucide's own
 * data is the source and an upgrade redraws them). Throws on a name lucide does not have.
 */
export function buildSprite(): string {
  const symbols = spriteNames().map((name) => {
    const component = (lucide as unknown as Record<string, ComponentType | undefined>)[name];
    if (!component) throw new Error(`lucide-react has no icon ${name}`);
    const svg = renderToStaticMarkup(createElement(component));
    const inner = svg.slice(svg.indexOf(">") + 1, svg.lastIndexOf("</svg>"));
    if (!inner) throw new Error(`lucide-react's ${name} draws nothing`);
    return `<symbol id="${name}" viewBox="0 0 24 24"><g ${STROKE}>${inner}</g></symbol>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg">\n${symbols.join("\n")}\n</svg>\n`;
}
