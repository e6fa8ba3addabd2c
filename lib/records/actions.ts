"use server";

import { revalidatePath } from "next/cache";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/auth/current-user";
import { RECORD_KINDS, type RecordKind } from "@/lib/domain/enums";
import { fieldErrorsOf, type ActionResult } from "@/lib/forms/action-result";
import { filesOf } from "./http";
import { addEvidence, removeEvidence, transitionRecord, updateRecord } from "./mutations";
import { readRecordForm, rejectSchema } from "./schemas";
import { formDataOf } from "@/lib/forms/form-data";


const evidenceFiles = (formData: FormData) => filesOf(formData, "evidence");

const versionOf = (formData: FormData) => versionFrom(formData.get("version"));

function refreshRecordPages(id?: string) {
  revalidatePath("/", "layout");
  if (id) revalidatePath(`/records/${id}`);
}

export async function updateRecordAction(id: string, kind: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id) || !(RECORD_KINDS as readonly string[]).includes(kind)) return { ok: false, message: "errors.invalidInput" };
  const result = await updateRecord(user, id, versionOf(formData), readRecordForm(kind as RecordKind, formData), {
    submit: formData.get("intent") === "submit",
    files: evidenceFiles(formData),
  });
  if (!result.ok) return result;
  refreshRecordPages(id);
  redirect(`/records/${id}?saved=${formData.get("intent") === "submit" ? "submitted" : "draft"}`);
}

async function transition(id: string, action: "submit" | "withdraw" | "approve" | "reject" | "reopen", formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(id)) return { ok: false, message: "records.error.notFound" };
  let reason: string | undefined;
  if (action === "reject" || action === "reopen") {
    const parsed = rejectSchema.safeParse({ reason: formData.get("reason") ?? "" });
    if (!parsed.success) return { ok: false, fieldErrors: fieldErrorsOf(parsed.error) };
    reason = parsed.data.reason;
  }
  const result = await transitionRecord(user, id, action, { version: versionOf(formData), reason });
  if (result.ok) refreshRecordPages(id);
  return result.ok ? { ok: true, message: `records.done.${action}` } : result;
}

export async function submitRecordAction(id: string, _prev: ActionResult, formData: FormData) {
  return transition(id, "submit", formData);
}
/** 撤回: the owner takes a submitted record back to draft, until the reviewer has handled it. */
export async function withdrawRecordAction(id: string, _prev: ActionResult, formData: FormData) {
  return transition(id, "withdraw", formData);
}
export async function approveRecordAction(id: string, _prev: ActionResult, formData: FormData) {
  return transition(id, "approve", formData);
}
export async function rejectRecordAction(id: string, _prev: ActionResult, formData: FormData) {
  return transition(id, "reject", formData);
}
export async function reopenRecordAction(id: string, _prev: ActionResult, formData: FormData) {
  return transition(id, "reopen", formData);
}

export async function addEvidenceAction(recordId: string, _prev: ActionResult, formData: FormData): Promise<ActionResult> {
  formData = formDataOf(formData);
  const user = await requireUser();
  if (!isUuid(recordId)) return { ok: false, message: "records.error.notFound" };
  const result = await addEvidence(user, recordId, evidenceFiles(formData));
  if (!result.ok) return result;
  refreshRecordPages(recordId);
  return { ok: true, message: "records.evidence.added" };
}

export async function removeEvidenceAction(recordId: string, attachmentId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(recordId) || !isUuid(attachmentId)) return { ok: false, message: "records.error.notFound" };
  const result = await removeEvidence(user, attachmentId);
  if (result.ok) refreshRecordPages(recordId);
  return result;
}
