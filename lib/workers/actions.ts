"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/forms/action-result";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { createWorker, deleteWorker, setWorkerStatus, updateWorker } from "./mutations";
import { readWorkerForm, WORKER_FORM_FIELDS } from "./schemas";
import { formDataOf } from "@/lib/forms/form-data";

const versionOf = (formData: FormData) => versionFrom(formData.get("version"));

/** Adds a worker (no id) or edits one (id bound by the form, still checked against the user's scope). */
export async function saveWorkerAction(id: string | null, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (id !== null && !isUuid(id)) return { ok: false, message: "errors.notFound" };
  const input = readWorkerForm(formData);
  const result = id ? await updateWorker(user, id, versionOf(formData), input) : await createWorker(user, input);
  if (!result.ok) {
    return { ...result, values: Object.fromEntries(WORKER_FORM_FIELDS.map((f) => [f, String(formData.get(f) ?? "").slice(0, 100)])) };
  }
  revalidatePath("/", "layout");
  redirect(`/workers/${result.data!.id}?saved=${id ? "updated" : "created"}`);
}

export async function markWorkerLeftAction(id: string, version: number): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(id)) return { ok: false, message: "errors.notFound" };
  const result = await setWorkerStatus(user, id, versionFrom(version), "left");
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function rejoinWorkerAction(id: string, version: number): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(id)) return { ok: false, message: "errors.notFound" };
  const result = await setWorkerStatus(user, id, versionFrom(version), "active");
  if (result.ok) revalidatePath("/", "layout");
  return result;
}

export async function deleteWorkerAction(id: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(id)) return { ok: false, message: "errors.notFound" };
  const result = await deleteWorker(user, id);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect("/workers?deleted=1");
}
