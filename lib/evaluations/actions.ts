"use server";

import { z } from "zod";
import { formAction, goTo, userAction } from "@/lib/actions/user-action";
import { done } from "@/lib/actions/result";
import { idSchema, versionField } from "@/lib/forms/ids";
import { confirmEvaluation, nominateWorkers, openEvaluation, returnEvaluation, reviewEvaluation, saveSelfAssessment, withdrawNomination } from "./mutations";
import { nominationSchema, returnSchema } from "./schemas";

const NOT_FOUND = "evaluations.error.notFound";
const versionOnly = z.object({ version: versionField });
/**
 * The scores are checked by the mutation against the evaluation's own scheme items, which only the
 * database knows; here, the version and which button was pressed.
 */
const scoresEnvelope = z.looseObject({ version: versionField, intent: z.unknown().optional() });

/** Opens (or finds) the user's own evaluation for this year and goes to it. */
export const openEvaluationAction = userAction({ args: [] }, async (user) => {
  const result = await openEvaluation(user);
  return result.ok ? goTo(`/evaluations/${result.data!.id}`) : result;
});

export const saveSelfAssessmentAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: scoresEnvelope }, async ({ user, input: { version, intent, ...scores } }, id) => {
  const submit = intent === "submit";
  const result = await saveSelfAssessment(user, id, version, scores, { submit });
  return result.ok ? done(submit ? "evaluations.done.submitted" : "evaluations.done.saved") : result;
});

export const reviewEvaluationAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: scoresEnvelope }, async ({ user, input: { version, intent, ...scores } }, id) => {
  const accept = intent === "accept";
  const result = await reviewEvaluation(user, id, version, scores, { accept });
  return result.ok ? done(accept ? "evaluations.done.accepted" : "evaluations.done.reviewed") : result;
});

export const returnEvaluationAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: returnSchema.extend({ version: versionField }) }, async ({ user, input: { version, ...reason } }, id) => {
  const result = await returnEvaluation(user, id, version, reason);
  return result.ok ? done("evaluations.done.returned") : result;
});

export const confirmEvaluationAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: versionOnly }, async ({ user, input }, id) => {
  const result = await confirmEvaluation(user, id, input.version);
  return result.ok ? done("evaluations.done.confirmed") : result;
});

/** The leader nominates workers of its team (ticked boxes named workerIds) and goes to the first one's assessment. */
export const nominateWorkersAction = formAction(
  { args: [], schema: nominationSchema, read: (formData) => ({ workerIds: formData.getAll("workerIds") }) },
  async ({ user, input }) => {
    const result = await nominateWorkers(user, input);
    return result.ok ? goTo(`/evaluations/${result.data!.ids[0]}`) : result;
  },
);

export const withdrawNominationAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: versionOnly }, async ({ user, input }, id) => {
  const result = await withdrawNomination(user, id, input.version);
  return result.ok ? goTo("/evaluations/nominate") : result;
});
