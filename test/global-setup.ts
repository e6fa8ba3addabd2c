import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { PGlite } from "@electric-sql/pglite";
import type { TestProject } from "vitest/node";
import { migrateDatabase, openDatabase } from "@/db/client";

declare module "vitest" {
  export interface ProvidedContext {
    /** A migrated PGlite data directory's dump (test/databases.ts starts each PGlite test database from it). */
    pgliteDump: string;
  }
}

/** Migrates one in-memory PGlite and dumps its data directory for the run's test databases to start from. */
export default async function setup(project: TestProject) {
  const handle = await openDatabase({ dataDir: "memory://" });
  await migrateDatabase(handle);
  const dump = await (handle.db as unknown as { $client: PGlite }).$client.dumpDataDir("none");
  await handle.close();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "cz-test-pglite-"));
  const file = path.join(dir, "migrated.tar");
  fs.writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
  project.provide("pgliteDump", file);
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
