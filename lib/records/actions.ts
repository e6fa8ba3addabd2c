"use server";

import { z } from "zod";
import { formAction, goTo, userAction } from "@/lib/actions/user-action";
import { done } from "@/lib/actions/result";
import { idSchema, versionField } from "@/lib/forms/ids";
import { filesOf } from "./http";
import { addEvidence, removeEvidence, transitionRecord, updateRecord } from "./mutations";
import { readRecordForm, recordKindSchema, rejectSchema } from "./schemas";

const NOT_FOUND = "records.error.notFound";
const evidenceFiles = (formData: FormData) => filesOf(formData, "evidence");

/** The record's own fields are checked by `updateRecord`, against the record as stored (its kind, its team). */
const editSchema = z.object({ version: versionField, intent: z.unknown().optional().transform((v) => (v === "submit" ? "submit" : "draft")) });

export const updateRecordAction = formAction(
  {
    args: [idSchema, recordKindSchema],
    notFound: NOT_FOUND,
    schema: editSchema,
  },
  async ({ user, input, formData }, id, kind) => {
    const submit = input.intent === "submit";
    const result = await updateRecord(user, id, input.version, readRecordForm(kind, formData), { submit, files: evidenceFiles(formData) });
    return result.ok ? goTo(`/records/${id}?saved=${submit ? "submitted" : "draft"}`) : result;
  },
);

const noReason = z.unknown().optional().transform(() => undefined);

/** One workflow step from the record page; a send-back and a reopening say why. */
function transition(action: "submit" | "withdraw" | "approve" | "reject" | "reopen") {
  const schema = z.object({ version: versionField, reason: action === "reject" || action === "reopen" ? rejectSchema.shape.reason : noReason });
  return formAction({ args: [idSchema], notFound: NOT_FOUND, schema }, async ({ user, input }, id) => {
    const result = await transitionRecord(user, id, action, { version: input.version, reason: input.reason });
    return result.ok ? done(`records.done.${action}`) : result;
  });
}

export const submitRecordAction = transition("submit");
/** 撤回: the owner takes a submitted record back to draft, until the reviewer has handled it. */
export const withdrawRecordAction = transition("withdraw");
export const approveRecordAction = transition("approve");
export const rejectRecordAction = transition("reject");
export const reopenRecordAction = transition("reopen");

export const addEvidenceAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: z.object({}) }, async ({ user, formData }, recordId) => {
  const result = await addEvidence(user, recordId, evidenceFiles(formData));
  return result.ok ? done("records.evidence.added") : result;
});

/** `recordId` only says which page to refresh; the attachment's own record is what is checked. */
export const removeEvidenceAction = userAction({ args: [idSchema, idSchema], notFound: NOT_FOUND }, (user, _recordId, attachmentId) => removeEvidence(user, attachmentId));
