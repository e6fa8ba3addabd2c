import { randomBytes } from "node:crypto";
import fs from "node:fs";
import { inject } from "vitest";
import postgres from "postgres";
import { migrateDatabase, openDatabase, setDatabaseForTests, type DbHandle } from "@/db/client";

/**
 * Every database-touching test runs on in-memory PGlite and, when TEST_DATABASE_URL is set (CI sets
 * it), on that PostgreSQL server too, each in a database of its own.
 */
export const TEST_DATABASES: readonly ("pglite" | "postgres")[] = process.env.TEST_DATABASE_URL ? ["pglite", "postgres"] : ["pglite"];

export interface TestDatabase extends DbHandle {
  url?: string;
  dispose(): Promise<void>;
}

/**
 * A PGlite data directory with every migration applied, dumped once per run by test/global-setup.ts:
 * starting from it took ~0.7–1.2 s where initdb and the migrations took 2.5–4.6 s, for each of the
 * suite's ~80 PGlite databases (the whole suite: 600 → 508 s here). Migrating after it is a no-op that
 * still catches a stale dump.
 */
function migratedPgliteDump(): Blob | undefined {
  const file = inject("pgliteDump");
  return file && fs.existsSync(file) ? new Blob([fs.readFileSync(file)]) : undefined;
}

export async function createTestDatabase(kind: "pglite" | "postgres"): Promise<TestDatabase> {
  if (kind === "pglite") {
    const handle = await openDatabase({ dataDir: "memory://", loadDataDir: migratedPgliteDump() });
    await migrateDatabase(handle);
    return { ...handle, dispose: () => handle.close() };
  }
  const adminUrl = process.env.TEST_DATABASE_URL!;
  const name = `cz_test_${randomBytes(6).toString("hex")}`;
  const admin = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const handle = await openDatabase({ url: url.toString(), poolSize: 25 });
  await migrateDatabase(handle, url.toString());
  return {
    ...handle,
    url: url.toString(),
    async dispose() {
      await handle.close();
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** Opens a test database and points the app's data layer at it for the enclosing describe block. */
export async function useTestDatabase(kind: "pglite" | "postgres"): Promise<TestDatabase> {
  const db = await createTestDatabase(kind);
  setDatabaseForTests(db);
  return db;
}
