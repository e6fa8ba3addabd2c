import fs from "node:fs";
import readline from "node:readline";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import zlib from "node:zlib";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import { is, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import * as schema from "@/db/schema";
import { rowsOf } from "@/lib/db-rows";
import { AdminError } from "./counties";

/**
 * `npm run admin -- backup <file>` / `restore <file>`: a logical copy of every application table,
 * made by the app itself because the embedded PostgreSQL ships no pg_dump (and the system's older
 * pg_dump refuses a newer server); the same code reads and writes PGlite, so it is also how a county
 * moves from a PGlite data directory to PostgreSQL.
 *
 * The file is gzip-compressed JSON Lines: a header (format, the migration level, each table's row
 * count), then per table a `{"table", "columns"}` line followed by one line per row as PostgreSQL's
 * own `to_jsonb(row)` writes it (bytea as "\x…" hex, timestamps with their zone, numerics exact), and
 * an end line, so a truncated file is refused rather than half restored.
 */

const FORMAT = "chuangzheng-backup";
const VERSION = 1;
/** Rows read per query while dumping, and inserted per statement while restoring. */
const BATCH_ROWS = 2000;
const END_LINE = JSON.stringify({ end: true });

export interface BackupTable {
  name: string;
  columns: string[];
  /** References itself (orgs' parent, a scheme's source): restored in one statement, whose
   * foreign-key checks run at its end, so a child row may precede its parent in the file. */
  selfReferencing: boolean;
}

interface Header {
  format: typeof FORMAT;
  version: number;
  createdAt: string;
  migrations: MigrationLevel;
  tables: { name: string; rows: number }[];
}

export interface MigrationLevel {
  count: number;
  latest: string | null;
}

export interface BackupSummary {
  file: string;
  migrations: MigrationLevel;
  tables: { name: string; rows: number }[];
}

/**
 * Every table of the drizzle schema, parents before the tables that reference them (so a restore
 * never inserts a row before the row it points to). Derived from the schema, never listed by hand:
 * a new table is backed up without anyone remembering to add it.
 */
export function backupTables(): BackupTable[] {
  const tables = (Object.values(schema) as unknown[]).filter((value): value is PgTable => is(value, PgTable));
  const configs = new Map(tables.map((t) => [t, getTableConfig(t)]));
  const ordered: BackupTable[] = [];
  const state = new Map<PgTable, "visiting" | "done">();
  const visit = (table: PgTable) => {
    if (state.get(table) === "done") return;
    const config = configs.get(table)!;
    if (state.get(table) === "visiting") throw new Error(`Foreign keys form a cycle through ${config.name}: a restore order needs deferred constraints`);
    state.set(table, "visiting");
    let selfReferencing = false;
    for (const fk of config.foreignKeys) {
      const target = fk.reference().foreignTable;
      if (target === table) selfReferencing = true;
      else visit(target);
    }
    state.set(table, "done");
    const columns = config.columns.filter((c) => !c.generated && !c.generatedIdentity).map((c) => c.name);
    ordered.push({ name: config.name, columns, selfReferencing });
  };
  // Alphabetical first, so the order (and the file) does not depend on the schema's export order.
  for (const table of [...tables].sort((a, b) => configs.get(a)!.name.localeCompare(configs.get(b)!.name))) visit(table);
  return ordered;
}

/** The tables the database actually has in `public` (tests compare them with the schema's). */
export async function databaseTables(db: Database): Promise<string[]> {
  const rows = rowsOf<{ name: string }>(
    await db.execute(sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by 1`),
  );
  return rows.map((r) => r.name);
}

export async function migrationLevel(db: Database): Promise<MigrationLevel> {
  const [row] = rowsOf<{ count: number; latest: string | null }>(
    await db.execute(sql`select count(*)::int as count, max(created_at)::text as latest from drizzle.__drizzle_migrations`),
  );
  return { count: Number(row!.count), latest: row!.latest };
}

const ident = (name: string) => sql.identifier(name);

/**
 * Writes every application table to `file` from one REPEATABLE READ, read-only transaction: a
 * consistent snapshot while the server keeps writing. Rows are read in batches in physical order
 * (`ctid`, stable within the snapshot), so a large table never sits in memory whole.
 */
export async function backupDatabase(db: Database, file: string): Promise<BackupSummary> {
  const tables = backupTables();
  const tmp = `${file}.partial`;
  const summary = await db.transaction(
    async (tx) => {
      const migrations = await migrationLevel(tx as unknown as Database);
      const counts: { name: string; rows: number }[] = [];
      for (const t of tables) {
        const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${ident(t.name)}`));
        counts.push({ name: t.name, rows: Number(row!.n) });
      }
      async function* lines(): AsyncGenerator<string> {
        const header: Header = { format: FORMAT, version: VERSION, createdAt: new Date().toISOString(), migrations, tables: counts };
        yield `${JSON.stringify(header)}\n`;
        for (const t of tables) {
          yield `${JSON.stringify({ table: t.name, columns: t.columns })}\n`;
          let after = "(0,0)";
          for (;;) {
            const batch = rowsOf<{ c: string; r: string }>(
              await tx.execute(
                sql`select ctid::text as c, to_jsonb(t)::text as r from ${ident(t.name)} as t where ctid > ${after}::tid order by ctid limit ${BATCH_ROWS}`,
              ),
            );
            if (batch.length === 0) break;
            yield `${batch.map((b) => b.r).join("\n")}\n`;
            after = batch.at(-1)!.c;
          }
        }
        yield `${END_LINE}\n`;
      }
      await pipeline(Readable.from(lines()), zlib.createGzip(), fs.createWriteStream(tmp, { mode: 0o600 }));
      return { migrations, tables: counts };
    },
    { isolationLevel: "repeatable read", accessMode: "read only" },
  );
  fs.renameSync(tmp, file); // never leave a half-written file under the name asked for
  return { file, ...summary };
}

