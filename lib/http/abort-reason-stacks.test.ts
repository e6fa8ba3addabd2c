import { AsyncLocalStorage } from "node:async_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { formatAbortReasonStacks } from "./abort-reason-stacks";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

/**
 * As React's Flight server ends a render: in a setImmediate callback run under the request's
 * AsyncLocalStorage store, the render's AbortController is aborted with a new Error (below the
 * callback's own frame). Returns how many of the stores are still reachable once that has run.
 */
async function storesAliveAfterRenders(count: number): Promise<{ alive: number; controllers: AbortController[] }> {
  const storage = new AsyncLocalStorage<{ payload: number[] }>();
  const stores: WeakRef<object>[] = [];
  const controllers: AbortController[] = [];
  const finish = (controller: AbortController) => controller.abort(new Error("This render completed successfully"));
  await new Promise<void>((resolve) => {
    let done = 0;
    for (let i = 0; i < count; i++) {
      const store = { payload: new Array<number>(1000).fill(i) };
      stores.push(new WeakRef(store));
      const controller = new AbortController();
      controllers.push(controller);
      storage.run(store, () =>
        setImmediate(function () {
          finish(controller);
          if (++done === count) resolve();
        }),
      );
    }
  });
  // A new task: WeakRefs keep their targets until the task that made them ends.
  await new Promise((r) => setTimeout(r, 10));
  gc();
  gc();
  return { alive: stores.filter((s) => s.deref() !== undefined).length, controllers };
}

describe("abort reasons' stacks", () => {
  // One test, in this order: the patch cannot be taken back once installed.
  it("keeps no finished request's store reachable through its abort reason once installed", async () => {
    const before = await storesAliveAfterRenders(50);
    expect(before.alive).toBe(50); // Node's behaviour without it: the unformatted stack holds the Immediate and its store.
    formatAbortReasonStacks();
    formatAbortReasonStacks(); // once per process
    const after = await storesAliveAfterRenders(50);
    expect(after.alive).toBe(0);
    const reason = after.controllers[0]!.signal.reason as Error;
    expect(reason.message).toBe("This render completed successfully");
    expect(reason.stack).toContain("This render completed successfully");
    expect(after.controllers.every((c) => c.signal.aborted)).toBe(true);
  });

  it("still gives an abort without a reason its AbortError, listeners seeing the reason", () => {
    const controller = new AbortController();
    let seen: unknown;
    controller.signal.addEventListener("abort", () => (seen = controller.signal.reason));
    controller.abort();
    expect((controller.signal.reason as Error).name).toBe("AbortError");
    expect(seen).toBe(controller.signal.reason);
  });
});
