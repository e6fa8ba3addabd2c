"use server";

import { revalidatePath } from "next/cache";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/forms/action-result";
import { nameTitles, publishResults, reschedulePublication, withdrawTitle } from "./mutations";
import { formDataOf } from "@/lib/forms/form-data";

const NOT_FOUND: ActionResult = { ok: false, message: "publications.error.notFound" };

const text = (fd: FormData, k: string) => {
  const v = fd.get(k);
  return typeof v === "string" ? v : "";
};

const versionOf = (formData: FormData) => versionFrom(formData.get("version"));

/** The window's dates as typed, to show again after a refusal (a refused form resets to its defaults). */
const windowValues = (formData: FormData) => ({ startsOn: text(formData, "startsOn").slice(0, 10), endsOn: text(formData, "endsOn").slice(0, 10) });

/** 公示: publishes a kind's confirmed results for the window and opens the publication. */
export async function publishResultsAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  const result = await publishResults(user, { periodId: text(formData, "periodId"), target: text(formData, "target"), startsOn: text(formData, "startsOn"), endsOn: text(formData, "endsOn") });
  if (!result.ok) return { ...result, values: windowValues(formData) };
  revalidatePath("/", "layout");
  redirect(`/evaluations/publications/${result.data!.id}`);
}

export async function reschedulePublicationAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const result = await reschedulePublication(user, id, versionOf(formData), { startsOn: text(formData, "startsOn"), endsOn: text(formData, "endsOn") });
  if (!result.ok) return { ...result, values: windowValues(formData) };
  revalidatePath("/", "layout");
  return { ok: true, message: "publications.done.rescheduled" };
}

export async function nameTitlesAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const result = await nameTitles(user, id, versionOf(formData), { evaluationIds: formData.getAll("evaluationIds").map(String) });
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, message: "publications.done.named" };
}

export async function withdrawTitleAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return { ok: false, message: "publications.error.titleNotFound" };
  const result = await withdrawTitle(user, id, versionOf(formData), { reason: formData.get("reason") ?? "" });
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, message: "publications.done.withdrawn" };
}
