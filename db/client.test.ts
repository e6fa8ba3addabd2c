import { spawn } from "node:child_process";
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

describe("embedded database ownership", () => {
  it("refuses a data directory that another live process holds, naming it", async () => {
    const dir = tmpDir();
    const holder = spawn(process.execPath, ["-e", "setTimeout(() => {}, 30000)"]);
    try {
      fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: holder.pid, host: os.hostname(), command: "next start" }));
      const attempt = openDatabase({ dataDir: dir });
      await expect(attempt).rejects.toBeInstanceOf(DataDirBusyError);
      await expect(attempt).rejects.toThrow(new RegExp(`process ${holder.pid}.*next start`));
      expect(fs.existsSync(path.join(dir, "PG_VERSION"))).toBe(false);
    } finally {
      holder.kill();
    }
  });

  it("takes over a lock left by a process that is gone, and releases it on close", async () => {
    const dir = tmpDir();
    const dead = spawn(process.execPath, ["-e", ""]);
    await new Promise((r) => dead.on("exit", r));
    fs.writeFileSync(`${dir}.lock`, JSON.stringify({ pid: dead.pid, host: os.hostname() }));
    const handle = await openDatabase({ dataDir: dir });
    expect(JSON.parse(fs.readFileSync(`${dir}.lock`, "utf8")).pid).toBe(process.pid);
    await migrateDatabase(handle);
    await handle.close();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
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
});
