import "server-only";
import { sql } from "drizzle-orm";
import { workers } from "@/db/schema";

/**
 * A worker counts as on the roster only while its team is live: archiving a unit archives its
 * teams, and their workers drop out of lists, counts and pickers (and come back on restore).
 */
export const onLiveTeam = sql`${workers.teamId} not in (select archived.id from orgs as archived where archived.archived_at is not null)`;
