import { describe, expect, it } from "vitest";
import { serverProcesses } from "./processes.mjs";

describe("serverProcesses (WEB_CONCURRENCY)", () => {
  it("serves from one process unless told otherwise", () => {
    expect(serverProcesses({})).toBe(1);
    expect(serverProcesses({ WEB_CONCURRENCY: "" })).toBe(1);
  });

  it("takes a whole number of processes", () => {
    expect(serverProcesses({ WEB_CONCURRENCY: "2" })).toBe(2);
    expect(serverProcesses({ WEB_CONCURRENCY: "8" })).toBe(8);
  });

  it("refuses what is not a sensible number of processes, naming the value", () => {
    for (const bad of ["0", "-1", "1.5", "two", "65"]) {
      expect(() => serverProcesses({ WEB_CONCURRENCY: bad })).toThrow(new RegExp(`not ${bad}`));
    }
  });
});
