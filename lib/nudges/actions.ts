"use server";

import { userAction } from "@/lib/actions/user-action";
import { idSchema } from "@/lib/forms/ids";
import { dismissNudge, nudgeOrg } from "./mutations";

export const nudgeOrgAction = userAction({ args: [idSchema] }, (user, orgId) => nudgeOrg(user, orgId));

export const dismissNudgeAction = userAction({ args: [idSchema] }, (user, nudgeId) => dismissNudge(user, nudgeId));
