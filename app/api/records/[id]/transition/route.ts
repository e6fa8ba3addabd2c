import { getCurrentUser } from "@/lib/auth/current-user";
import { isUuid, versionFrom } from "@/lib/forms/ids";
import { readJson, refuseForeign, resultResponse, TOO_LARGE, tooLargeResponse } from "@/lib/records/http";
import { transitionRecord } from "@/lib/records/mutations";
import { refuse } from "@/lib/actions/result";

const ACTIONS = ["submit", "withdraw", "approve", "reject", "reopen"] as const;

/**
 * Moves a record along the workflow from JSON — the same guarded transition as the review page's
 * server actions: `{ action, version, reason? }`; action: submit, withdraw, approve, reject or reopen. 409 when someone else already handled it.
 */
export async function POST(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const refused = refuseForeign(request);
  if (refused) return refused;
  const user = await getCurrentUser();
  if (!user) return resultResponse(refuse("unauthenticated", "errors.unauthenticated"));
  const { id } = await params;
  const body = await readJson(request);
  if (body === TOO_LARGE) return tooLargeResponse();
  const action = body?.action;
  const version = versionFrom(body?.version);
  if (!isUuid(id) || !(ACTIONS as readonly unknown[]).includes(action) || version < 0) {
    return resultResponse(refuse("bad_request", "errors.invalidInput"));
  }
  const reason = typeof body!.reason === "string" ? body!.reason : undefined;
  const result = await transitionRecord(user, id, action as (typeof ACTIONS)[number], { version, reason });
  return resultResponse(result);
}
