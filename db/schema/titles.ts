import { sql } from "drizzle-orm";
import { date, index, integer, jsonb, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { PUBLICATION_STATUSES, TITLE_STATUSES } from "../../lib/domain/enums";
import { evaluationTarget, evaluations } from "./evaluations";
import { orgs } from "./orgs";
import { periods } from "./periods";
import { users } from "./users";
import { workers } from "./workers";

export const publicationStatus = pgEnum("publication_status", PUBLICATION_STATUSES);
export const titleStatus = pgEnum("title_status", TITLE_STATUSES);

/**
 * 公示: the office posts a period's confirmed results of one target kind for a window (start and end
 * days inclusive, China time). The posted evaluations are fixed when it is published (confirmed
 * results never change). After the window the office names (命名) some of them: status "named".
 */
export const evaluationPublications = pgTable(
  "evaluation_publications",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    periodId: uuid("period_id")
      .notNull()
      .references(() => periods.id),
    target: evaluationTarget("target").notNull(),
    startsOn: date("starts_on").notNull(),
    endsOn: date("ends_on").notNull(),
    status: publicationStatus("status").notNull().default("posted"),
    /** The confirmed evaluations posted, best first, as published. */
    evaluationIds: jsonb("evaluation_ids").$type<string[]>().notNull(),
    /** Bumped on every change; guarded updates compare it. */
    version: integer("version").notNull().default(1),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    namedAt: timestamp("named_at", { withTimezone: true }),
    namedBy: uuid("named_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("evaluation_publications_kind_idx").on(t.periodId, t.target), index("evaluation_publications_county_idx").on(t.countyId, t.startsOn)],
);

export type EvaluationPublication = typeof evaluationPublications.$inferSelect;

/**
 * 命名: a title held by a team, unit or worker for a period (学习型班组 2026年度 …), from one posted
 * evaluation. Withdrawn (摘牌) with a reason; the row stays for the record. Scope columns as evaluations.
 */
export const titles = pgTable(
  "titles",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => orgs.id),
    teamId: uuid("team_id").references(() => orgs.id),
    workerId: uuid("worker_id").references(() => workers.id),
    subjectId: uuid("subject_id").notNull(),
    target: evaluationTarget("target").notNull(),
    periodId: uuid("period_id")
      .notNull()
      .references(() => periods.id),
    year: integer("year").notNull(),
    publicationId: uuid("publication_id")
      .notNull()
      .references(() => evaluationPublications.id),
    evaluationId: uuid("evaluation_id")
      .notNull()
      .references(() => evaluations.id),
    status: titleStatus("status").notNull().default("held"),
    version: integer("version").notNull().default(1),
    namedAt: timestamp("named_at", { withTimezone: true }).notNull().defaultNow(),
    namedBy: uuid("named_by")
      .notNull()
      .references(() => users.id),
    withdrawnAt: timestamp("withdrawn_at", { withTimezone: true }),
    withdrawnBy: uuid("withdrawn_by").references(() => users.id),
    withdrawReason: text("withdraw_reason"),
    /**
     * The certificate's verification code (its QR code opens /verify/<code> without signing in):
     * 128 random bits from the database, so every way a title is inserted (naming, seeds, SQL by
     * hand) gets one, and an unguessable one.
     */
    certificateCode: text("certificate_code")
      .notNull()
      .default(sql`replace(gen_random_uuid()::text, '-', '')`),
  },
  (t) => [
    uniqueIndex("titles_evaluation_idx").on(t.evaluationId),
    uniqueIndex("titles_certificate_code_idx").on(t.certificateCode),
    index("titles_subject_idx").on(t.subjectId, t.status),
    index("titles_county_idx").on(t.countyId, t.periodId, t.target),
  ],
);

export type Title = typeof titles.$inferSelect;
