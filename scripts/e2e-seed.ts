/**
 * The year-cycle e2e run's first step: migrates and seeds the demo county into DATA_DIR with the clock
 * at TEST_CLOCK_AT (the year before), then opens the years due then, as a server running that day
 * would. Run by scripts/e2e-server.mjs with node's react-server condition (the data layer's
 * `server-only` marker is then empty); tests only.
 */
import path from "node:path";
import { dataDir, migrateDatabase, openDatabase } from "../db/client";
import { seedDemo } from "../db/seed/demo";
import { ensureYears } from "../lib/periods/cycle";
import { setClockForTests, testClockFromEnv } from "../lib/time";

const at = testClockFromEnv();
if (!at) throw new Error("e2e-seed needs TEST_CLOCK_AT with ALLOW_TEST_CLOCK=1 and no DATABASE_URL");
setClockForTests(at);
const handle = await openDatabase({ dataDir: path.join(dataDir(), "pglite") });
try {
  await migrateDatabase(handle);
  console.log(`[e2e-seed] ${at.toISOString()}: demo ${await seedDemo(handle.db)}, opened ${(await ensureYears(handle.db)).map((o) => o.year).join(", ") || "nothing"}`);
} finally {
  await handle.close();
}
