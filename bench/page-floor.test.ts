import { describe, expect, it } from "vitest";
import { rng } from "./capacity";
import { floorOfEachRound, ratioToFloor, ratioWithoutFullCollections, roundOrder } from "./page-floor";

describe("a page against the page floor, round by round", () => {
  it("cancels a machine that slowed from round to round, the floor and the page alike", () => {
    expect(ratioToFloor([20, 40, 60], [10, 20, 30])).toBeCloseTo(2);
  });

  it("is the median of the rounds' ratios, not the ratio of the medians (which would say 1 here)", () => {
    // Round 2's page ran as cheaply as its floor; rounds 1 and 3 at twice it.
    expect(ratioToFloor([20, 20, 40], [10, 20, 20])).toBeCloseTo(2);
  });

  it("takes the median of the rounds' ratios, so one burst in one page's round does not decide it", () => {
    expect(ratioToFloor([15, 15, 60, 15, 15], [10, 10, 10, 10, 10])).toBeCloseTo(1.5);
  });

  it("has no floor and no ratio when the sweep did not run", () => {
    expect(floorOfEachRound([])).toEqual([]);
  });

  it("leaves out the rounds whose window held a full collection, when asked", () => {
    // Rounds 2 and 4 caught the heap's collection; without them the page runs at 1.5 × its floor.
    const page = [15, 30, 15, 32, 16];
    const floor = [10, 10, 10, 10, 10];
    expect(ratioToFloor(page, floor)).toBeCloseTo(1.6);
    expect(ratioWithoutFullCollections(page, floor, [0, 1, 0, 2, 0])).toBeCloseTo(1.5);
    expect(ratioWithoutFullCollections(page, floor, [1, 1, 1, 1, 1])).toBeUndefined();
  });

  it("has no ratio without a floor in the same round", () => {
    expect(ratioToFloor([15, 15], [])).toBeUndefined();
    expect(ratioToFloor([15, 15], [0, 0])).toBeUndefined();
  });

  it("takes each round's floor as the median of the floors measured in it (one per role)", () => {
    expect(floorOfEachRound([[10, 20, 30], [12, 22], [11, 21, 31]])).toEqual([11, 21]);
  });
});

describe("the order a round goes over the pages", () => {
  it("is every page once, in another order from round to round, the same in every run", () => {
    const random = rng(11);
    const rounds = Array.from({ length: 11 }, () => roundOrder(34, random));
    for (const order of rounds) expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: 34 }, (_, i) => i));
    expect(new Set(rounds.map((o) => o.join())).size).toBe(11);
    // No page keeps its place: the one that came first in round one comes at many places over the run.
    expect(new Set(rounds.map((o) => o.indexOf(rounds[0]![0]!))).size).toBeGreaterThan(5);
    const again = rng(11);
    expect(Array.from({ length: 11 }, () => roundOrder(34, again))).toEqual(rounds);
  });
});

