"use server";

import { z } from "zod";
import { formAction, goTo } from "@/lib/actions/user-action";
import { done } from "@/lib/actions/result";
import { idSchema, versionField } from "@/lib/forms/ids";
import { chinaToday } from "@/lib/time";
import { nameTitles, publishResults, reschedulePublication, withdrawTitle } from "./mutations";
import { nameInputSchema, publicationWindowSchema, publishInputSchema, withdrawTitleSchema } from "./schemas";

const NOT_FOUND = "publications.error.notFound";
/** The window's dates as typed come back after a refusal (a refused form resets to its defaults without scripts). */
const WINDOW_FIELDS = ["startsOn", "endsOn"];

/** 公示: publishes a kind's confirmed results for the window and opens the publication. */
export const publishResultsAction = formAction({ args: [], schema: () => publishInputSchema(chinaToday()), keep: WINDOW_FIELDS }, async ({ user, input }) => {
  const result = await publishResults(user, input);
  return result.ok ? goTo(`/evaluations/publications/${result.data!.id}`) : result;
});

export const reschedulePublicationAction = formAction(
  { args: [idSchema], notFound: NOT_FOUND, schema: () => publicationWindowSchema(chinaToday()).and(z.object({ version: versionField })), keep: WINDOW_FIELDS },
  async ({ user, input: { version, ...window } }, id) => {
    const result = await reschedulePublication(user, id, version, window);
    return result.ok ? done("publications.done.rescheduled") : result;
  },
);

export const nameTitlesAction = formAction(
  {
    args: [idSchema],
    notFound: NOT_FOUND,
    schema: nameInputSchema.extend({ version: versionField }),
    read: (formData) => ({ evaluationIds: formData.getAll("evaluationIds"), version: formData.get("version") }),
  },
  async ({ user, input: { version, ...named } }, id) => {
    const result = await nameTitles(user, id, version, named);
    return result.ok ? done("publications.done.named") : result;
  },
);

export const withdrawTitleAction = formAction(
  { args: [idSchema], notFound: "publications.error.titleNotFound", schema: withdrawTitleSchema.extend({ version: versionField }) },
  async ({ user, input: { version, ...reason } }, id) => {
    const result = await withdrawTitle(user, id, version, reason);
    return result.ok ? done("publications.done.withdrawn") : result;
  },
);
