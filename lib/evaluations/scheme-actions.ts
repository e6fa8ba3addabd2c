"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { fieldErrorsOf, type ActionResult } from "@/lib/forms/action-result";
import {
  addIndicator,
  copyScheme,
  createDefaultScheme,
  deleteDraftScheme,
  deleteIndicator,
  deleteItem,
  moveIndicator,
  moveItem,
  publishScheme,
  renameIndicator,
  saveItem,
  updateBands,
} from "./scheme-mutations";
import { copySchemeSchema, readItemForm } from "./schemas";
import { formDataOf } from "@/lib/forms/form-data";

const NOT_FOUND: ActionResult = { ok: false, message: "evaluations.error.schemeNotFound" };
const ids = (...values: (string | null)[]) => values.every((v) => v === null || isUuid(v));

function refresh(schemeId: string) {
  revalidatePath(`/evaluations/schemes/${schemeId}`);
  revalidatePath("/evaluations");
}

export async function addIndicatorAction(schemeId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!ids(schemeId)) return NOT_FOUND;
  const result = await addIndicator(user, schemeId, { name: formData.get("name") ?? "" });
  if (result.ok) refresh(schemeId);
  return result;
}

export async function renameIndicatorAction(schemeId: string, indicatorId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!ids(schemeId, indicatorId)) return NOT_FOUND;
  const result = await renameIndicator(user, schemeId, indicatorId, { name: formData.get("name") ?? "" });
  if (result.ok) refresh(schemeId);
  return result;
}

export async function deleteIndicatorAction(schemeId: string, indicatorId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!ids(schemeId, indicatorId)) return NOT_FOUND;
  const result = await deleteIndicator(user, schemeId, indicatorId);
  if (result.ok) refresh(schemeId);
  return result;
}

export async function moveIndicatorAction(schemeId: string, indicatorId: string, direction: "up" | "down"): Promise<ActionResult> {
  const user = await requireUser();
  if (!ids(schemeId, indicatorId) || (direction !== "up" && direction !== "down")) return NOT_FOUND;
  const result = await moveIndicator(user, schemeId, indicatorId, direction);
  if (result.ok) refresh(schemeId);
  return result;
}

export async function saveItemAction(schemeId: string, indicatorId: string, itemId: string | null, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!ids(schemeId, indicatorId, itemId)) return NOT_FOUND;
  const result = await saveItem(user, schemeId, indicatorId, itemId, readItemForm(formData));
  if (result.ok) refresh(schemeId);
  return result.ok ? { ok: true, message: "evaluations.scheme.itemSaved" } : result;
}

export async function deleteItemAction(schemeId: string, itemId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!ids(schemeId, itemId)) return NOT_FOUND;
  const result = await deleteItem(user, schemeId, itemId);
  if (result.ok) refresh(schemeId);
  return result;
}

export async function moveItemAction(schemeId: string, itemId: string, direction: "up" | "down"): Promise<ActionResult> {
  const user = await requireUser();
  if (!ids(schemeId, itemId) || (direction !== "up" && direction !== "down")) return NOT_FOUND;
  const result = await moveItem(user, schemeId, itemId, direction);
  if (result.ok) refresh(schemeId);
  return result;
}

export async function updateBandsAction(schemeId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!ids(schemeId)) return NOT_FOUND;
  const read = (k: string) => String(formData.get(k) ?? "");
  const result = await updateBands(user, schemeId, { excellent: read("excellent"), good: read("good"), pass: read("pass") });
  if (result.ok) refresh(schemeId);
  return result.ok ? { ok: true, message: "evaluations.scheme.bandsSaved" } : result;
}

export async function publishSchemeAction(schemeId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!ids(schemeId)) return NOT_FOUND;
  const result = await publishScheme(user, schemeId, versionFrom(formData.get("revision")));
  if (result.ok) refresh(schemeId);
  return result.ok ? { ok: true, message: "evaluations.scheme.published" } : result;
}

export async function copySchemeAction(schemeId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!ids(schemeId)) return NOT_FOUND;
  const parsed = copySchemeSchema.safeParse({ periodId: formData.get("periodId") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await copyScheme(user, schemeId, parsed.data.periodId);
  if (!result.ok) return result;
  refresh(schemeId);
  redirect(`/evaluations/schemes/${result.data!.id}`);
}

export async function createDefaultSchemeAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  const periodId = String(formData.get("periodId") ?? "");
  if (!ids(periodId)) return { ok: false, message: "errors.invalidInput" };
  const result = await createDefaultScheme(user, periodId, String(formData.get("target") ?? ""));
  if (!result.ok) return result;
  revalidatePath("/evaluations");
  redirect(`/evaluations/schemes/${result.data!.id}`);
}

export async function deleteDraftSchemeAction(schemeId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!ids(schemeId)) return NOT_FOUND;
  const result = await deleteDraftScheme(user, schemeId);
  if (!result.ok) return result;
  revalidatePath("/evaluations");
  redirect("/evaluations?view=schemes");
}
