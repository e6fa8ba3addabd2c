/**
 * Installation-level commands (no web role sits above a county office):
 *
 *   npm run admin -- add-county <name> --office <username> [--display-name <name>]
 *   npm run admin -- reset-office-password <username>
 *   npm run admin -- open-year [<year>]
 *   npm run admin -- backup <file>
 *   npm run admin -- restore <file>
 *
 * Works on DATABASE_URL (PostgreSQL) or, without it, on the demo's embedded database in DATA_DIR
 * (default ./.data; scripts/embedded-postgres.mjs): beside a running demo on the PostgreSQL it started
 * (the URL it wrote into DATA_DIR), else on a PostgreSQL this command starts and stops itself, or on
 * PGlite (EMBEDDED_DB=pglite, or a directory that holds only a PGlite database), which must not be
 * open in a running server at the same time (the data-directory lock says so).
 */
import path from "node:path";
import { DataDirBusyError, dataDir, migrateDatabase, openDatabase, type DbHandle } from "../db/client";
import { backupDatabase, restoreDatabase } from "../lib/admin/backup";
import { AdminError, addCounty, openYearCommand, resetOfficePassword } from "../lib/admin/counties";
import { EmbeddedBusyError, embeddedKind, runningDatabaseUrl, startEmbeddedPostgres } from "./embedded-postgres.mjs";

const USAGE = `Usage:
  npm run admin -- add-county <name> --office <username> [--display-name <name>]
  npm run admin -- reset-office-password <username>
  npm run admin -- open-year [<year>]     (default: the years due today; the server also does this itself)
  npm run admin -- backup <file>          (every table, a consistent snapshot; also while the demo runs on PostgreSQL)
  npm run admin -- restore <file>         (into an empty database at the backup's migration level)`;

const COMMANDS = new Set(["add-county", "reset-office-password", "open-year", "backup", "restore"]);

/** The database to work on, and what to stop afterwards when this command started it. */
async function openAdminDatabase(): Promise<{ handle: DbHandle; url?: string; stop: () => Promise<void> }> {
  const given = process.env.DATABASE_URL || undefined;
  if (given) return { handle: await openDatabase({ url: given, poolSize: 2 }), url: given, stop: async () => {} };
  const dir = dataDir();
  if (embeddedKind(dir).kind === "pglite") {
    return { handle: await openDatabase({ dataDir: path.join(dir, "pglite") }), stop: async () => {} };
  }
  const running = runningDatabaseUrl(dir);
  if (running) {
    console.error(`[db] the PostgreSQL of the demo running on ${dir}`);
    return { handle: await openDatabase({ url: running, poolSize: 2 }), url: running, stop: async () => {} };
  }
  const started = await startEmbeddedPostgres(dir, { log: (line) => console.error(line) });
  try {
    return { handle: await openDatabase({ url: started.url, poolSize: 2 }), url: started.url, stop: started.stop };
  } catch (err) {
    await started.stop();
    throw err;
  }
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function positional(args: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i]!.startsWith("--")) i++;
    else out.push(args[i]!);
  }
  return out;
}

async function main(): Promise<number> {
  const [command, ...rest] = process.argv.slice(2);
  if (!command || command === "help" || command === "--help") {
    console.log(USAGE);
    return command ? 0 : 1;
  }
  if (!COMMANDS.has(command)) {
    console.error(`Unknown command "${command}".\n${USAGE}`);
    return 1;
  }
  const { handle, url, stop } = await openAdminDatabase();
  try {
    await migrateDatabase(handle, url);
    if (command === "backup" || command === "restore") {
      const [file] = positional(rest);
      if (!file) {
        console.error(USAGE);
        return 1;
      }
      const started = Date.now();
      const done = command === "backup" ? await backupDatabase(handle.db, path.resolve(file)) : await restoreDatabase(handle.db, path.resolve(file));
      const rows = done.tables.reduce((n, t) => n + t.rows, 0);
      console.log(
        `${command === "backup" ? "Backed up" : "Restored"} ${done.tables.length} tables, ${rows} rows (migration ${done.migrations.count}) ${command === "backup" ? "from" : "into"} ${handle.describe} ${command === "backup" ? "to" : "from"} ${done.file} in ${Date.now() - started} ms. ` +
          `${command === "backup" ? "已备份" : "已恢复"} ${done.tables.length} 张表、${rows} 行。`,
      );
      return 0;
    }
    if (command === "add-county") {
      const [name] = positional(rest);
      const officeUsername = option(rest, "--office");
      if (!name || !officeUsername) {
        console.error(USAGE);
        return 1;
      }
      const county = await addCounty(handle.db, { name, officeUsername, displayName: option(rest, "--display-name") });
      console.log(`Added county "${county.name}" with an open ${county.year} evaluation year. 已添加县（市、区）「${county.name}」，并开放 ${county.year} 评估年度。`);
      console.log(`Office account 创争办账户: ${county.username}`);
      console.log(`One-time password 一次性密码: ${county.password}`);
      console.log("It is shown only now: hand it over safely; the office changes it under 账户设置 after signing in.");
      return 0;
    }
    if (command === "open-year") {
      const [year] = positional(rest);
      const opened = await openYearCommand(handle.db, year);
      const years = [...new Set(opened.map((o) => o.year))];
      console.log(
        opened.length
          ? `Opened ${years.join(", ")} for ${opened.length} county-year(s). 已为 ${opened.length} 个县（市、区）年度开放 ${years.join("、")} 评估年度。`
          : "Every county already has these years; nothing was changed. 各县（市、区）均已开放这些年度，未做任何更改。",
      );
      return 0;
    }
    const [username] = positional(rest);
    if (!username) {
      console.error(USAGE);
      return 1;
    }
    const reset = await resetOfficePassword(handle.db, username);
    console.log(`New one-time password for ${reset.username} 新的一次性密码: ${reset.password}`);
    if (!reset.active) console.log("Note: this account is deactivated. 注意：该账户已停用。");
    return 0;
  } finally {
    await handle.close();
    await stop();
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof AdminError || err instanceof DataDirBusyError || err instanceof EmbeddedBusyError) {
      console.error(err.message);
      process.exit(1);
    }
    console.error(err);
    process.exit(2);
  });
