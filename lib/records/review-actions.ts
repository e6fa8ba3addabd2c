"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { fieldErrorsOf, type ActionResult } from "@/lib/forms/action-result";
import { proposalDecisionSchema, readDecisionForm } from "./decision";
import { approveMany } from "./mutations";
import { approveProposal, rejectMany, type BatchOutcome } from "./review-mutations";
import { rejectSchema } from "./schemas";
import { formDataOf } from "@/lib/forms/form-data";


/** The ticked rows of the queue: values are "id:version" (still untrusted: each is guarded again). */
function selectedItems(formData: FormData) {
  return formData
    .getAll("selected")
    .map(String)
    .map((v) => {
      const [id, version] = v.split(":");
      return { id: id ?? "", version: versionFrom(version) };
    })
    .filter((i) => isUuid(i.id) && i.version > 0)
    .slice(0, 200);
}

/** Batch approval from the review queue. */
export async function approveManyAction(_prev: ActionResult<BatchOutcome>, formData: FormData): Promise<ActionResult<BatchOutcome>> {
  formData = formDataOf(formData);
  const user = await requireUser();
  const items = selectedItems(formData);
  if (!items.length) return { ok: false, message: "review.noneSelected" };
  const { approved, skipped } = await approveMany(user, items);
  revalidatePath("/", "layout");
  return { ok: true, data: { done: approved, skipped }, message: "review.batchApproved" };
}

/** Batch send-back from the review queue, with one reason for all. */
export async function rejectManyAction(_prev: ActionResult<BatchOutcome>, formData: FormData): Promise<ActionResult<BatchOutcome>> {
  formData = formDataOf(formData);
  const user = await requireUser();
  const items = selectedItems(formData);
  if (!items.length) return { ok: false, message: "review.noneSelected" };
  const parsed = rejectSchema.safeParse({ reason: formData.get("reason") ?? "" });
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await rejectMany(user, items, parsed.data.reason);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ...result, message: "review.batchRejected" };
}

/** Approves a proposal with the reviewer's decision (adopted, implemented, benefit). */
export async function approveProposalAction(id: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return { ok: false, message: "records.error.notFound" };
  const parsed = proposalDecisionSchema.safeParse(readDecisionForm(formData));
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
  const result = await approveProposal(user, id, versionFrom(formData.get("version")), parsed.data);
  if (!result.ok) return result;
  revalidatePath("/", "layout");
  return { ok: true, message: "records.done.approve" };
}
