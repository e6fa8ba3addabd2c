"use server";

import { z } from "zod";
import { formAction, goTo, userAction } from "@/lib/actions/user-action";
import { done } from "@/lib/actions/result";
import { idSchema } from "@/lib/forms/ids";
import { EVALUATION_TARGETS } from "@/lib/domain/enums";
import {
  addIndicator,
  copyScheme,
  createDefaultScheme,
  deleteDraftScheme,
  deleteIndicator,
  deleteItem,
  moveIndicator,
  moveItem,
  publishScheme,
  renameIndicator,
  saveItem,
  updateBands,
} from "./scheme-mutations";
import { copySchemeSchema, indicatorInputSchema, readItemForm, type ItemFormValues } from "./schemas";

const NOT_FOUND = "evaluations.error.schemeNotFound";
const direction = z.enum(["up", "down"]);

export const addIndicatorAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: indicatorInputSchema }, ({ user, input }, schemeId) =>
  addIndicator(user, schemeId, input),
);

export const renameIndicatorAction = formAction({ args: [idSchema, idSchema], notFound: NOT_FOUND, schema: indicatorInputSchema }, ({ user, input }, schemeId, indicatorId) =>
  renameIndicator(user, schemeId, indicatorId, input),
);

export const deleteIndicatorAction = userAction({ args: [idSchema, idSchema], notFound: NOT_FOUND }, (user, schemeId, indicatorId) => deleteIndicator(user, schemeId, indicatorId));

export const moveIndicatorAction = userAction({ args: [idSchema, idSchema, direction], notFound: NOT_FOUND }, (user, schemeId, indicatorId, to) =>
  moveIndicator(user, schemeId, indicatorId, to),
);

/** An item's fields are checked by `saveItem` against the scheme's target (an auto rule's metrics depend on it). */
const itemForm = z.custom<ItemFormValues>((v) => typeof v === "object" && v !== null);

export const saveItemAction = formAction(
  { args: [idSchema, idSchema, idSchema.nullable()], notFound: NOT_FOUND, schema: itemForm, read: readItemForm },
  async ({ user, input }, schemeId, indicatorId, itemId) => {
    const result = await saveItem(user, schemeId, indicatorId, itemId, input);
    return result.ok ? done("evaluations.scheme.itemSaved") : result;
  },
);

export const deleteItemAction = userAction({ args: [idSchema, idSchema], notFound: NOT_FOUND }, (user, schemeId, itemId) => deleteItem(user, schemeId, itemId));

export const moveItemAction = userAction({ args: [idSchema, idSchema, direction], notFound: NOT_FOUND }, (user, schemeId, itemId, to) => moveItem(user, schemeId, itemId, to));

/** The bands as typed; `updateBands` checks them with `bandsInputSchema` (the form's own schema, in the browser too). */
const bandsText = z.object({ excellent: z.unknown().optional(), good: z.unknown().optional(), pass: z.unknown().optional() });

// keep: a refusal posted without scripts comes back with the lines as typed (the form reads `values`).
export const updateBandsAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: bandsText, keep: ["excellent", "good", "pass"] }, async ({ user, input }, schemeId) => {
  const result = await updateBands(user, schemeId, input);
  return result.ok ? done("evaluations.scheme.bandsSaved") : result;
});

/** The revision the office looked at: publishing a scheme someone changed since is refused. */
const revisionSchema = z.object({ revision: z.coerce.number().int().catch(-1) });

export const publishSchemeAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: revisionSchema }, async ({ user, input }, schemeId) => {
  const result = await publishScheme(user, schemeId, input.revision);
  return result.ok ? done("evaluations.scheme.published") : result;
});

export const copySchemeAction = formAction({ args: [idSchema], notFound: NOT_FOUND, schema: copySchemeSchema }, async ({ user, input }, schemeId) => {
  const result = await copyScheme(user, schemeId, input.periodId);
  return result.ok ? goTo(`/evaluations/schemes/${result.data!.id}`) : result;
});

export const createDefaultSchemeAction = formAction(
  { args: [], schema: z.object({ periodId: idSchema, target: z.enum(EVALUATION_TARGETS, { error: "validation.invalidOption" }) }) },
  async ({ user, input }) => {
    const result = await createDefaultScheme(user, input.periodId, input.target);
    return result.ok ? goTo(`/evaluations/schemes/${result.data!.id}`) : result;
  },
);

export const deleteDraftSchemeAction = userAction({ args: [idSchema], notFound: NOT_FOUND }, async (user, schemeId) => {
  const result = await deleteDraftScheme(user, schemeId);
  return result.ok ? goTo("/evaluations?view=schemes") : result;
});
