import { describe, expect, it } from "vitest";
import { boundedNodeOptions, DEFAULT_HEAP_MB, DEFAULT_SEMI_SPACE_MB } from "./heap.mjs";

describe("the server's heap bounds", () => {
  it("bound the old space and the young generation by default, beside the caller's own options", () => {
    expect(boundedNodeOptions({})).toBe(`--max-old-space-size=${DEFAULT_HEAP_MB} --max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`);
    expect(boundedNodeOptions({ NODE_OPTIONS: "--enable-source-maps" })).toBe(`--enable-source-maps --max-old-space-size=${DEFAULT_HEAP_MB} --max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`);
  });

  it("leave whatever the caller bounds itself to the caller", () => {
    expect(boundedNodeOptions({ NODE_OPTIONS: "--max-old-space-size=512" })).toBe("--max-old-space-size=512");
    expect(boundedNodeOptions({ NODE_OPTIONS: "--max-semi-space-size=32" })).toBe(`--max-semi-space-size=32 --max-old-space-size=${DEFAULT_HEAP_MB}`);
    expect(boundedNodeOptions({ HEAP_MB: "300" })).toBe(`--max-old-space-size=300 --max-semi-space-size=${DEFAULT_SEMI_SPACE_MB}`);
  });

  it("are removed by HEAP_MB=0 and refuse a HEAP_MB that is not a size", () => {
    expect(boundedNodeOptions({ HEAP_MB: "0", NODE_OPTIONS: "--trace-warnings" })).toBe("--trace-warnings");
    expect(() => boundedNodeOptions({ HEAP_MB: "lots" })).toThrow(/HEAP_MB/);
  });
});
