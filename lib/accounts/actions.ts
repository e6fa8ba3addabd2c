"use server";

import { z } from "zod";
import { formAction, userAction } from "@/lib/actions/user-action";
import { idSchema } from "@/lib/forms/ids";
import { createAccount, resetPassword, setAccountActive } from "./mutations";
import { createAccountSchema } from "./schemas";

/** New account at `orgId` (bound by the form; still checked against the user's scope). */
export const createAccountAction = formAction({ args: [idSchema], schema: createAccountSchema }, ({ user, input }, orgId) => createAccount(user, orgId, input));

/** `orgId` names the page the account is listed on; the account itself is what is checked. */
export const resetPasswordAction = userAction({ args: [idSchema, idSchema] }, (user, userId) => resetPassword(user, userId));

export const setAccountActiveAction = userAction({ args: [idSchema, idSchema, z.boolean()] }, (user, userId, _orgId, active) => setAccountActive(user, userId, active));
