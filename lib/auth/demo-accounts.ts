import "server-only";
import { eq, inArray } from "drizzle-orm";
import { getDb } from "@/db/client";
import { orgs, users } from "@/db/schema";
import { DEMO_ACCOUNTS, isDemoSeeded } from "@/db/seed/demo";
import type { Role } from "@/lib/domain/enums";

export interface DemoAccount {
  username: string;
  role: Role;
  displayName: string;
  orgName: string;
}

/** The five demo accounts, listed on the login page only while the demo county is in use. */
export async function listDemoAccounts(): Promise<DemoAccount[]> {
  const db = await getDb();
  if (!(await isDemoSeeded(db))) return [];
  const rows = await db
    .select({ username: users.username, role: users.role, displayName: users.displayName, orgName: orgs.name })
    .from(users)
    .innerJoin(orgs, eq(orgs.id, users.orgId))
    .where(inArray(users.username, [...DEMO_ACCOUNTS]));
  return DEMO_ACCOUNTS.flatMap((u) => rows.filter((r) => r.username === u));
}
