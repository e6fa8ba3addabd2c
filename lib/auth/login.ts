import "server-only";
import { and, count, eq, gt, sql } from "drizzle-orm";
import { getDb, type Database } from "@/db/client";
import { isCleanText } from "@/lib/forms/fields";
import { clientIp } from "@/lib/http/client-ip";
import { loginFailures, orgs, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { burnPasswordCheck, verifyPassword } from "./password";
import { IP_WINDOW_MINUTES, MAX_FAILED_LOGINS, LOCK_MINUTES, MAX_FAILURES_PER_IP, isLocked } from "./rules";

export type LoginOutcome =
  | { ok: true; userId: string; sessionVersion: number; locale: string | null }
  | { ok: false; reason: "invalid" | "locked" | "disabled" | "throttled" };

export function normaliseUsername(username: string): string {
  return username.trim().toLowerCase();
}

/** The credentials provider's check (auth.ts's authorize), on whatever the client posted. */
export async function authorizeCredentials(credentials: Partial<Record<string, unknown>>, headers: Headers): Promise<LoginOutcome> {
  const username = typeof credentials.username === "string" ? credentials.username : "";
  const password = typeof credentials.password === "string" ? credentials.password : "";
  // A NUL in the name would reach SQL as a 500: no account name holds a control character.
  if (!username || !password || username.length > 64 || password.length > 256 || !isCleanText(username)) return { ok: false, reason: "invalid" };
  return attemptLogin(await getDb(), username, password, clientIp(headers));
}

/** A user id no row has (ids are random v4 UUIDs). */
const NO_SUCH_USER = "00000000-0000-0000-0000-000000000000";

/**
 * Checks a username and password. Unknown users, wrong passwords and locked accounts all pay for
 * one argon2 verification, and unknown users and wrong passwords run the same statements, so their
 * timings match; the 5th wrong password locks the account.
 */
export async function attemptLogin(db: Database, rawUsername: string, password: string, ip: string): Promise<LoginOutcome> {
  const username = normaliseUsername(rawUsername);
  // Throttles and locks measure minutes against times the database's now() wrote, so they read the
  // machine's clock, not lib/time's (which a test may move to another day).
  const now = new Date();

  const [{ recent }] = await db
    .select({ recent: count() })
    .from(loginFailures)
    .where(and(eq(loginFailures.ip, ip), gt(loginFailures.at, new Date(now.getTime() - IP_WINDOW_MINUTES * 60_000))));
  if (recent >= MAX_FAILURES_PER_IP) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "throttled" };
  }

  const [user] = await db
    .select({
      id: users.id,
      passwordHash: users.passwordHash,
      active: users.active,
      lockedUntil: users.lockedUntil,
      sessionVersion: users.sessionVersion,
      locale: users.locale,
      countyId: orgs.countyId,
      orgArchivedAt: orgs.archivedAt,
    })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(eq(users.username, username))
    .limit(1);

  if (!user) {
    await burnPasswordCheck(password);
    // The same transaction and statements as a known name's wrong password (its UPDATE matches no
    // row), so the time a refusal takes does not tell which names exist.
    return recordFailure(db, NO_SUCH_USER, null, username, ip);
  }
  if (isLocked(user.lockedUntil, now)) {
    await burnPasswordCheck(password);
    return { ok: false, reason: "locked" };
  }
  if (!(await verifyPassword(user.passwordHash, password))) {
    return recordFailure(db, user.id, user.countyId, username, ip);
  }
  // An account of an archived unit or team is out of use like a deactivated one, and says so.
  if (!user.active || user.orgArchivedAt) return { ok: false, reason: "disabled" };

  await db
    .update(users)
    .set({ failedLogins: 0, lockedUntil: null, lastLoginAt: now })
    .where(eq(users.id, user.id));
  return { ok: true, userId: user.id, sessionVersion: user.sessionVersion, locale: user.locale };
}

async function recordFailure(
  db: Database,
  userId: string,
  countyId: string | null,
  username: string,
  ip: string,
): Promise<LoginOutcome> {
  return db.transaction(async (tx) => {
    await tx.insert(loginFailures).values({ ip, username });
    // One atomic statement, so parallel wrong guesses cannot slip past the limit.
    const [row] = await tx
      .update(users)
      .set({
        failedLogins: sql`case when ${users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS} then 0 else ${users.failedLogins} + 1 end`,
        lockedUntil: sql`case when ${users.failedLogins} + 1 >= ${MAX_FAILED_LOGINS}
          then now() + make_interval(mins => ${LOCK_MINUTES}) else ${users.lockedUntil} end`,
      })
      .where(eq(users.id, userId))
      .returning({ lockedUntil: users.lockedUntil });
    if (row && isLocked(row.lockedUntil, new Date())) {
      await writeAudit(tx, {
        actorId: null,
        action: "user.locked",
        entity: "user",
        entityId: userId,
        countyId,
        after: { lockedUntil: row.lockedUntil, ip },
      });
      return { ok: false, reason: "locked" } as const;
    }
    return { ok: false, reason: "invalid" } as const;
  });
}
