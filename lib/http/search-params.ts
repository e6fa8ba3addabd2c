import type { z } from "zod";

/**
 * A page's or route's URL filters through their schema: a repeated parameter counts once (its first
 * value) and an empty one as absent, so the schema's `.catch` fallbacks decide what a bad value means.
 */
export function parseSearchParams<T extends z.ZodType>(schema: T, raw: Record<string, string | string[] | undefined>): z.infer<T> {
  return schema.parse(Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v || undefined])));
}
