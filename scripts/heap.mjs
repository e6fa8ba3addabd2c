// The V8 heap bound `npm start`, `npm run demo` and `npm run bench` give the server by default.
// Without one, V8 lets the heap grow to 0.7–1.6 GB under concurrent renders (garbage it has not yet
// had to collect). With this bound the whole city bench (20 concurrent renders, the sign-in page at
// ~70 req/s, the month-end mix) peaks at 386 MB of RSS with the launcher, the live heap at ~110 MB.
// It holds no more since finished requests are let go (lib/http/abort-reason-stacks.ts): before that the
// live heap grew with the request rate (~210 MB under a burst of sign-in pages), this bound ran out of
// heap and 320 MB was the default, at 420–480 MB of RSS (docs/scaling.md, "Memory").
// Overridable: a --max-old-space-size in NODE_OPTIONS wins, and HEAP_MB=0 removes the bound.

export const DEFAULT_HEAP_MB = 224;

/**
 * NODE_OPTIONS for the server: the caller's own, plus the default old-space bound unless it names one.
 * @param {Record<string, string | undefined>} env
 */
export function boundedNodeOptions(env = process.env) {
  const own = env.NODE_OPTIONS ?? "";
  if (/--max-old-space-size[=\s]/.test(own)) return own;
  const mb = env.HEAP_MB === undefined || env.HEAP_MB === "" ? DEFAULT_HEAP_MB : Number(env.HEAP_MB);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`HEAP_MB must be a number of megabytes (0: no bound), not ${env.HEAP_MB}`);
  return mb === 0 ? own : `${own} --max-old-space-size=${mb}`.trim();
}
