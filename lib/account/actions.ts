"use server";

import { and, eq, sql } from "drizzle-orm";
import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { formAction } from "@/lib/actions/user-action";
import { can } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { invalid, refuse } from "@/lib/actions/result";

/**
 * Changes the signed-in user's own password. Every session of the user, this one included, ends:
 * the session version moves on, and the user signs in again with the new password.
 */
export const changeOwnPassword = formAction({ args: [], schema: changePasswordSchema }, async ({ user, input }) => {
  if (!can(user, "account.manage")) return refuse("forbidden", "errors.forbidden");
  const { currentPassword, newPassword } = input;
  if (newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    return invalid({ newPassword: ["validation.passwordContainsUsername"] });
  }

  const db = await getDb();
  const [row] = await db
    .select({ passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
    return invalid({ currentPassword: ["account.password.wrongCurrent"] });
  }
  const passwordHash = await hashPassword(newPassword);
  const changed = await db.transaction(async (tx) => {
    const updated = await tx
      .update(users)
      .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1` })
      .where(and(eq(users.id, user.id), eq(users.sessionVersion, row.sessionVersion)))
      .returning({ id: users.id });
    if (updated.length === 0) return false;
    await writeAudit(tx, {
      actorId: user.id,
      action: "user.password.changed",
      entity: "user",
      entityId: user.id,
      countyId: user.countyId,
    });
    return true;
  });
  if (!changed) return refuse("conflict", "errors.conflict");
  await signOut({ redirectTo: "/login?changed=1" });
  return { ok: true };
});