async function* readLines(file: string): AsyncGenerator<string> {
  const input = fs.createReadStream(file).pipe(zlib.createGunzip());
  yield* readline.createInterface({ input, crlfDelay: Infinity });
}

/**
 * Restores a backup into an empty database already migrated to the backup's level (the server or
 * `npm run admin` migrates before this runs), in one transaction: tables in foreign-key order, then
 * every serial's sequence moved past the highest id restored. Refuses a database that holds any row,
 * a backup of another migration level (restore with the version that made it, then upgrade), and a
 * file that does not name exactly the schema's tables.
 */
export async function restoreDatabase(db: Database, file: string): Promise<BackupSummary> {
  if (!fs.existsSync(file)) throw new AdminError(`No such file: ${file}. 找不到文件：${file}。`);
  const tables = backupTables();
  const byName = new Map(tables.map((t) => [t.name, t]));
  const lines = readLines(file);
  let header: Header;
  try {
    const first = await lines.next();
    header = JSON.parse(first.done ? "" : first.value) as Header;
  } catch {
    throw new AdminError(`${file} is not a backup made by \`npm run admin -- backup\`. 该文件不是本系统的备份。`);
  }
  if (header.format !== FORMAT || header.version !== VERSION) throw new AdminError(`${file} is not a backup of format ${FORMAT} ${VERSION}. 备份格式不符。`);

  const level = await migrationLevel(db);
  if (level.count !== header.migrations.count || level.latest !== header.migrations.latest) {
    throw new AdminError(
      `The backup is at migration ${header.migrations.count}, this database at ${level.count}: restore it with the version of the app that made it, then upgrade. ` +
        `备份的数据库版本（迁移 ${header.migrations.count}）与当前（迁移 ${level.count}）不同：请用生成备份的版本恢复后再升级。`,
    );
  }
  const inFile = header.tables.map((t) => t.name).sort();
  const inSchema = tables.map((t) => t.name).sort();
  if (inFile.join() !== inSchema.join()) {
    throw new AdminError(`The backup's tables (${inFile.join(", ")}) are not this version's (${inSchema.join(", ")}). 备份中的数据表与当前版本不符。`);
  }
  for (const t of tables) {
    const [row] = rowsOf<{ any: boolean }>(await db.execute(sql`select exists (select 1 from ${ident(t.name)}) as any`));
    if (row!.any) {
      throw new AdminError(
        `The database is not empty (table ${t.name} has rows): restore into a new data directory or database. 数据库不为空（${t.name} 表中已有数据）：请恢复到新的数据目录或数据库。`,
      );
    }
  }

  await db.transaction(async (tx) => {
    let table: BackupTable | null = null;
    let columns: string[] = [];
    let pending: string[] = [];
    let ended = false;
    const flush = async () => {
      if (!table || pending.length === 0) return;
      const cols = sql.join(columns.map(ident), sql`, `);
      await tx.execute(
        sql`insert into ${ident(table.name)} (${cols}) select ${cols} from jsonb_populate_recordset(null::${ident(table.name)}, ${`[${pending.join(",")}]`}::jsonb)`,
      );
      pending = [];
    };
    for await (const line of lines) {
      if (ended) throw new AdminError(`${file} goes on after its end. 备份文件已损坏。`);
      // Markers are written by JSON.stringify (no space after a colon); rows by PostgreSQL's jsonb
      // output, which always puts one there: a row can never pass for a marker.
      if (line.startsWith('{"table":"') || line === END_LINE) {
        await flush();
        const marker = JSON.parse(line) as { table?: string; columns?: string[]; end?: true };
        if (marker.end) {
          ended = true;
          continue;
        }
        table = byName.get(marker.table!) ?? null;
        if (!table) throw new AdminError(`${file} holds an unknown table ${marker.table}. 备份中有未知数据表。`);
        columns = marker.columns!.filter((c) => table!.columns.includes(c));
        if (columns.length !== table.columns.length) throw new AdminError(`The backup's columns of ${table.name} are not this version's. 备份中 ${table.name} 表的字段与当前版本不符。`);
        continue;
      }
      pending.push(line);
      if (!table!.selfReferencing && pending.length >= BATCH_ROWS) await flush();
    }
    if (!ended) throw new AdminError(`${file} is cut short (no end line): it was not written completely. 备份文件不完整。`);
    // Serial ids continue after the highest restored one (a sequence is not a table row).
    for (const t of tables) {
      for (const c of t.columns) {
        const [seq] = rowsOf<{ s: string | null }>(await tx.execute(sql`select pg_get_serial_sequence(${`"${t.name}"`}, ${c}) as s`));
        if (seq?.s) {
          await tx.execute(sql`select setval(${seq.s}::regclass, coalesce((select max(${ident(c)}) from ${ident(t.name)}), 0) + 1, false)`);
        }
      }
    }
    for (const expected of header.tables) {
      const [row] = rowsOf<{ n: number }>(await tx.execute(sql`select count(*)::int as n from ${ident(expected.name)}`));
      if (Number(row!.n) !== expected.rows) {
        throw new AdminError(`${expected.name}: ${row!.n} rows restored, the backup says ${expected.rows}. 恢复的行数与备份不符。`);
      }
    }
  });
  return { file, migrations: header.migrations, tables: header.tables };
}
