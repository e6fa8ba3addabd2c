/**
 * NOTE: React's Flight server (in Next 16.4's app-page runtime) ends every render by aborting the
 * render's cacheSignal with a new `Error("This render completed successfully…")`, made in the
 * setImmediate callback that flushed the render. Until an Error's `.stack` is read, V8 keeps it as
 * frames, and the frames hold their receivers: that callback's Immediate. An Immediate holds the
 * AsyncLocalStorage stores it was created under (the render's request, its ServerResponse) and,
 * through the `_idleNext`/`_idlePrev` links Node leaves on it after it ran (nodejs/node#66129), the
 * Immediates that ran beside it for other requests, whose renders hold such an Error of their own:
 * finished requests chain to one another and stay reachable while any of them is. Under a burst the
 * live heap grew with the request rate (the sign-in page at ~130 req/s: 120 → 212 MB; a heap snapshot
 * held one ServerResponse and one such Error per request served). Reading the stack of an abort's
 * reason formats it into a string, and V8 lets the frames go.
 */
const INSTALLED = Symbol.for("cz.abortReasonStacks");
const registry = globalThis as { [INSTALLED]?: true };

/** Makes every AbortController of this process format its abort reason's stack as it aborts (once per process). */
export function formatAbortReasonStacks(): void {
  if (registry[INSTALLED]) return;
  registry[INSTALLED] = true;
  const abort = AbortController.prototype.abort;
  AbortController.prototype.abort = function (this: AbortController, ...args: [reason?: unknown]): void {
    Reflect.apply(abort, this, args);
    // The reason given, or the AbortError DOMException abort() made (an Error too).
    const reason: unknown = this.signal.reason;
    if (reason instanceof Error) void reason.stack;
  };
}
