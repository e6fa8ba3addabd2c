import { z } from "zod";

/** `?year=` on the dashboard and rankings; anything odd falls back to the current year. */
export const yearParamSchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional().catch(undefined),
});
