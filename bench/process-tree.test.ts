import { describe, expect, it } from "vitest";
import { formatRss, maxRss, splitRss, treeOf } from "./process-tree";

// npm start with WEB_CONCURRENCY=2: the launcher 100 (scripts/start.mjs) forks workers 200 and 300;
// 300 runs a helper 301. 900 is another process of the machine, 1 its init.
const children = new Map<number, number[]>([
  [1, [100, 900]],
  [100, [200, 300]],
  [300, [301]],
]);
// Private pages (anon + shmem) and file-backed ones (the node binary, ~36 MB, mapped by every Node process).
const memKb: Record<number, { anon: number; file: number; shmem: number }> = {
  1: { anon: 8_000, file: 1_000, shmem: 0 },
  100: { anon: 7_168, file: 36_864, shmem: 0 },
  200: { anon: 112_640, file: 40_960, shmem: 1_024 },
  300: { anon: 119_808, file: 40_960, shmem: 0 },
  301: { anon: 6_144, file: 4_096, shmem: 0 },
  900: { anon: 500_000, file: 12_000, shmem: 0 },
};
const mem = (pid: number) => memKb[pid] ?? { anon: 0, file: 0, shmem: 0 };

describe("npm start's memory, launcher and servers apart", () => {
  it("walks a process and everything below it, the process first", () => {
    expect(treeOf(100, children)).toEqual([100, 200, 300, 301]);
    expect(treeOf(200, children)).toEqual([200]);
  });

  it("counts the launcher on its own and every process below it as the server, leaving the rest of the machine out", () => {
    const split = splitRss(100, children, mem);
    // Private pages of each, the shared file pages once (the largest mapping, 40 MB): not 36 + 40 + 40 + 4 MB.
    expect(split.launcherMb).toBe(7);
    expect(split.serverMb).toBe(110 + 1 + 117 + 6 + 40);
    expect(split.totalMb).toBe(7 + 274);
    expect(formatRss(split)).toBe("281 (7 + 274)");
  });

  it("gives a server that has gone no memory, and the launcher then its own file pages", () => {
    const split = splitRss(100, new Map(), (pid) => (pid === 100 ? mem(100) : { anon: 0, file: 0, shmem: 0 }));
    expect(split).toEqual({ launcherMb: 43, serverMb: 0, totalMb: 43 });
  });

  it("is one server's VmRSS when npm start runs one", () => {
    const one = new Map<number, number[]>([[100, [200]]]);
    const split = splitRss(100, one, mem);
    expect(split.serverMb).toBe((112_640 + 1_024 + 40_960) / 1024);
  });

  it("keeps each part's own peak", () => {
    const early = { launcherMb: 46, serverMb: 300, totalMb: 346 };
    const late = { launcherMb: 44, serverMb: 320, totalMb: 364 };
    expect(maxRss(early, late)).toEqual({ launcherMb: 46, serverMb: 320, totalMb: 364 });
    expect([early, late].reduce(maxRss)).toEqual(maxRss(late, early));
  });
});
