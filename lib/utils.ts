import { type ClassValue, clsx } from "clsx";

/**
 * Joins class names; it does not merge conflicting Tailwind utilities (tailwind-merge was ~5 KB gzip
 * of JavaScript on every page, before first paint). So a component's defaults and a caller's
 * className must never set the same property: a component offers a prop for each look a caller
 * may change (e.g. Input `size="lg"`, DialogContent `wide`), and lib/utils.test.ts checks
 * every className given to a component against the component's own classes.
 */
export function cn(...inputs: ClassValue[]) {
  return clsx(inputs);
}
