import { jsonb, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Installation-wide facts, e.g. whether the demo county was seeded (the login page lists its accounts then). */
export const appMeta = pgTable("app_meta", {
  key: text("key").primaryKey(),
  value: jsonb("value").notNull(),
  updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
});
