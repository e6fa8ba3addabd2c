import { describe, expect, it } from "vitest";
import { floorOfEachRound, ratioToFloor } from "./page-floor";

describe("a page against the page floor, round by round", () => {
  it("cancels a slow round that slowed the floor and the page alike", () => {
    // Round 3 ran on a machine twice as slow: the page's CPU doubled and so did the floor's.
    const floor = [10, 10, 20, 10, 10];
    const page = [18, 18, 36, 18, 18];
    expect(ratioToFloor(page, floor)).toBeCloseTo(1.8);
  });

  it("does not let a floor measured in other rounds decide (dividing medians would say 2.25 here)", () => {
    const floor = [8, 8, 16, 16, 16];
    const page = [14, 14, 28, 28, 28];
    expect(ratioToFloor(page, floor)).toBeCloseTo(1.75);
  });

  it("takes the median of the rounds' ratios, so one burst in one page's round does not decide it", () => {
    expect(ratioToFloor([15, 15, 60, 15, 15], [10, 10, 10, 10, 10])).toBeCloseTo(1.5);
  });

  it("has no ratio without a floor in the same round", () => {
    expect(ratioToFloor([15, 15], [])).toBeUndefined();
    expect(ratioToFloor([15, 15], [0, 0])).toBeUndefined();
  });

  it("takes each round's floor as the median of the floors measured in it (one per role)", () => {
    expect(floorOfEachRound([[10, 20, 30], [12, 22], [11, 21, 31]])).toEqual([11, 21]);
  });
});
