import { z } from "zod";
import { cleanString } from "@/lib/forms/fields";
import { getCurrentUser } from "@/lib/auth/current-user";
import { searchOrgChoices } from "@/lib/org/choices";

/** What an org picker asks for; anything else answers 400. */
const orgSearchSchema = z.object({
  level: z.enum(["unit", "team", "unitOrTeam"]),
  // A NUL would reach SQL (a 500); other control characters match nothing anyway.
  q: cleanString(false).max(100).optional(),
  unit: z.uuid().optional(),
});

/**
 * GET /api/orgs/search?level=team&q=灌装&unit=<id>: the units or teams of the signed-in user's subtree
 * that a filter's picker offers as one types (lib/org/choices.ts scopes and limits them).
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  const headers = { "Cache-Control": "no-store" };
  if (!user) return Response.json({ error: "unauthorized" }, { status: 401, headers });
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = orgSearchSchema.safeParse({ ...params, unit: params.unit || undefined });
  if (!parsed.success) return Response.json({ error: "invalid" }, { status: 400, headers });
  const choices = await searchOrgChoices(user, { level: parsed.data.level, q: parsed.data.q, unitId: parsed.data.unit });
  return Response.json({ choices }, { headers });
}
