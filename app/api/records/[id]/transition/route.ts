import { getCurrentUser } from "@/lib/auth/current-user";
import { readJson, refuseForeign, resultResponse } from "@/lib/records/http";
import { transitionRecord } from "@/lib/records/mutations";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ACTIONS = ["submit", "withdraw", "approve", "reject", "reopen"] as const;

/**
 * Moves a record along the workflow from JSON — the same guarded transition as the review page's
 * server actions: `{ action, version, reason? }`; action: submit, withdraw, approve, reject or reopen. 409 when someone else already handled it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseForeign(request);
  if (refused) return refused;
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, message: "errors.forbidden" }, { status: 401 });
  const { id } = await params;
  const body = await readJson(request);
  const action = body?.action;
  const version = Number(body?.version);
  if (!UUID.test(id) || !(ACTIONS as readonly unknown[]).includes(action) || !Number.isInteger(version)) {
    return Response.json({ ok: false, message: "errors.invalidInput" }, { status: 400 });
  }
  const reason = typeof body!.reason === "string" ? body!.reason : undefined;
  const result = await transitionRecord(user, id, action as (typeof ACTIONS)[number], { version, reason });
  return resultResponse(result);
}
