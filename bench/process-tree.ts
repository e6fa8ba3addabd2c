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

/**
 * A process's resident memory in KB, by kind (/proc/<pid>/status): its private pages (RssAnon, RssShmem)
 * and the file-backed ones (RssFile: the node binary and its libraries, which every Node process of the
 * tree maps and shares). All 0 once it is gone.
 */
export interface ResidentKb {
  anon: number;
  file: number;
  shmem: number;
}

export function residentKb(pid: number): ResidentKb {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const field = (name: string) => Number(new RegExp(`${name}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
    return { anon: field("RssAnon"), file: field("RssFile"), shmem: field("RssShmem") };
  } catch {
    return { anon: 0, file: 0, shmem: 0 };
  }
}

export interface RssSplit {
  /** What the launcher adds (MB): scripts/start.mjs's private memory; its file pages are the servers' too. */
  launcherMb: number;
  /** The server process(es) below it (MB): one server's VmRSS, or the workers' private memory plus their shared file pages once. */
  serverMb: number;
  /** Both (MB): the memory `npm start` holds, the figure the 400 MB target is about. */
  totalMb: number;
}

/**
 * The memory of a launcher and of everything below it, apart. Summing each process's VmRSS would count
 * the node binary's pages (~36 MB) once per process although the machine holds them once; here private
 * pages are summed and the file-backed pages counted once (the largest process's, which maps the others').
 */
export function splitRss(launcher: number, children: ReadonlyMap<number, readonly number[]>, memKb: (pid: number) => ResidentKb): RssSplit {
  const own = memKb(launcher);
  const servers = treeOf(launcher, children).slice(1).map(memKb);
  const privateKb = (m: ResidentKb) => m.anon + m.shmem;
  const serverFileKb = Math.max(0, ...servers.map((m) => m.file));
  const serverKb = servers.reduce((sum, m) => sum + privateKb(m), 0) + serverFileKb;
  // With no server left, the launcher's own file pages are no one else's.
  const launcherKb = privateKb(own) + Math.max(0, own.file - serverFileKb);
  return { launcherMb: launcherKb / 1024, serverMb: serverKb / 1024, totalMb: (launcherKb + serverKb) / 1024 };
}

/** The launcher's and the servers' memory now. */
export function rssNow(launcher: number): RssSplit {
  return splitRss(launcher, childrenTable(), residentKb);
}

/** Each figure's own peak over two samples (the parts may peak at different moments from the total). */
export function maxRss(a: RssSplit, b: RssSplit): RssSplit {
  return { launcherMb: Math.max(a.launcherMb, b.launcherMb), serverMb: Math.max(a.serverMb, b.serverMb), totalMb: Math.max(a.totalMb, b.totalMb) };
}

/** "total (launcher + servers)" in whole MB, e.g. "352 (44 + 308)". */
export function formatRss(r: RssSplit): string {
  return `${Math.round(r.totalMb)} (${Math.round(r.launcherMb)} + ${Math.round(r.serverMb)})`;
}

/** CPU time (user + system, ms) `pid` and the processes below it have used so far. */
export function treeCpuMs(pid: number): number {
  const tick = 1000 / 100; // USER_HZ is 100 on Linux
  let ticks = 0;
  for (const p of descendants(pid)) {
    try {
      const fields = fs.readFileSync(`/proc/${p}/stat`, "utf8");
      const rest = fields.slice(fields.lastIndexOf(")") + 2).split(" ");
      ticks += Number(rest[11]) + Number(rest[12]); // utime, stime
    } catch {
      /* gone */
    }
  }
  return ticks * tick;
}
