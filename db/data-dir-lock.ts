import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { tryLock, unlock } from "fs-native-extensions";

/** Who holds a data directory, as its lock file names them (for the message only: the OS lock decides). */
export interface LockHolder {
  pid: number;
  host: string;
  command?: string;
  startedAt?: string;
}

export class DataDirBusyError extends Error {
  constructor(
    readonly dir: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `process ${holder.pid} on ${holder.host}${holder.command ? ` (${holder.command})` : ""}, started ${holder.startedAt ?? "at an unknown time"}`
      : "another process";
    super(
      `The embedded database at ${dir} is already open in ${who}. ` +
        `PGlite allows one process per data directory: stop that process, or point DATA_DIR elsewhere. ` +
        `(嵌入式数据库已被${holder ? `主机 ${holder.host} 上的进程 ${holder.pid}` : "另一个进程"}占用：请先停止该进程，或通过 DATA_DIR 指定其他目录。)`,
    );
    this.name = "DataDirBusyError";
  }
}

function readHolder(fd: number): LockHolder | null {
  try {
    const { size } = fs.fstatSync(fd);
    const buf = Buffer.alloc(Math.min(size, 4096));
    fs.readSync(fd, buf, 0, buf.length, 0);
    const holder = JSON.parse(buf.toString("utf8")) as LockHolder;
    return typeof holder.pid === "number" && typeof holder.host === "string" ? holder : null;
  } catch {
    return null; // written half-way this instant, or by something else
  }
}

/**
 * NOTE: PGlite has no lock of its own: two processes on one directory both acknowledge writes and one
 * side's are gone after a restart. `<dataDir>.lock` carries an operating-system lock (an fcntl
 * open-file-description lock on Linux, which NFS carries to other hosts too; flock on macOS;
 * LockFileEx on Windows) that the kernel holds exactly as long as the holding process lives and drops
 * however it ends (exit, crash, kill -9). So a live holder cannot be robbed, whatever host name or
 * container it runs under, and a dead one never blocks a start, whatever became of its pid. The JSON
 * in the file only names the holder for the refusal's message. The file is never deleted: a process
 * that unlinked it could let a third one lock a fresh file of the same name beside a live holder.
 * A second open in the same process is refused as well (two PGlite instances would clash the same way).
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`;
  const fd = fs.openSync(lockPath, fs.constants.O_RDWR | fs.constants.O_CREAT, 0o644);
  let locked = false;
  try {
    locked = tryLock(fd);
    if (!locked) throw new DataDirBusyError(dataDir, readHolder(fd));
    const me: LockHolder = {
      pid: process.pid,
      host: os.hostname(),
      command: process.argv.slice(1).map((a) => path.basename(a)).join(" "),
      startedAt: new Date().toISOString(),
    };
    fs.ftruncateSync(fd, 0);
    fs.writeSync(fd, JSON.stringify(me), 0);
  } catch (err) {
    if (locked) unlock(fd);
    fs.closeSync(fd);
    throw err;
  }
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    process.removeListener("exit", release);
    try {
      fs.ftruncateSync(fd, 0);
      unlock(fd);
    } finally {
      fs.closeSync(fd); // closing drops the lock in any case
    }
  };
  process.once("exit", release);
  return release;
}
