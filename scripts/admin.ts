/**
 * Installation-level commands (no web role sits above a county office):
 *
 *   npm run admin -- add-county <name> --office <username> [--display-name <name>]
 *   npm run admin -- reset-office-password <username>
 *   npm run admin -- open-year [<year>]
 *
 * Works on DATABASE_URL (PostgreSQL) or, without it, on the embedded database in DATA_DIR (default
 * ./.data), which must not be open in a running server at the same time (the data-directory lock says so).
 */
import path from "node:path";
import { DataDirBusyError, dataDir, migrateDatabase, openDatabase } from "../db/client";
import { AdminError, addCounty, openYearCommand, resetOfficePassword } from "../lib/admin/counties";

const USAGE = `Usage:
  npm run admin -- add-county <name> --office <username> [--display-name <name>]
  npm run admin -- reset-office-password <username>
  npm run admin -- open-year [<year>]     (default: the years due today; the server also does this itself)`;

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
  if (command !== "add-county" && command !== "reset-office-password" && command !== "open-year") {
    console.error(`Unknown command "${command}".\n${USAGE}`);
    return 1;
  }
  const url = process.env.DATABASE_URL || undefined;
  const handle = await openDatabase(url ? { url, poolSize: 2 } : { dataDir: path.join(dataDir(), "pglite") });
  try {
    await migrateDatabase(handle, url);
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
  }
}

main()
  .then((code) => process.exit(code))
  .catch((err) => {
    if (err instanceof AdminError || err instanceof DataDirBusyError) {
      console.error(err.message);
      process.exit(1);
    }
    console.error(err);
    process.exit(2);
  });
