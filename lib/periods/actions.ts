"use server";

import { z } from "zod";
import { formAction, userAction } from "@/lib/actions/user-action";
import { done } from "@/lib/actions/result";
import { idSchema, versionField } from "@/lib/forms/ids";
import { reopenYearSchema } from "./schemas";
import { closeYear, openDueYears, prepareSchemes, reopenYear } from "./years";

const NOT_FOUND = "years.error.notFound";

/** Whether the office acknowledged what is still open is checked against the year's checklist, in `closeYear`. */
const closeSchema = z.object({ version: versionField, acknowledge: z.unknown().optional() });

export const closeYearAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: closeSchema }, async ({ user, input }, id) => {
  const result = await closeYear(user, id, input.version, { acknowledge: input.acknowledge ?? "" });
  return result.ok ? done("years.done.closed") : result;
});

export const reopenYearAction = formAction(
  { args: [idSchema], notFound: NOT_FOUND, schema: reopenYearSchema.extend({ version: versionField }), keep: ["reason"] },
  async ({ user, input }, id) => {
    const result = await reopenYear(user, id, input.version, { reason: input.reason });
    return result.ok ? done("years.done.reopened") : result;
  },
);

export const openDueYearsAction = userAction({ args: [] }, (user) => openDueYears(user));

export const prepareSchemesAction = userAction({ args: [idSchema], notFound: NOT_FOUND }, (user, periodId) => prepareSchemes(user, periodId));
