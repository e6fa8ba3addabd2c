import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { attachments, auditLog, records, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import type { Database } from "@/db/client";
import { backupDatabase, backupTables, databaseTables, restoreDatabase } from "@/lib/admin/backup";
import { AdminError } from "@/lib/admin/counties";
import { rowsOf } from "@/lib/db-rows";
import { createTestDatabase, TEST_DATABASES, type TestDatabase } from "@/test/databases";

/** Every byte value, twice: a binary column must come back bit for bit. */
const BYTES = Buffer.from([...Array(512).keys()].map((i) => i % 256));

/** A digest of a whole table's rows as PostgreSQL writes them, independent of their physical order. */
async function tableDigest(db: Database, table: string): Promise<{ n: number; digest: string | null }> {
  const [row] = rowsOf<{ n: number; digest: string | null }>(
    await db.execute(sql`select count(*)::int as n, md5(string_agg(to_jsonb(t)::text, E'\n' order by to_jsonb(t)::text)) as digest from ${sql.identifier(table)} as t`),
  );
  return { n: Number(row!.n), digest: row!.digest };
}

async function seedSource(db: Database): Promise<void> {
  await seedDemo(db, new Date("2026-06-15T02:00:00Z"));
  const [record] = await db.select({ id: records.id, createdBy: records.createdBy }).from(records).limit(1);
  await db.insert(attachments).values({ recordId: record!.id, filename: "现场照片.jpg", mimeType: "image/jpeg", size: BYTES.length, data: BYTES, thumbnail: BYTES.subarray(0, 17), uploadedBy: record!.createdBy });
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "cz-backup-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("the backup's table list", () => {
  it("is every table the migrations create, taken from the drizzle schema, parents before children", async () => {
    const db = await createTestDatabase("pglite");
    try {
      const tables = backupTables();
      // A table made by a migration but missing from the schema (or the other way round) fails here.
      expect(tables.map((t) => t.name).sort()).toEqual(await databaseTables(db.db));
      const at = new Map(tables.map((t, i) => [t.name, i]));
      expect(at.get("orgs")).toBeLessThan(at.get("users")!);
      expect(at.get("records")).toBeLessThan(at.get("attachments")!);
      expect(tables.find((t) => t.name === "orgs")?.selfReferencing).toBe(true);
    } finally {
      await db.dispose();
    }
  });
});

describe.each(TEST_DATABASES)("backup and restore on %s", (kind) => {
  let source: TestDatabase;
  let target: TestDatabase;
  const file = path.join(tmp, `${kind}.backup`);

  beforeAll(async () => {
    source = await createTestDatabase(kind);
    target = await createTestDatabase(kind);
    await seedSource(source.db);
  }, 60_000);
  afterAll(async () => {
    await source.dispose();
    await target.dispose();
  });

  it("restores the demo county into an empty database row for row, attachments' bytes included", async () => {
    const backup = await backupDatabase(source.db, file);
    expect(backup.tables.map((t) => t.name).sort()).toEqual(backupTables().map((t) => t.name).sort());
    expect(backup.tables.find((t) => t.name === "workers")!.rows).toBeGreaterThan(300);
    expect(fs.existsSync(`${file}.partial`)).toBe(false);

    const restored = await restoreDatabase(target.db, file);
    expect(restored.tables).toEqual(backup.tables);
    for (const { name } of backup.tables) {
      expect({ name, ...(await tableDigest(target.db, name)) }).toEqual({ name, ...(await tableDigest(source.db, name)) });
    }
    const [photo] = await target.db.select().from(attachments);
    expect(Buffer.from(photo!.data).equals(BYTES)).toBe(true);
    expect(Buffer.from(photo!.thumbnail!).equals(BYTES.subarray(0, 17))).toBe(true);
    expect(photo!.filename).toBe("现场照片.jpg");
    const [office] = await target.db.select().from(users).where(eq(users.username, "office"));
    const [original] = await source.db.select().from(users).where(eq(users.username, "office"));
    expect(office).toEqual(original);
  });

  it("moves serial ids past the restored ones, so the next insert does not collide", async () => {
    const [{ max }] = rowsOf<{ max: number }>(await target.db.execute(sql`select max(id)::int as max from audit_log`)) as [{ max: number }];
    const [office] = await target.db.select({ id: users.id }).from(users).where(eq(users.username, "office"));
    const [row] = await target.db.insert(auditLog).values({ actorId: office!.id, action: "test.after-restore", entity: "user", entityId: office!.id }).returning({ id: auditLog.id });
    expect(row!.id).toBeGreaterThan(max);
  });

  it("refuses a database that already holds rows, and a file cut short", async () => {
    await expect(restoreDatabase(target.db, file)).rejects.toThrow(/not empty/);
    const lines = zlib.gunzipSync(fs.readFileSync(file)).toString("utf8").trimEnd().split("\n");
    const cut = path.join(tmp, `${kind}-cut.backup`);
    fs.writeFileSync(cut, zlib.gzipSync(lines.slice(0, -1).join("\n") + "\n"));
    const empty = await createTestDatabase(kind);
    try {
      await expect(restoreDatabase(empty.db, cut)).rejects.toThrow(AdminError);
      await expect(restoreDatabase(empty.db, cut)).rejects.toThrow(/cut short/);
      // The refused restore ran in one transaction: nothing of it stayed.
      expect((await tableDigest(empty.db, "orgs")).n).toBe(0);
    } finally {
      await empty.dispose();
    }
  });
});

describe.runIf(TEST_DATABASES.includes("postgres"))("moving a county from PGlite to PostgreSQL", () => {
  it("restores a PGlite backup into PostgreSQL unchanged", async () => {
    const from = await createTestDatabase("pglite");
    const to = await createTestDatabase("postgres");
    try {
      await seedSource(from.db);
      const file = path.join(tmp, "move.backup");
      const backup = await backupDatabase(from.db, file);
      await restoreDatabase(to.db, file);
      for (const { name } of backup.tables) {
        expect({ name, ...(await tableDigest(to.db, name)) }).toEqual({ name, ...(await tableDigest(from.db, name)) });
      }
    } finally {
      await from.dispose();
      await to.dispose();
    }
  }, 60_000);
});
