/**
 * The server's live heap, from V8's `--trace-gc` lines on its stdout. A full collection (Mark-Compact)
 * leaves only what is still reachable, so its "after" figure is the live heap; scavenges only empty the
 * young generation and say nothing about it. One line per collection, e.g.
 *   [8720:0x3ce02d00]   280 ms: Mark-Compact 183.1 (204.0) -> 121.6 (205.0) MB, 51.27 / 0.00 ms  (…) allocation failure; …
 */

const MARK_COMPACT = /^\[(\d+):0x[0-9a-f]+\]\s+\d+ ms: Mark-Compact(?: \(reduce\))? [\d.]+ \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/;

/** The heap left after a full collection (MB) and the process it ran in, or undefined for any other line. */
export function liveHeapAfterFullGc(line: string): { pid: number; mb: number } | undefined {
  const m = MARK_COMPACT.exec(line);
  return m ? { pid: Number(m[1]), mb: Number(m[2]) } : undefined;
}

/**
 * The largest live heap seen in a stream of output since the last reset(), over all processes writing to it
 * (the launcher's own few MB never win). Output arrives in chunks that may split a line.
 */
export class LiveHeapPeak {
  private rest = "";
  peakMb: number | undefined;
  /**
   * Full collections seen so far, never reset: the page sweep reads it before and after a page's window to
   * tell the windows that held one (~100–180 ms of the process's CPU each here) from those that did not.
   */
  fullCollections = 0;

  write(chunk: string): void {
    const lines = (this.rest + chunk).split("\n");
    this.rest = lines.pop()!;
    for (const line of lines) {
      const gc = liveHeapAfterFullGc(line);
      if (!gc) continue;
      this.fullCollections++;
      if (this.peakMb === undefined || gc.mb > this.peakMb) this.peakMb = gc.mb;
    }
  }

  /** Starts a new measurement (e.g. the next endpoint's load); returns the peak of the one that ends. */
  reset(): number | undefined {
    const peak = this.peakMb;
    this.peakMb = undefined;
    return peak;
  }
}
