"use server";

import { revalidatePath } from "next/cache";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/forms/action-result";
import { confirmEvaluation, nominateWorkers, openEvaluation, returnEvaluation, reviewEvaluation, saveSelfAssessment, withdrawNomination } from "./mutations";
import { formDataOf } from "@/lib/forms/form-data";

const NOT_FOUND: ActionResult = { ok: false, message: "evaluations.error.notFound" };

const versionOf = (formData: FormData) => versionFrom(formData.get("version"));

function refresh(id: string) {
  revalidatePath("/", "layout");
  revalidatePath(`/evaluations/${id}`);
}

/** Opens (or finds) the user's own evaluation for this year and goes to it. */
export async function openEvaluationAction(): Promise<ActionResult> {
  const user = await requireUser();
  const result = await openEvaluation(user);
  if (!result.ok) return result;
  refresh(result.data!.id);
  redirect(`/evaluations/${result.data!.id}`);
}

export async function saveSelfAssessmentAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const submit = formData.get("intent") === "submit";
  const result = await saveSelfAssessment(user, id, versionOf(formData), formData, { submit });
  if (!result.ok) return result;
  refresh(id);
  return { ok: true, message: submit ? "evaluations.done.submitted" : "evaluations.done.saved" };
}

export async function reviewEvaluationAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const accept = formData.get("intent") === "accept";
  const result = await reviewEvaluation(user, id, versionOf(formData), formData, { accept });
  if (!result.ok) return result;
  refresh(id);
  return { ok: true, message: accept ? "evaluations.done.accepted" : "evaluations.done.reviewed" };
}

export async function returnEvaluationAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const result = await returnEvaluation(user, id, versionOf(formData), { reason: formData.get("reason") ?? "" });
  if (!result.ok) return result;
  refresh(id);
  return { ok: true, message: "evaluations.done.returned" };
}

export async function confirmEvaluationAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const result = await confirmEvaluation(user, id, versionOf(formData));
  if (!result.ok) return result;
  refresh(id);
  return { ok: true, message: "evaluations.done.confirmed" };
}

/** The leader nominates workers of its team (ticked boxes named workerIds) and goes to the first one's assessment. */
export async function nominateWorkersAction(_prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  const result = await nominateWorkers(user, { workerIds: formData.getAll("workerIds").map(String) });
  if (!result.ok) return result;
  const first = result.data!.ids[0]!;
  refresh(first);
  redirect(`/evaluations/${first}`);
}

export async function withdrawNominationAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return NOT_FOUND;
  const result = await withdrawNomination(user, id, versionOf(formData));
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  redirect("/evaluations/nominate");
}
