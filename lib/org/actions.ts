"use server";

import { formAction, goTo, userAction } from "@/lib/actions/user-action";
import { idSchema, versionField } from "@/lib/forms/ids";
import { archiveOrg, createTeam, createUnit, restoreOrg, updateTeam, updateUnit } from "./mutations";
import { teamInputSchema, unitInputSchema } from "./schemas";

/** A new unit or team has no id yet; an edit's id is bound by the page, and still checked against the user's scope. */
const newOrExisting = idSchema.nullable();

export const saveUnitAction = formAction(
  { args: [newOrExisting], schema: unitInputSchema.extend({ version: versionField }), keep: Object.keys(unitInputSchema.shape) },
  async ({ user, input: { version, ...unit } }, id) => {
    const result = id ? await updateUnit(user, id, version, unit) : await createUnit(user, unit);
    return result.ok ? goTo(`/org/${result.data!.id}?saved=1`) : result;
  },
);

export const saveTeamAction = formAction(
  { args: [newOrExisting], schema: teamInputSchema.extend({ version: versionField }), keep: Object.keys(teamInputSchema.shape) },
  async ({ user, input: { version, ...team } }, id) => {
    const result = id ? await updateTeam(user, id, version, team) : await createTeam(user, team);
    return result.ok ? goTo(`/org/${result.data!.id}?saved=1`) : result;
  },
);

export const archiveOrgAction = userAction({ args: [idSchema] }, async (user, id) => {
  const result = await archiveOrg(user, id);
  return result.ok ? goTo("/org?done=archived") : result;
});

export const restoreOrgAction = userAction({ args: [idSchema] }, (user, id) => restoreOrg(user, id));
