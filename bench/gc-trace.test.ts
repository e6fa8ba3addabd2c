import { describe, expect, it } from "vitest";
import { LiveHeapPeak, liveHeapAfterFullGc } from "./gc-trace";

// Lines as Node 20's V8 prints them with --trace-gc.
const scavenge = "[8643:0x45327cb0]      158 ms: Scavenge 7.6 (9.9) -> 7.5 (15.2) MB, 4.92 / 0.00 ms  (average mu = 1.000, current mu = 1.000) allocation failure; ";
const markCompact =
  "[8720:0x3ce02d00]    91280 ms: Mark-Compact 212.4 (236.1) -> 201.9 (237.6) MB, 310.52 / 0.04 ms  (+ 12.1 ms in 28 steps since start of marking, biggest step 1.2 ms, walltime since start of marking 420 ms) (average mu = 0.412, current mu = 0.288) finalize incremental marking via stack guard; GC in old space requested";
const reduce = "[8720:0x3ce02d00]   120001 ms: Mark-Compact (reduce) 130.2 (150.0) -> 123.4 (139.5) MB, 88.20 / 0.00 ms  (average mu = 0.9, current mu = 0.9) memory reducer; GC in old space requested";

describe("the live heap from --trace-gc", () => {
  it("reads the heap left after a full collection, and its process", () => {
    expect(liveHeapAfterFullGc(markCompact)).toEqual({ pid: 8720, mb: 201.9 });
    expect(liveHeapAfterFullGc(reduce)).toEqual({ pid: 8720, mb: 123.4 });
  });

  it("ignores scavenges and the server's own output", () => {
    expect(liveHeapAfterFullGc(scavenge)).toBeUndefined();
    expect(liveHeapAfterFullGc("   ▲ Next.js 16.4.6")).toBeUndefined();
    expect(liveHeapAfterFullGc("")).toBeUndefined();
  });

  it("keeps the peak across chunks that split lines, until reset", () => {
    const peak = new LiveHeapPeak();
    const text = [scavenge, reduce, markCompact, scavenge, ""].join("\n");
    for (let i = 0; i < text.length; i += 37) peak.write(text.slice(i, i + 37));
    expect(peak.peakMb).toBe(201.9);
    expect(peak.reset()).toBe(201.9);
    expect(peak.peakMb).toBeUndefined();
    peak.write(`${reduce}\n`);
    expect(peak.reset()).toBe(123.4);
  });

  it("counts full collections across resets, scavenges not", () => {
    const peak = new LiveHeapPeak();
    peak.write([scavenge, reduce, scavenge, markCompact, ""].join("\n"));
    peak.reset();
    peak.write(`${scavenge}\n${markCompact}\n`);
    expect(peak.fullCollections).toBe(3);
  });

  it("waits for the end of a line before reading it", () => {
    const peak = new LiveHeapPeak();
    peak.write(markCompact);
    expect(peak.peakMb).toBeUndefined();
    peak.write("\n");
    expect(peak.peakMb).toBe(201.9);
  });
});
