import { z } from "zod";
import { EDUCATION_LEVELS, GENDERS, SKILL_LEVELS, WORKER_STATUSES } from "@/lib/domain/enums";
import { choice, optionalDateText, optionalText, pageNumber, requiredText, searchText } from "@/lib/forms/fields";
import { chinaToday } from "@/lib/time";

const optionalId = z
  .string()
  .uuid()
  .optional()
  .catch(undefined);

/** The roster list's URL filters; anything malformed falls back to its default rather than erroring. */
export const workerListFiltersSchema = z.object({
  q: searchText(),
  team: optionalId,
  unit: optionalId,
  status: z.enum(WORKER_STATUSES).default("active").catch("active"),
  page: pageNumber(),
});

export type WorkerListFilters = z.infer<typeof workerListFiltersSchema>;

/** Legal working age in China: a birth date must lie at least this many years back. */
export const MIN_WORKING_AGE = 16;
const EARLIEST_BIRTH = "1940-01-01";

function latestBirth(today = chinaToday()): string {
  return `${Number(today.slice(0, 4)) - MIN_WORKING_AGE}${today.slice(4)}`;
}

/**
 * A worker's own facts, shared by the worker form, its action and the roster import. Messages are
 * i18n keys (a bound they name comes with the zod issue).
 */
export const workerFieldsSchema = z.object({
  name: requiredText(30),
  employeeNo: z.preprocess(
    (v) => v ?? "",
    z
      .string()
      .trim()
      .min(1, "validation.required")
      .max(30, "validation.tooLong")
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]*$/, "validation.employeeNo"),
  ),
  gender: choice(GENDERS),
  education: choice(EDUCATION_LEVELS),
  skillLevel: z.preprocess((v) => (v === "" || v === null || v === undefined ? "none" : v), z.enum(SKILL_LEVELS, { error: "validation.invalidOption" })),
  post: optionalText(30),
  birthDate: optionalDateText().refine((v) => v === null || (v >= EARLIEST_BIRTH && v <= latestBirth()), { message: "validation.birthDateRange", params: { n: MIN_WORKING_AGE } }),
});

/** The worker form: the worker's facts and the team (of the union's own unit) it belongs to. */
export const workerInputSchema = workerFieldsSchema.extend({
  teamId: z.preprocess((v) => v ?? "", z.string().min(1, "validation.required").uuid("validation.invalidOption")),
});
export type WorkerInput = z.infer<typeof workerInputSchema>;

export const WORKER_FORM_FIELDS = ["name", "employeeNo", "teamId", "gender", "education", "skillLevel", "post", "birthDate"] as const;

export function readWorkerForm(formData: FormData): Record<string, unknown> {
  return Object.fromEntries(WORKER_FORM_FIELDS.map((f) => [f, formData.get(f)]));
}
