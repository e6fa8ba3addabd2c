// The V8 heap bounds `npm start`, `npm run demo` and `npm run bench` give the server by default.
// Without them, V8 lets the heap grow to 0.7–1.6 GB under concurrent renders (garbage it has not yet
// had to collect). With them the whole city bench (20 concurrent renders, the sign-in page at ~70 req/s,
// the month-end mix, the capacity run's overloaded steps) stays under 400 MB of RSS with the launcher,
// the live heap at ~110 MB. The old space holds no more since finished requests are let go
// (lib/http/abort-reason-stacks.ts): before that the live heap grew with the request rate (~210 MB under a
// burst of sign-in pages), 224 MB ran out of heap and 320 MB was the default, at 420–480 MB of RSS. The
// young generation's 8 MB semi-spaces (V8's default here: 16) took ~30 MB off the peak of an overloaded
// server at the same CPU per response (docs/scaling.md, "Ninth pass").
// Overridable: a --max-old-space-size in NODE_OPTIONS wins (and --max-semi-space-size likewise), and
// HEAP_MB=0 removes both bounds.

export const DEFAULT_HEAP_MB = 224;
export const DEFAULT_SEMI_SPACE_MB = 8;

/**
 * NODE_OPTIONS for the server: the caller's own, plus the default old-space bound unless it names one,
 * and the default semi-space size unless it names one.
 * @param {Record<string, string | undefined>} env
 */
export function boundedNodeOptions(env = process.env) {
  const own = env.NODE_OPTIONS ?? "";
  if (/--max-old-space-size[=\s]/.test(own)) return own;
  const mb = env.HEAP_MB === undefined || env.HEAP_MB === "" ? DEFAULT_HEAP_MB : Number(env.HEAP_MB);
  if (!Number.isFinite(mb) || mb < 0) throw new Error(`HEAP_MB must be a number of megabytes (0: no bound), not ${env.HEAP_MB}`);
  if (mb === 0) return own;
  const semiSpace = /--max-semi-space-size[=\s]/.test(own) ? "" : ` --max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`;
  return `${own} --max-old-space-size=${mb}${semiSpace}`.trim();
}
