import { describe, expect, it } from "vitest";
import { parseDecimal } from "./fields";

describe("parseDecimal", () => {
  it("reads plain decimal digits", () => {
    expect(parseDecimal("12")).toBe(12);
    expect(parseDecimal("4.5")).toBe(4.5);
    expect(parseDecimal(".5")).toBe(0.5);
    expect(parseDecimal("-3")).toBe(-3);
  });

  it("refuses what Number() would quietly accept", () => {
    for (const text of ["1e2", "0x10", "Infinity", "", " ", "1,000", "９０", "12分"]) expect(parseDecimal(text), text).toBeNaN();
  });
});
