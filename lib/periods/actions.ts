"use server";

import { revalidatePath } from "next/cache";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/forms/action-result";
import { closeYear, openDueYears, prepareSchemes, reopenYear } from "./years";
import { formDataOf } from "@/lib/forms/form-data";

const NOT_FOUND: ActionResult = { ok: false, message: "years.error.notFound" };

const versionOf = (formData: FormData) => versionFrom(formData.get("version"));

const text = (fd: FormData, k: string) => {
  const v = fd.get(k);
  return typeof v === "string" ? v : "";
};

export async function closeYearAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const result = await closeYear(user, id, versionOf(formData), { acknowledge: text(formData, "acknowledge") });
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, message: "years.done.closed" };
}

export async function reopenYearAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const result = await reopenYear(user, id, versionOf(formData), { reason: text(formData, "reason") });
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, message: "years.done.reopened" };
}

export async function openDueYearsAction(): Promise<ActionResult> {
  const user = await requireUser();
  const result = await openDueYears(user);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true };
}

export async function prepareSchemesAction(periodId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(periodId)) return NOT_FOUND;
  const result = await prepareSchemes(user, periodId);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true };
}
