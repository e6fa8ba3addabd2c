import { date, integer, pgEnum, pgTable, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { PERIOD_STATUSES } from "../../lib/domain/enums";
import { orgs } from "./orgs";

export const periodStatus = pgEnum("period_status", PERIOD_STATUSES);

/** 评估年度: each county office runs its own evaluation years. */
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
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("periods_county_year_idx").on(t.countyId, t.year)],
);

export type Period = typeof periods.$inferSelect;
