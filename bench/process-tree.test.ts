import { describe, expect, it } from "vitest";
import { formatRss, maxRss, splitRss, treeOf } from "./process-tree";

// npm start with WEB_CONCURRENCY=2: the launcher 100 (scripts/start.mjs) forks workers 200 and 300;
// 300 runs a helper 301. 900 is another process of the machine, 1 its init.
const children = new Map<number, number[]>([
  [1, [100, 900]],
  [100, [200, 300]],
  [300, [301]],
]);
const rssKb: Record<number, number> = { 1: 9_000, 100: 45_056, 200: 153_600, 300: 160_768, 301: 10_240, 900: 512_000 };

describe("npm start's memory, launcher and servers apart", () => {
  it("walks a process and everything below it, the process first", () => {
    expect(treeOf(100, children)).toEqual([100, 200, 300, 301]);
    expect(treeOf(200, children)).toEqual([200]);
  });

  it("counts the launcher on its own and every process below it as the server, leaving the rest of the machine out", () => {
    const split = splitRss(100, children, (pid) => rssKb[pid] ?? 0);
    expect(split.launcherMb).toBe(44);
    expect(split.serverMb).toBe(150 + 157 + 10);
    expect(split.totalMb).toBe(44 + 317);
    expect(formatRss(split)).toBe("361 (44 + 317)");
  });

  it("gives a server that has gone no memory", () => {
    const split = splitRss(100, new Map(), (pid) => (pid === 100 ? 45_056 : 0));
    expect(split).toEqual({ launcherMb: 44, serverMb: 0, totalMb: 44 });
  });

  it("keeps each part's own peak", () => {
    const early = { launcherMb: 46, serverMb: 300, totalMb: 346 };
    const late = { launcherMb: 44, serverMb: 320, totalMb: 364 };
    expect(maxRss(early, late)).toEqual({ launcherMb: 46, serverMb: 320, totalMb: 364 });
    expect([early, late].reduce(maxRss)).toEqual(maxRss(late, early));
  });
});
