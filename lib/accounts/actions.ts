"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/forms/action-result";
import { isUuid } from "@/lib/forms/ids";
import { createAccount, resetPassword, setAccountActive, type IssuedPassword } from "./mutations";
import { formDataOf } from "@/lib/forms/form-data";

/** New account at `orgId` (bound by the form; still checked against the user's scope). */
export async function createAccountAction(orgId: string, _prev: ActionResult<IssuedPassword>, formData: FormData): Promise<ActionResult<IssuedPassword>> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(orgId)) return { ok: false, message: "errors.notFound" };
  const result = await createAccount(user, orgId, { username: formData.get("username") ?? "", displayName: formData.get("displayName") ?? "" });
  if (result.ok) revalidatePath(`/org/${orgId}`);
  return result;
}

export async function resetPasswordAction(userId: string, orgId: string): Promise<ActionResult<IssuedPassword>> {
  const user = await requireUser();
  if (!isUuid(userId)) return { ok: false, message: "errors.notFound" };
  const result = await resetPassword(user, userId);
  if (result.ok && isUuid(orgId)) revalidatePath(`/org/${orgId}`);
  return result;
}

export async function setAccountActiveAction(userId: string, orgId: string, active: boolean): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(userId) || typeof active !== "boolean") return { ok: false, message: "errors.notFound" };
  const result = await setAccountActive(user, userId, active);
  if (isUuid(orgId)) revalidatePath(`/org/${orgId}`);
  revalidatePath("/", "layout");
  return result;
}
