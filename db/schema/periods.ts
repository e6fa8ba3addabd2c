import { date, integer, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";
import { PERIOD_STATUSES } from "../../lib/domain/enums";
import { orgs } from "./orgs";

export const periodStatus = pgEnum("period_status", PERIOD_STATUSES);

/**
 * 评估年度: each county office runs its own evaluation years (calendar years). A year exists from
 * 1 December of the year before (lib/periods/cycle.ts opens it); once the office closes it, its
 * records, evaluations, postings and titles are read-only (lib/periods/guard.ts).
 */
export const periods = pgTable(
  "periods",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    year: integer("year").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    status: periodStatus("status").notNull().default("open"),
    /** Bumped by every close and reopen: the year page's action is guarded by it. */
    version: integer("version").notNull().default(1),
    /** When and by whom the office closed the year (null while open; a reopen clears them, the audit keeps them). */
    closedAt: timestamp("closed_at", { withTimezone: true }),
    closedBy: uuid("closed_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("periods_county_year_idx").on(t.countyId, t.year)],
);

export type Period = typeof periods.$inferSelect;
