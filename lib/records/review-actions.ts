"use server";

import { z } from "zod";
import { formAction } from "@/lib/actions/user-action";
import { done, refuse } from "@/lib/actions/result";
import { idSchema, isUuid, versionField, versionFrom } from "@/lib/forms/ids";
import { proposalDecisionSchema, readDecisionForm } from "./decision";
import { approveMany } from "./mutations";
import { approveProposal, rejectMany, type BatchOutcome } from "./review-mutations";
import { rejectSchema } from "./schemas";

/** A page of the queue at most: more ticked rows than that is not a form a reviewer sent. */
const MAX_SELECTED = 200;

/** The ticked rows of the queue: values are "id:version" (still untrusted: each is guarded again). */
const selectedSchema = z
  .array(z.string())
  .transform((values) =>
    values
      .map((v) => {
        const [id, version] = v.split(":");
        return { id: id ?? "", version: versionFrom(version) };
      })
      .filter((i) => isUuid(i.id) && i.version > 0)
      .slice(0, MAX_SELECTED),
  );
const readSelected = (formData: FormData) => ({ selected: formData.getAll("selected"), reason: formData.get("reason") ?? "" });

/** Batch approval from the review queue. */
export const approveManyAction = formAction({ args: [], schema: z.object({ selected: selectedSchema }), read: readSelected }, async ({ user, input }) => {
  if (!input.selected.length) return refuse("invalid_input", "review.noneSelected");
  const { approved, skipped } = await approveMany(user, input.selected);
  return done<BatchOutcome>("review.batchApproved", { done: approved, skipped });
});

/** Batch send-back from the review queue, with one reason for all. */
export const rejectManyAction = formAction({ args: [], schema: rejectSchema.extend({ selected: selectedSchema }), read: readSelected }, async ({ user, input }) => {
  if (!input.selected.length) return refuse("invalid_input", "review.noneSelected");
  const result = await rejectMany(user, input.selected, input.reason);
  return result.ok ? done("review.batchRejected", result.data) : result;
});

/** Approves a proposal with the reviewer's decision (adopted, implemented, benefit). */
export const approveProposalAction = formAction(
  {
    args: [idSchema],
    notFound: "records.error.notFound",
    schema: proposalDecisionSchema.and(z.object({ version: versionField })),
    read: (formData) => ({ ...readDecisionForm(formData), version: formData.get("version") }),
  },
  async ({ user, input }, id) => {
    const { version, ...decision } = input;
    const result = await approveProposal(user, id, version, decision);
    return result.ok ? done("records.done.approve") : result;
  },
);
