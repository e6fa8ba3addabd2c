import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import { getDb } from "@/db/client";
import { nudges, orgs } from "@/db/schema";
import { writeAudit } from "@/lib/audit/write-audit";
import type { CurrentUser } from "@/lib/auth/current-user";
import { chinaToday, now } from "@/lib/time";
import { type ActionResult, done, refuse } from "@/lib/actions/result";
import { inTransaction } from "@/lib/actions/transaction";

/**
 * 催办: a union reminds one of its teams, an office one of its units. Once per target per day; the
 * target's people see it on their home until they dismiss it.
 */
export async function nudgeOrg(user: CurrentUser, orgId: string): Promise<ActionResult> {
  if (user.role === "leader") return refuse("forbidden", "errors.forbidden");
  return inTransaction(async (tx) => {
    const [target] = await tx
      .select({ id: orgs.id, name: orgs.name })
      .from(orgs)
      .where(
        and(
          eq(orgs.id, orgId),
          isNull(orgs.archivedAt),
          eq(orgs.countyId, user.countyId),
          user.role === "union" ? and(eq(orgs.level, "team"), eq(orgs.unitId, user.unitId!)) : eq(orgs.level, "unit"),
        ),
      );
    if (!target) return refuse("not_found", "records.error.notFound");
    const [row] = await tx
      .insert(nudges)
      .values({ countyId: user.countyId, toOrgId: target.id, fromUserId: user.id, message: "nudge.default", day: chinaToday() })
      .onConflictDoNothing({ target: [nudges.toOrgId, nudges.day] })
      .returning({ id: nudges.id });
    if (!row) return refuse("conflict", "nudge.alreadyToday");
    await writeAudit(tx, { actorId: user.id, action: "org.nudged", entity: "org", entityId: target.id, countyId: user.countyId, after: { nudgeId: row.id } });
    return done("nudge.sent");
  });
}

/** Dismisses a reminder addressed to the user's own org. */
export async function dismissNudge(user: CurrentUser, nudgeId: string): Promise<ActionResult> {
  const db = await getDb();
  const updated = await db
    .update(nudges)
    .set({ readAt: now() })
    .where(and(eq(nudges.id, nudgeId), eq(nudges.toOrgId, user.orgId), isNull(nudges.readAt)))
    .returning({ id: nudges.id });
  return updated.length ? { ok: true } : refuse("not_found", "records.error.notFound");
}
