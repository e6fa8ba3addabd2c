import { date, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { EDUCATION_LEVELS, GENDERS, SKILL_LEVELS, WORKER_STATUSES } from "../../lib/domain/enums";
import { orgs } from "./orgs";

export const gender = pgEnum("gender", GENDERS);
export const educationLevel = pgEnum("education_level", EDUCATION_LEVELS);
export const skillLevel = pgEnum("skill_level", SKILL_LEVELS);
export const workerStatus = pgEnum("worker_status", WORKER_STATUSES);

/** The 职工 roster. unit_id and county_id are denormalised from the team for scoping and uniqueness. */
export const workers = pgTable(
  "workers",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    teamId: uuid("team_id")
      .notNull()
      .references(() => orgs.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => orgs.id),
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    name: text("name").notNull(),
    employeeNo: text("employee_no").notNull(),
    gender: gender("gender").notNull(),
    education: educationLevel("education").notNull(),
    skillLevel: skillLevel("skill_level").notNull().default("none"),
    post: text("post"),
    birthDate: date("birth_date"),
    status: workerStatus("status").notNull().default("active"),
    leftAt: timestamp("left_at", { withTimezone: true }),
    /** Bumped on every change; edit forms send it back and a stale one is refused. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("workers_unit_employee_no_idx").on(t.unitId, t.employeeNo),
    index("workers_team_idx").on(t.teamId, t.status),
    index("workers_county_idx").on(t.countyId, t.status),
  ],
);

export type Worker = typeof workers.$inferSelect;
export type NewWorker = typeof workers.$inferInsert;
