import { z } from "zod";
import { cleanString } from "@/lib/forms/fields";

/** Closing a year: when things are still open in it, the office ticks that it knows (they freeze as they are). */
export const closeYearSchema = (openItems: number) =>
  z.object({
    acknowledge: z.preprocess((v) => v === "on" || v === true || v === "true", z.boolean()).refine((v) => openItems === 0 || v, { message: "years.validation.acknowledge" }),
  });

/** Reopening a closed year needs a reason, kept in the audit trail. */
export const reopenYearSchema = z.object({
  reason: cleanString().trim().min(2, { message: "years.validation.reasonRequired" }).max(200, { message: "years.validation.reasonTooLong" }),
});
