"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/forms/ids";
import type { ActionResult } from "@/lib/forms/action-result";
import { dismissNudge, nudgeOrg } from "./mutations";


export async function nudgeOrgAction(orgId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(orgId)) return { ok: false, message: "records.error.notFound" };
  const result = await nudgeOrg(user, orgId);
  revalidatePath("/");
  return result;
}

export async function dismissNudgeAction(nudgeId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!isUuid(nudgeId)) return { ok: false, message: "records.error.notFound" };
  const result = await dismissNudge(user, nudgeId);
  revalidatePath("/");
  return result;
}
