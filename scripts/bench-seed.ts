/**
 * npm run bench:seed -- --scale city|county [--seed N] [--reset]
 *
 * Fills the database named by DATABASE_URL (server PostgreSQL) or, when it is empty, the embedded
 * PGlite database under DATA_DIR (as the app opens it) with a synthetic installation: see
 * bench/scales.ts and bench/generator.ts. Migrates first; refuses a database that already holds data
 * unless --reset (which drops every table and migrates again).
 */
import path from "node:path";
import { parseArgs } from "node:util";
import { dataDir, migrateDatabase, openDatabase } from "../db/client";
import { chinaToday } from "../lib/time";
import { databaseHasData, resetDatabase, seedBench } from "../bench/generator";
import { BENCH_SCALES, isBenchScale } from "../bench/scales";

async function main() {
  const { values } = parseArgs({
    options: {
      scale: { type: "string", default: "county" },
      seed: { type: "string", default: "1" },
      reset: { type: "boolean", default: false },
      today: { type: "string" },
    },
  });
  const scaleName = values.scale!;
  if (!isBenchScale(scaleName)) throw new Error(`--scale must be one of ${Object.keys(BENCH_SCALES).join(", ")}`);
  const seed = Number(values.seed);
  if (!Number.isInteger(seed) || seed < 0 || seed > 1_000_000) throw new Error("--seed must be an integer 0…1000000");
  const url = process.env.DATABASE_URL || undefined;
  if (!url && scaleName === "city") {
    console.error(
      "City scale needs server PostgreSQL: set DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/cz_bench). " +
        "The embedded database (PGlite) is single-process and meant for the demo; use --scale county with it.",
    );
    process.exit(2);
  }
  const scale = BENCH_SCALES[scaleName];
  const today = values.today ?? chinaToday();
  const handle = await openDatabase(url ? { url, poolSize: 1 } : { dataDir: path.join(dataDir(), "pglite") });
  console.log(`bench:seed ${scale.name} (seed ${seed}, up to ${today}) into ${handle.describe}`);
  const t0 = Date.now();
  try {
    await migrateDatabase(handle, url);
    if (await databaseHasData(handle.db)) {
      if (!values.reset) {
        console.error("The database already holds data. Run again with --reset to drop everything in it and seed afresh.");
        process.exitCode = 2;
        return;
      }
      console.log("--reset: dropping every table and migrating again");
      await resetDatabase(handle.db);
      await migrateDatabase(handle, url);
    }
    const migratedMs = Date.now() - t0;
    console.log(`  ${"migrate".padEnd(44)} ${(migratedMs / 1000).toFixed(1).padStart(7)} s`);
    const report = await seedBench(handle, { scale, seed, today, log: (l) => console.log(l) });
    console.log(`  ${"TOTAL".padEnd(44)} ${((Date.now() - t0) / 1000).toFixed(1).padStart(7)} s`);
    console.log("rows:");
    for (const [table, n] of Object.entries(report.counts)) console.log(`  ${table.padEnd(22)} ${n.toLocaleString("en").padStart(12)}`);
  } finally {
    await handle.close();
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
