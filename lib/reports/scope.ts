import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orgs } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { FigureScope } from "@/lib/dashboard/queries";

export interface ReportScope extends FigureScope {
  /** "county": the office's whole county; "unit": a union's own unit. */
  level: "county" | "unit";
  countyName: string;
  /** The county's name, or the unit's. */
  name: string;
}

/**
 * NOTE: whose figures a report may hold. The office reports on its county, a union on its own unit;
 * everyone else gets null (the routes answer "not found"). The scope comes from the user as the
 * database has it now, never from the request.
 */
export async function reportScopeFor(user: CurrentUser): Promise<ReportScope | null> {
  if (!can(user, "reports.view")) return null;
  const db = await getDb();
  const [county] = await db.select({ name: orgs.name }).from(orgs).where(eq(orgs.id, user.countyId));
  if (!county) return null;
  if (user.role === "office") return { level: "county", countyId: user.countyId, unitId: null, countyName: county.name, name: county.name };
  // Backup check: a union without a unit has nothing to report.
  if (!user.unitId) return null;
  return { level: "unit", countyId: user.countyId, unitId: user.unitId, countyName: county.name, name: user.orgName };
}
