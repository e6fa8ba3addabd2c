import { z } from "zod";
import { cleanString, dateText } from "@/lib/forms/fields";
import { EVALUATION_TARGETS } from "@/lib/domain/enums";
import { windowProblems } from "./rules";
import { idSchema } from "@/lib/forms/ids";

/*
 * Zod schemas of the 公示 / 命名 / 摘牌 forms, shared by each form and its action. Messages are i18n
 * keys (a number they name comes as the issue's params). `today` is passed in so the rules stay testable.
 */


const isoDate = dateText();

/** A posting window: start and end dates (inclusive). */
export function publicationWindowSchema(today: string) {
  return z.object({ startsOn: isoDate, endsOn: isoDate }).superRefine((w, ctx) => {
    for (const p of windowProblems(w, today)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message, params: p.params });
  });
}

/** Publishing a period's confirmed results of one kind for a window. */
export function publishInputSchema(today: string) {
  return z
    .object({ periodId: idSchema, target: z.enum(EVALUATION_TARGETS, { error: "validation.required" }), startsOn: isoDate, endsOn: isoDate })
    .superRefine((w, ctx) => {
      for (const p of windowProblems(w, today)) ctx.addIssue({ code: "custom", path: [p.field], message: p.message, params: p.params });
    });
}

/** The evaluations the office names (ticked boxes "evaluationIds"). */
export const nameInputSchema = z.object({
  evaluationIds: z
    .array(idSchema)
    .min(1, "publications.error.pickOne")
    .transform((ids) => [...new Set(ids)]),
});

/** 摘牌 needs a reason. */
export const withdrawTitleSchema = z.object({
  reason: cleanString().trim().min(2, "validation.reasonRequired").max(500, "validation.tooLong"),
});
