import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { countHeapObjects } from "./heap-snapshot";

describe("counting what a heap snapshot holds", () => {
  it("counts objects by constructor and React's render-completed abort reasons by their message", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "heap-count-"));
    const file = path.join(dir, "held.heapsnapshot");
    // A small process of its own holds 3 responses, 2 render-completed errors and one other error, and writes its heap.
    const program = `
      class ServerResponse {}
      globalThis.held = [new ServerResponse(), new ServerResponse(), new ServerResponse(),
        new Error("This render completed successfully. All cacheSignals are now aborted to allow clean up of any unused resources."),
        new Error("This render completed successfully."), new Error("something else")];
      require("node:v8").writeHeapSnapshot(${JSON.stringify(file)});`;
    execFileSync(process.execPath, ["-e", program]);
    const counts = countHeapObjects(JSON.parse(fs.readFileSync(file, "utf8")));
    fs.rmSync(dir, { recursive: true });
    expect(counts.get("ServerResponse")).toBe(3);
    expect(counts.get("renderCompleted")).toBe(2);
  });
});
