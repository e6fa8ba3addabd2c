import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { orgs, users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { hashPassword } from "@/lib/auth/password";
import { can } from "@/lib/auth/permissions";
import { orgTreeScopeFor } from "@/lib/auth/scope";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { creatableRole, generatePassword } from "./rules";
import { createAccountSchema } from "./schemas";
import { manageableUsersFor } from "./scope";
import { type ActionResult, done, fieldErrorsOf, invalid, refuse } from "@/lib/actions/result";

/** What the screen shows once after a password was set for someone: never stored in clear. */
export interface IssuedPassword {
  username: string;
  displayName: string;
  password: string;
}

/**
 * Creates an account at an org one level below the user: a union account at a unit (office) or a
 * leader account at a team (union). The one-time password is returned to show once.
 */
export async function createAccount(user: CurrentUser, orgId: string, input: unknown): Promise<ActionResult<IssuedPassword>> {
  if (!can(user, "users.manage")) return refuse("forbidden", "errors.forbidden");
  const parsed = createAccountSchema.safeParse(input);
  if (!parsed.success) return invalid(fieldErrorsOf(parsed.error));
  const { username, displayName } = parsed.data;
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return inTransaction(async (tx) => {
    const [org] = await tx
      .select({ id: orgs.id, level: orgs.level })
      .from(orgs)
      .where(and(eq(orgs.id, orgId), orgTreeScopeFor(user), isNull(orgs.archivedAt)));
    if (!org) throw new Refusal(refuse("not_found", "errors.notFound"));
    const role = creatableRole(user.role, org.level);
    if (!role) throw new Refusal(refuse("forbidden", "errors.forbidden"));
    const [row] = await tx
      .insert(users)
      .values({ username, displayName, role, orgId: org.id, passwordHash })
      .onConflictDoNothing({ target: users.username })
      .returning({ id: users.id });
    if (!row) throw new Refusal({ ...invalid({ username: ["users.error.usernameTaken"] }), values: { username, displayName } });
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.created",
      entity: "user",
      entityId: row.id,
      countyId: user.countyId,
      after: { username, displayName, role, orgId: org.id },
    });
    return { ok: true, data: { username, displayName, password } };
  });
}

/**
 * Gives an account below the user a new one-time password. Its sessions end (the session version
 * moves on) and any sign-in lock is lifted.
 */
export async function resetPassword(user: CurrentUser, targetId: string): Promise<ActionResult<IssuedPassword>> {
  if (!can(user, "users.manage")) return refuse("forbidden", "errors.forbidden");
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  return inTransaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, failedLogins: 0, lockedUntil: null })
      .where(and(eq(users.id, targetId), manageableUsersFor(user)))
      .returning({ id: users.id, username: users.username, displayName: users.displayName });
    if (!row) return refuse("not_found", "errors.notFound");
    await writeAudit(tx, { actorId: user.id, action: "user.password.reset", entity: "user", entityId: row.id, countyId: user.countyId });
    return { ok: true, data: { username: row.username, displayName: row.displayName, password } };
  });
}

/**
 * Deactivates or reactivates an account below the user. A deactivated user is refused on its next
 * request (every request re-reads the user); its session version moves on, so reactivation asks it
 * to sign in again rather than reviving an old session.
 */
export async function setAccountActive(user: CurrentUser, targetId: string, active: boolean): Promise<ActionResult> {
  if (!can(user, "users.manage")) return refuse("forbidden", "errors.forbidden");
  return inTransaction(async (tx) => {
    const [row] = await tx
      .update(users)
      .set({
        active,
        ...(active ? { failedLogins: 0, lockedUntil: null } : { sessionVersion: sql`${users.sessionVersion} + 1` }),
      })
      .where(and(eq(users.id, targetId), manageableUsersFor(user), eq(users.active, !active)))
      .returning({ id: users.id, username: users.username });
    if (!row) {
      // Nothing changed: either not ours (answered as missing) or someone already did it.
      const [existing] = await tx.select({ active: users.active }).from(users).where(and(eq(users.id, targetId), manageableUsersFor(user)));
      if (!existing) return refuse("not_found", "errors.notFound");
      return done(active ? "users.done.reactivated" : "users.done.deactivated");
    }
    await writeAudit(tx, {
      actorId: user.id,
      action: active ? "user.reactivated" : "user.deactivated",
      entity: "user",
      entityId: row.id,
      countyId: user.countyId,
      after: { username: row.username },
    });
    return done(active ? "users.done.reactivated" : "users.done.deactivated");
  });
}
