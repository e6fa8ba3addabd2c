"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/forms/action-result";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { archiveOrg, createTeam, createUnit, restoreOrg, updateTeam, updateUnit } from "./mutations";
import { readOrgForm } from "./schemas";
import { formDataOf } from "@/lib/forms/form-data";

const UNIT_FIELDS = ["name", "unitKind", "industry", "contactName", "contactPhone"] as const;
const TEAM_FIELDS = ["name", "teamKind"] as const;

const versionOf = (formData: FormData) => versionFrom(formData.get("version"));

function keepValues(formData: FormData, fields: readonly string[]): Record<string, string> {
  return Object.fromEntries(fields.map((f) => [f, String(formData.get(f) ?? "").slice(0, 200)]));
}

/** Creates a unit (no id) or edits one (id bound by the form, still checked against the user's scope). */
export async function saveUnitAction(id: string | null, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (id !== null && !isUuid(id)) return { ok: false, message: "errors.notFound" };
  const input = readOrgForm(formData, UNIT_FIELDS);
  const result = id ? await updateUnit(user, id, versionOf(formData), input) : await createUnit(user, input);
  if (!result.ok) return { ...result, values: keepValues(formData, UNIT_FIELDS) };
  revalidatePath("/", "layout");
  redirect(`/org/${result.data!.id}?saved=1`);
}

export async function saveTeamAction(id: string | null, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (id !== null && !isUuid(id)) return { ok: false, message: "errors.notFound" };
  const input = readOrgForm(formData, TEAM_FIELDS);
  const result = id ? await updateTeam(user, id, versionOf(formData), input) : await createTeam(user, input);
  if (!result.ok) return { ...result, values: keepValues(formData, TEAM_FIELDS) };
  revalidatePath("/", "layout");
  redirect(`/org/${result.data!.id}?saved=1`);
}

export async function archiveOrgAction(id: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(id)) return { ok: false, message: "errors.notFound" };
  const result = await archiveOrg(user, id);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect("/org?done=archived");
}

export async function restoreOrgAction(id: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(id)) return { ok: false, message: "errors.notFound" };
  const result = await restoreOrg(user, id);
  if (result.ok) revalidatePath("/", "layout");
  return result;
}
