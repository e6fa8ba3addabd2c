import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { orgs } from "./orgs";
import { users } from "./users";

/**
 * Every state change writes one row here in the same transaction. `county_id` lets an office read
 * its county's trail without joining through whatever the entity is.
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    actorId: uuid("actor_id").references(() => users.id),
    action: text("action").notNull(),
    entity: text("entity").notNull(),
    entityId: text("entity_id").notNull(),
    countyId: uuid("county_id").references(() => orgs.id),
    before: jsonb("before"),
    after: jsonb("after"),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("audit_entity_idx").on(t.entity, t.entityId), index("audit_county_at_idx").on(t.countyId, t.at)],
);

export type AuditEntry = typeof auditLog.$inferSelect;
