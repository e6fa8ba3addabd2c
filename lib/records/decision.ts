import { z } from "zod";
import { parseDecimal } from "@/lib/forms/fields";
import { KINDS, type FieldDef } from "./kinds";

/** The proposal form's own benefit field: the same bounds and step for the reviewer as for the team. */
const BENEFIT = KINDS.proposal.fields.find((f): f is Extract<FieldDef, { type: "number" }> => f.name === "benefitYuan")!;

/**
 * A proposal's decision, which its reviewer (a unit's union, or the office for a union's own
 * proposals) sets as it approves: adopted, implemented, and the economic benefit in 元. What the
 * team typed is only the starting point; the audit keeps both.
 */
export const proposalDecisionSchema = z
  .object({
    adopted: z.boolean(),
    implemented: z.boolean(),
    benefitYuan: z
      .string()
      .trim()
      .transform((v, ctx) => {
        if (v === "") return undefined;
        const n = parseDecimal(v);
        if (!Number.isFinite(n)) ctx.addIssue({ code: "custom", message: "validation.number" });
        else if (n < BENEFIT.min) ctx.addIssue({ code: "custom", message: "validation.min", params: { n: BENEFIT.min } });
        else if (n > BENEFIT.max) ctx.addIssue({ code: "custom", message: "validation.max", params: { n: BENEFIT.max } });
        // In fen, as the record form takes it.
        else if (Math.abs(n / BENEFIT.step - Math.round(n / BENEFIT.step)) >= 1e-4) ctx.addIssue({ code: "custom", message: "validation.step", params: { n: BENEFIT.step } });
        else return n;
        return z.NEVER;
      }),
  })
  // A proposal put into practice was adopted first, and only an adopted one yields a benefit.
  .refine((d) => d.adopted || !d.implemented, { path: ["implemented"], message: "validation.implementedNeedsAdopted" })
  .refine((d) => d.adopted || !d.benefitYuan, { path: ["benefitYuan"], message: "validation.benefitNeedsAdopted" });
export type ProposalDecision = z.infer<typeof proposalDecisionSchema>;

/** The decision fields of an approval form (checkboxes send "on" or nothing). */
export function readDecisionForm(formData: FormData) {
  return {
    adopted: formData.get("adopted") === "on",
    implemented: formData.get("implemented") === "on",
    benefitYuan: String(formData.get("benefitYuan") ?? ""),
  };
}
