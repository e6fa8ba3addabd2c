"use server";

import { and, eq, sql } from "drizzle-orm";
import { signOut } from "@/auth";
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { fieldErrorsOf, type ActionResult } from "@/lib/forms/action-result";
import { formDataOf } from "@/lib/forms/form-data";

/**
 * Changes the signed-in user's own password. Every session of the user, this one included, ends:
 * the session version moves on, and the user signs in again with the new password.
 */
export async function changeOwnPassword(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!can(user, "account.manage")) return { ok: false, message: "errors.forbidden" };
  const parsed = changePasswordSchema.safeParse({
    currentPassword: formData.get("currentPassword"),
    newPassword: formData.get("newPassword"),
    confirmPassword: formData.get("confirmPassword"),
  });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const { currentPassword, newPassword } = parsed.data;
  if (newPassword.toLowerCase().includes(user.username.toLowerCase())) {
    return { ok: false, fieldErrors: { newPassword: ["validation.passwordContainsUsername"] } };
  }

  const db = await getDb();
  const [row] = await db
    .select({ passwordHash: users.passwordHash, sessionVersion: users.sessionVersion })
    .from(users)
    .where(eq(users.id, user.id));
  if (!row || !(await verifyPassword(row.passwordHash, currentPassword))) {
    return { ok: false, fieldErrors: { currentPassword: ["account.password.wrongCurrent"] } };
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
  if (!changed) return { ok: false, message: "errors.conflict" };
  await signOut({ redirectTo: "/login?changed=1" });
  return { ok: true };
}
