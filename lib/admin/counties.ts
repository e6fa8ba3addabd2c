import { randomUUID } from "node:crypto";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { auditLog, orgs, periods, users } from "@/db/schema";
import { generatePassword } from "@/lib/accounts/rules";
import { usernameSchema } from "@/lib/accounts/schemas";
import { hashPassword } from "@/lib/auth/password";
import { normaliseName } from "@/lib/imports/cells";
import { latestOpenableYear, openYears, yearsDue, type OpenedYear } from "@/lib/periods/cycle";
import { chinaYear, now, yearEnd, yearStart } from "@/lib/time";

/**
 * Installation-level administration (`npm run admin`): no web role sits above a county office, so
 * counties and their first office account are made here. Used by scripts/admin.ts and its tests; it
 * imports nothing server-only, so it runs outside Next.
 */

/** A refusal to print as it is (English, then Chinese), with exit code 1. */
export class AdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "AdminError";
  }
}

// Shared with nothing else: serialises concurrent `add-county` runs against one database.
const ADMIN_LOCK_KEY = 7_021_946_115;

export interface IssuedCounty {
  countyId: string;
  name: string;
  username: string;
  password: string;
  year: number;
}

/**
 * Adds a county with its first office account (password generated, shown once) and an open
 * evaluation year for the current (China) calendar year. Refuses a county name or username in use.
 */
export async function addCounty(
  db: Database,
  opts: { name: string; officeUsername: string; displayName?: string; today?: Date },
): Promise<IssuedCounty> {
  const name = normaliseName(opts.name ?? "");
  if (!name || name.length > 40) throw new AdminError("The county name must be 1–40 characters. 县（市、区）名称须为 1–40 个字。");
  const parsedUsername = usernameSchema.safeParse(opts.officeUsername ?? "");
  if (!parsedUsername.success) {
    throw new AdminError(
      `"${opts.officeUsername}" is not a valid username: 3–32 lower-case letters, digits, . _ -, starting with a letter. 用户名须为 3–32 位小写字母、数字或 . _ -，以字母开头。`,
    );
  }
  const username = parsedUsername.data;
  const displayName = normaliseName(opts.displayName ?? "") || `${name}创争办`;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const year = chinaYear(opts.today ?? now());
  const countyId = randomUUID();

  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${ADMIN_LOCK_KEY})`);
    const [sameName] = await tx
      .select({ id: orgs.id })
      .from(orgs)
      .where(and(eq(orgs.level, "county"), sql`lower(${orgs.name}) = lower(${name})`));
    if (sameName) throw new AdminError(`A county named "${name}" already exists; nothing was changed. 已有名为「${name}」的县（市、区），未做任何更改。`);
    const [taken] = await tx.select({ id: users.id }).from(users).where(eq(users.username, username));
    if (taken) throw new AdminError(`The username "${username}" is already taken; nothing was changed. 用户名「${username}」已被使用，未做任何更改。`);
    await tx.insert(orgs).values({ id: countyId, level: "county", name, countyId });
    const [office] = await tx
      .insert(users)
      .values({ username, displayName, passwordHash, role: "office", orgId: countyId })
      .returning({ id: users.id });
    // In December the next year is due too (lib/periods/cycle.ts): a county added then gets both.
    await tx.insert(periods).values(yearsDue(opts.today ?? now()).map((y) => ({ countyId, year: y, startsOn: yearStart(y), endsOn: yearEnd(y), status: "open" as const })));
    await tx.insert(auditLog).values({
      actorId: null,
      action: "county.created",
      entity: "org",
      entityId: countyId,
      countyId,
      after: { name, officeUsername: username, officeUserId: office!.id, period: year },
    });
  });
  return { countyId, name, username, password, year };
}

/**
 * Gives an office account a new one-time password (for an office that lost its own): sessions end,
 * any sign-in lock is lifted. Accounts of other roles are reset on the web by their office or union.
 */
export async function resetOfficePassword(db: Database, rawUsername: string): Promise<{ username: string; password: string; active: boolean }> {
  const username = (rawUsername ?? "").trim().toLowerCase();
  const [user] = await db.select({ id: users.id, role: users.role, orgId: users.orgId }).from(users).where(eq(users.username, username));
  if (!user) throw new AdminError(`No account named "${username}". 没有名为「${username}」的账户。`);
  if (user.role !== "office") {
    throw new AdminError(
      `"${username}" is not an office account; its office or union resets it on the web. 「${username}」不是创争办账户，请由其上级在网页上重置。`,
    );
  }
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  const [row] = await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, failedLogins: 0, lockedUntil: null })
      .where(and(eq(users.id, user.id), eq(users.role, "office")))
      .returning({ active: users.active });
    await tx.insert(auditLog).values({ actorId: null, action: "user.password.reset", entity: "user", entityId: user.id, countyId: user.orgId, after: { by: "admin-cli" } });
    return updated;
  });
  return { username, password, active: row?.active ?? true };
}

/**
 * `open-year`: the fallback to the server's own schedule. Without a year, opens the years due today
 * (this one, and from 1 December the next) for every county; with one, that year, which may not run
 * ahead of the schedule (next year only from December).
 */
export async function openYearCommand(db: Database, rawYear: string | undefined, at: Date = now()): Promise<OpenedYear[]> {
  if (rawYear === undefined) return openYears(db, yearsDue(at));
  const year = Number(rawYear);
  const latest = latestOpenableYear(at);
  if (!Number.isInteger(year) || year < 2000 || year > latest) {
    throw new AdminError(`"${rawYear}" cannot be opened now: give a year up to ${latest} (next year opens from 1 December). 「${rawYear}」现在不能开放：年度不能晚于 ${latest}（下一年度自 12 月 1 日起开放）。`);
  }
  return openYears(db, [year]);
}
