import "server-only";
import { and, inArray, ne, sql, type SQL } from "drizzle-orm";
import { orgs, users } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { orgTreeScopeFor } from "@/lib/auth/scope";
import { managedLevels } from "./rules";

/**
 * NOTE: the accounts a user may administer (mirrors rules.canManageAccount): bound to an org of a
 * level below the user's own, inside the user's subtree, and never the user's own account. Every
 * account write ANDs this into its WHERE.
 */
export function manageableUsersFor(user: Pick<CurrentUser, "id" | "role" | "countyId" | "unitId" | "teamId">): SQL {
  const levels = managedLevels(user.role);
  if (!levels.length) return sql`false`;
  const orgsBelow = sql`select ${orgs.id} from ${orgs} where ${and(orgTreeScopeFor(user), inArray(orgs.level, levels))}`;
  return and(ne(users.id, user.id), sql`${users.orgId} in (${orgsBelow})`)!;
}
