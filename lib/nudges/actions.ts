"use server";

import { revalidatePath } from "next/cache";
import { requireUser } from "@/lib/auth/current-user";
import type { ActionResult } from "@/lib/forms/action-result";
import { dismissNudge, nudgeOrg } from "./mutations";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function nudgeOrgAction(orgId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!UUID.test(orgId)) return { ok: false, message: "records.error.notFound" };
  const result = await nudgeOrg(user, orgId);
  revalidatePath("/");
  return result;
}

export async function dismissNudgeAction(nudgeId: string): Promise<ActionResult> {
  const user = await requireUser();
  if (!UUID.test(nudgeId)) return { ok: false, message: "records.error.notFound" };
  const result = await dismissNudge(user, nudgeId);
  revalidatePath("/");
  return result;
}
