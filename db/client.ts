import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import { migrate as migratePostgres } from "drizzle-orm/postgres-js/migrator";
import postgres from "postgres";
import { acquireDataDirLock } from "./data-dir-lock";
import * as schema from "./schema";

export { DataDirBusyError } from "./data-dir-lock";

/** Both drivers expose the same PgDatabase query API; we type against one of them. */
export type Database = PostgresJsDatabase<typeof schema>;
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
/** Anything a query can run on: the database or an open transaction. */
export type Queryable = Database | Transaction;

export interface DbHandle {
  db: Database;
  kind: "pglite" | "postgres";
  /** Where it lives, without credentials (for logs and error messages). */
  describe: string;
  close(): Promise<void>;
}

export const MIGRATIONS_FOLDER = path.join(/* turbopackIgnore: true */ process.cwd(), "db", "migrations");
/** Arbitrary constant shared by every app server: migrations run under this advisory lock. */
const MIGRATION_LOCK_KEY = 7_021_946_113;

/**
 * Drizzle sends every query through `sql.unsafe(text, params, { prepare: false })` unless it was
 * built with `.prepare(name)`. Unprepared, postgres.js asks the server to parse and describe each
 * parameterised query before running it: two round trips and a fresh parse per query. The app's
 * query texts are a small fixed set, so we let postgres.js prepare them once per connection (it
 * caches them by text and re-prepares after a schema change); every query is then one round trip.
 * Transactions and savepoints hand out their own `sql`, which gets the same treatment.
 */
function preparingQueries<T extends postgres.Sql | postgres.TransactionSql>(client: T): T {
  return new Proxy(client, {
    get(target, prop) {
      const value = Reflect.get(target, prop, target) as unknown;
      if (typeof value !== "function") return value;
      if (prop === "unsafe") {
        return (text: string, params?: postgres.ParameterOrJSON<never>[], options?: postgres.UnsafeQueryOptions) =>
          target.unsafe(text, params, { ...options, prepare: true });
      }
      if (prop === "begin" || prop === "savepoint") {
        return (...args: unknown[]) => {
          const callback = args.pop() as (inner: postgres.TransactionSql) => unknown;
          return (value as (...a: unknown[]) => unknown).apply(target, [...args, (inner: postgres.TransactionSql) => callback(preparingQueries(inner))]);
        };
      }
      return (value as (...a: unknown[]) => unknown).bind(target);
    },
  });
}

/**
 * Startup parameters of the app's PostgreSQL connections. JIT off: PostgreSQL compiles a query whose
 * estimated cost passes jit_above_cost, and the app's heavy reads (a county's ~200,000 records counted,
 * summed or searched) pass it while taking 0.1–0.3 s to run. Compiling them took 25–160 ms each and
 * never won it back (docs/scaling.md, "Database time of the office's lists"); JIT pays for queries
 * that run for seconds, which a page must not. PGlite has no JIT.
 */
const POSTGRES_SESSION = { jit: "off" } as const;

/**
 * Opens a database: PostgreSQL when `url` is given, else PGlite in `dataDir` (or `memory://`), started
 * from `loadDataDir` when given (a dumped data directory: the tests' migrated database, test/databases.ts).
 */
export async function openDatabase(opts: { url?: string; dataDir?: string; poolSize?: number; loadDataDir?: Blob }): Promise<DbHandle> {
  if (opts.url) {
    const client = postgres(opts.url, { max: opts.poolSize ?? 10, onnotice: () => {}, connection: POSTGRES_SESSION });
    const db = drizzlePostgres(preparingQueries(client), { schema });
    const u = new URL(opts.url);
    return {
      db,
      kind: "postgres",
      describe: `postgresql://${u.host}${u.pathname}`,
      close: () => client.end({ timeout: 5 }),
    };
  }
  const dataDir = opts.dataDir ?? "memory://";
  let release = () => {};
  let target = dataDir;
  if (!dataDir.startsWith("memory://")) {
    target = path.resolve(/* turbopackIgnore: true */ dataDir);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    release = acquireDataDirLock(target);
    fs.mkdirSync(target, { recursive: true });
  }
  try {
    const pg = new PGlite(target, opts.loadDataDir ? { loadDataDir: opts.loadDataDir } : {});
    await pg.waitReady;
    const db = drizzlePglite(pg, { schema }) as unknown as Database;
    return {
      db,
      kind: "pglite",
      describe: `pglite:${target}`,
      close: async () => {
        await pg.close();
        release();
      },
    };
  } catch (err) {
    release();
    throw err;
  }
}

/** Applies committed migrations; several app servers starting at once serialise on an advisory lock. */
export async function migrateDatabase(handle: DbHandle, url?: string): Promise<void> {
  if (handle.kind === "pglite") {
    await migratePglite(handle.db as never, { migrationsFolder: MIGRATIONS_FOLDER });
    return;
  }
  // Session-level advisory locks belong to one connection: use a dedicated one.
  const client = postgres(url!, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK_KEY})`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder: MIGRATIONS_FOLDER });
    await client`select pg_advisory_unlock(${MIGRATION_LOCK_KEY})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Where the app's embedded database lives (DATA_DIR, default ./.data): PGlite in its `pglite` folder,
 * or the PostgreSQL that `npm run demo` starts in its `pg` folder (scripts/embedded-postgres.mjs). */
export function dataDir(): string {
  return path.resolve(/* turbopackIgnore: true */ process.cwd(), process.env.DATA_DIR ?? ".data");
}

type AppDbState = { handle?: Promise<DbHandle> };
const state = ((globalThis as { __czDb?: AppDbState }).__czDb ??= {});

/**
 * The app's one database: opened, migrated (and demo-seeded when asked) once per process.
 * A failed start is forgotten so the next request retries instead of failing forever.
 */
export function getDbHandle(): Promise<DbHandle> {
  if (!state.handle) {
    state.handle = (async () => {
      const url = process.env.DATABASE_URL;
      const handle = await openDatabase(
        url ? { url, poolSize: Number(process.env.DB_POOL_SIZE ?? 10) } : { dataDir: path.join(dataDir(), "pglite") },
      );
      await migrateDatabase(handle, url);
      return handle;
    })();
    state.handle.catch(() => {
      state.handle = undefined;
    });
  }
  return state.handle;
}

export async function getDb(): Promise<Database> {
  return (await getDbHandle()).db;
}

/** Tests point the app's data layer at their own database. */
export function setDatabaseForTests(handle: DbHandle): void {
  state.handle = Promise.resolve(handle);
}
