import { z } from "zod";
import { TEAM_KINDS, UNIT_KINDS } from "@/lib/domain/enums";
import { choice, optionalText, pageNumber, requiredText, searchText } from "@/lib/forms/fields";

/** The unit form (office), shared by the form, its action and the Excel import. Messages are i18n keys. */
export const unitInputSchema = z.object({
  name: requiredText(60),
  unitKind: choice(UNIT_KINDS),
  industry: optionalText(40),
  contactName: optionalText(20),
  contactPhone: optionalText(30).refine((v) => v === null || /^[0-9+()\- ]{5,30}$/.test(v), "validation.phone"),
});
export type UnitInput = z.infer<typeof unitInputSchema>;

/** The county's unit list's URL search (office /org): part of a unit's name, up to a whole one, and the page. */
/** The longest unit search: the search box takes no more, as a longer one in the URL is ignored. */
export const UNIT_SEARCH_MAX = 60;

export const unitListFiltersSchema = z.object({
  q: searchText(UNIT_SEARCH_MAX),
  page: pageNumber(),
});
export type UnitListFilters = z.infer<typeof unitListFiltersSchema>;

/** The team form (union), shared by the form, its action and the Excel import. */
export const teamInputSchema = z.object({
  name: requiredText(60),
  teamKind: choice(TEAM_KINDS),
});
export type TeamInput = z.infer<typeof teamInputSchema>;

/** Reads an org form's FormData into the plain shape the schemas expect. */
export function readOrgForm(formData: FormData, fields: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(fields.map((f) => [f, formData.get(f)]));
}
