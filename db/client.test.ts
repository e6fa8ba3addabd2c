import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { DataDirBusyError, migrateDatabase, openDatabase } from "./client";
import { createTestDatabase } from "@/test/databases";

const tmpDirs: string[] = [];
function tmpDir() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cz-pglite-"));
  tmpDirs.push(dir);
  return path.join(dir, "pglite");
}
afterEach(() => {
  for (const d of tmpDirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/**
 * A process that holds `<dir>.lock` the way a server on another host (or in another container) does:
 * the OS lock, and the file naming it. It says "locked" once it holds the lock, then waits to be killed.
 */
function foreignHolder(dir: string, host: string) {
  const script = `
    const fs = require("node:fs");
    const fd = fs.openSync(${JSON.stringify(`${dir}.lock`)}, "a+");
    if (!require("fs-native-extensions").tryLock(fd)) process.exit(3);
    fs.ftruncateSync(fd, 0);
    fs.writeSync(fd, JSON.stringify({ pid: process.pid, host: ${JSON.stringify(host)}, command: "next start", startedAt: "2026-12-01T08:00:00.000Z" }), 0);
    console.log("locked");
    setInterval(() => {}, 1000);`;
  const child = spawn(process.execPath, ["-e", script], { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
  const ready = new Promise<void>((resolve, reject) => {
    child.stdout!.on("data", (d: Buffer) => d.toString().includes("locked") && resolve());
    child.on("exit", (code) => reject(new Error(`holder exited with ${code}`)));
  });
  return { child, ready };
}

/** Whether another process could take the lock right now (it lets go at once). */
function lockableByAnotherProcess(dir: string): boolean {
  const script = `const fs = require("node:fs"); process.exit(require("fs-native-extensions").tryLock(fs.openSync(${JSON.stringify(`${dir}.lock`)}, "a+")) ? 0 : 1);`;
  return spawnSync(process.execPath, ["-e", script], { cwd: process.cwd() }).status === 0;
}

describe("embedded database ownership", () => {
  it("refuses a data directory a live process holds, even under another host name, naming it", async () => {
    const dir = tmpDir();
    const holder = foreignHolder(dir, "container-b");
    try {
      await holder.ready;
      const attempt = openDatabase({ dataDir: dir });
      await expect(attempt).rejects.toBeInstanceOf(DataDirBusyError);
      await expect(attempt).rejects.toThrow(new RegExp(`process ${holder.child.pid} on container-b \\(next start\\), started 2026-12-01T08:00:00.000Z`));
      expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(false);
      // The holder's lock is untouched by the attempt.
      expect(lockableByAnotherProcess(dir)).toBe(false);
    } finally {
      holder.child.kill("SIGKILL");
    }
  });

  it("opens a directory whose holder was killed, without anyone clearing the lock by hand", async () => {
    const dir = tmpDir();
    const holder = foreignHolder(dir, os.hostname());
    await holder.ready;
    holder.child.kill("SIGKILL");
    await new Promise((r) => holder.child.on("exit", r));
    const handle = await openDatabase({ dataDir: dir });
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
    await handle.close();
  });

  it("is not blocked by a lock file naming a dead process, or a pid now used by an unrelated one", async () => {
    const dir = tmpDir();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.on("exit", r));
    const unrelated = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      for (const pid of [dead.pid, unrelated.pid, process.pid]) {
        fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid, host: os.hostname(), command: "next start" }));
        const handle = await openDatabase({ dataDir: dir });
        expect(JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
        expect(lockableByAnotherProcess(dir)).toBe(false);
        await handle.close();
        // Closing lets go: the next server takes it at once.
        expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe("");
        expect(lockableByAnotherProcess(dir)).toBe(true);
      }
    } finally {
      unrelated.kill();
    }
  });

  it("refuses a second open of the same directory in one process", async () => {
    const dir = tmpDir();
    const first = await openDatabase({ dataDir: dir });
    try {
      await expect(openDatabase({ dataDir: dir })).rejects.toThrow(new RegExp(`process ${process.pid} on `));
    } finally {
      await first.close();
    }
  });

  it("keeps data across reopening the same directory", async () => {
    const dir = tmpDir();
    const first = await openDatabase({ dataDir: dir });
    await migrateDatabase(first);
    await first.db.execute(sql`insert into app_meta (key, value) values ('probe', '1'::jsonb)`);
    await first.close();
    const second = await openDatabase({ dataDir: dir });
    await migrateDatabase(second);
    const rows = await second.db.query.appMeta.findMany();
    expect(rows.map((r) => r.key)).toContain("probe");
    await second.close();
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("migrations on the PostgreSQL server", () => {
  it("lets several app servers migrate at once under the advisory lock", async () => {
    const db = await createTestDatabase("postgres");
    try {
      const others = await Promise.all([1, 2, 3].map(() => openDatabase({ url: db.url!, poolSize: 1 })));
      await Promise.all(others.map((h) => migrateDatabase(h, db.url!)));
      await Promise.all(others.map((h) => h.close()));
      const tables = await db.db.execute(sql`select count(*)::int as n from information_schema.tables where table_name = 'users'`);
      expect(tables).toEqual([{ n: 1 }]);
    } finally {
      await db.dispose();
    }
  });
});

describe.runIf(process.env.TEST_DATABASE_URL)("queries on PostgreSQL", () => {
  it("are prepared once per connection, in transactions and savepoints too", async () => {
    const handle = await createTestDatabase("postgres");
    try {
      const probe = (n: number) => sql`select ${n}::int + 1 as v`;
      const prepared = sql`select count(*)::int as n from pg_prepared_statements where statement like 'select $1::int + 1%'`;
      await handle.db.transaction(async (tx) => {
        await tx.execute(probe(1));
        await tx.execute(probe(2));
        const [{ n }] = (await tx.execute(prepared)) as unknown as { n: number }[];
        // Prepared once on this connection, then reused (unprepared queries leave nothing here).
        expect(n).toBe(1);
        await tx.transaction(async (savepoint) => {
          const [{ v }] = (await savepoint.execute(probe(41))) as unknown as { v: number }[];
          expect(v).toBe(42);
          const [{ n: inSavepoint }] = (await savepoint.execute(prepared)) as unknown as { n: number }[];
          expect(inSavepoint).toBe(1);
        });
      });
    } finally {
      await handle.dispose();
    }
  });

  it("run without JIT on every connection of the pool", async () => {
    const handle = await createTestDatabase("postgres");
    try {
      // Several at once, so the pool opens several connections; each must carry the startup parameter.
      const settings = await Promise.all(
        [1, 2, 3, 4].map(() => handle.db.transaction(async (tx) => (await tx.execute(sql`select current_setting('jit') as jit, pg_backend_pid() as pid, pg_sleep(0.05)`)) as unknown as { jit: string; pid: number }[])),
      );
      expect(new Set(settings.map(([row]) => row!.pid)).size).toBeGreaterThan(1);
      expect(settings.map(([row]) => row!.jit)).toEqual(["off", "off", "off", "off"]);
    } finally {
      await handle.dispose();
    }
  });
});
