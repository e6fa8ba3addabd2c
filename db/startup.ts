import { DataDirBusyError, getDbHandle } from "./client";

/**
 * Server start (Node.js runtime only): open the database, apply migrations and, when SEED_DEMO=1,
 * seed the demo county on an empty database, then open the evaluation years due (lib/periods/cycle.ts).
 */
export async function startServer(): Promise<void> {
  if (process.env.NODE_ENV === "production" && !process.env.AUTH_SECRET) {
    throw new Error("AUTH_SECRET must be set in production (openssl rand -base64 32). `npm run demo` generates one for the demo.");
  }
  let handle;
  try {
    handle = await getDbHandle();
  } catch (err) {
    // Another process owns the embedded database: never run as a second writer.
    if (err instanceof DataDirBusyError) {
      console.error(err.message);
      process.exit(1);
    }
    throw err;
  }
  if (process.env.SEED_DEMO === "1") {
    const { seedDemo } = await import("./seed/demo");
    const started = Date.now();
    const result = await seedDemo(handle.db);
    console.log(`[demo] ${handle.describe}: ${result} (${Date.now() - started} ms)`);
  }
  // This year, and from 1 December the next, exist for every county before the first request.
  const { ensureYears } = await import("../lib/periods/cycle");
  const opened = await ensureYears(handle.db);
  if (opened.length) console.log(`[years] opened ${[...new Set(opened.map((o) => o.year))].join(", ")} for ${opened.length} county-year(s)`);
}
