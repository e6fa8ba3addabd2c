/**
 * The server's processes as `npm start` runs them: the launcher (scripts/start.mjs) and, below it, the
 * server process(es) (one `next start`, or WEB_CONCURRENCY cluster workers). Read from /proc (Linux).
 */
import fs from "node:fs";

/** Each process's children, from one pass over /proc. */
export function childrenTable(): Map<number, number[]> {
  // One pass for the parent of every process, then walks down from a pid (a pass per child blocked
  // the load generator's thread for 50–100 ms under a PostgreSQL's backends).
  const children = new Map<number, number[]>();
  for (const entry of fs.readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      const list = children.get(ppid);
      if (list) list.push(Number(entry));
      else children.set(ppid, [Number(entry)]);
    } catch {
      /* gone */
    }
  }
  return children;
}

/** `root` and every process below it, root first. */
export function treeOf(root: number, children: ReadonlyMap<number, readonly number[]>): number[] {
  const out: number[] = [];
  const walk = (p: number) => {
    out.push(p);
    for (const c of children.get(p) ?? []) walk(c);
  };
  walk(root);
  return out;
}

/** `pid` and its descendants now. */
export function descendants(pid: number): number[] {
  return treeOf(pid, childrenTable());
}

/** A process's resident set (VmRSS) in KB, 0 once it is gone. */
export function vmRssKb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

export interface RssSplit {
  /** The launcher's own RSS (MB): scripts/start.mjs, which only starts and watches the server. */
  launcherMb: number;
  /** The server process(es) below it (MB). */
  serverMb: number;
  /** Both (MB): what `npm start` holds, the figure the 400 MB target is about. */
  totalMb: number;
}

/** RSS of a launcher and of everything below it, apart. */
export function splitRss(launcher: number, children: ReadonlyMap<number, readonly number[]>, rssKb: (pid: number) => number): RssSplit {
  const launcherKb = rssKb(launcher);
  const serverKb = treeOf(launcher, children)
    .slice(1)
    .reduce((sum, p) => sum + rssKb(p), 0);
  return { launcherMb: launcherKb / 1024, serverMb: serverKb / 1024, totalMb: (launcherKb + serverKb) / 1024 };
}

/** The launcher's and the servers' RSS now. */
export function rssNow(launcher: number): RssSplit {
  return splitRss(launcher, childrenTable(), vmRssKb);
}

/** Each figure's own peak over two samples (the parts may peak at different moments from the total). */
export function maxRss(a: RssSplit, b: RssSplit): RssSplit {
  return { launcherMb: Math.max(a.launcherMb, b.launcherMb), serverMb: Math.max(a.serverMb, b.serverMb), totalMb: Math.max(a.totalMb, b.totalMb) };
}

/** "total (launcher + servers)" in whole MB, e.g. "352 (44 + 308)". */
export function formatRss(r: RssSplit): string {
  return `${Math.round(r.totalMb)} (${Math.round(r.launcherMb)} + ${Math.round(r.serverMb)})`;
}
