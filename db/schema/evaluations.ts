import { type AnyPgColumn, boolean, index, integer, jsonb, numeric, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { EVALUATION_STATUSES, EVALUATION_TARGETS, GRADES, ITEM_MODES, SCHEME_STATUSES } from "../../lib/domain/enums";
import type { AutoRule, GradeBands } from "../../lib/evaluations/engine";
import { orgs } from "./orgs";
import { periods } from "./periods";
import { users } from "./users";
import { workers } from "./workers";

export const evaluationTarget = pgEnum("evaluation_target", EVALUATION_TARGETS);
export const schemeStatus = pgEnum("scheme_status", SCHEME_STATUSES);
export const itemMode = pgEnum("item_mode", ITEM_MODES);
export const grade = pgEnum("grade", GRADES);
export const evaluationStatus = pgEnum("evaluation_status", EVALUATION_STATUSES);

const points = (name: string) => numeric(name, { precision: 5, scale: 1, mode: "number" });

/**
 * 评估体系: one scheme per county, year and target kind, in versions. A draft is edited by the office;
 * publishing freezes it (its indicators and items are never changed again); changes make a new version.
 */
export const evaluationSchemes = pgTable(
  "evaluation_schemes",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    periodId: uuid("period_id")
      .notNull()
      .references(() => periods.id),
    target: evaluationTarget("target").notNull(),
    version: integer("version").notNull().default(1),
    status: schemeStatus("status").notNull().default("draft"),
    name: text("name").notNull(),
    bands: jsonb("bands").$type<GradeBands>().notNull(),
    /** Bumped on every edit of a draft, so two editors cannot overwrite each other unseen. */
    revision: integer("revision").notNull().default(1),
    copiedFromId: uuid("copied_from_id").references((): AnyPgColumn => evaluationSchemes.id),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    publishedAt: timestamp("published_at", { withTimezone: true }),
    publishedBy: uuid("published_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("evaluation_schemes_version_idx").on(t.countyId, t.periodId, t.target, t.version),
    index("evaluation_schemes_county_idx").on(t.countyId, t.periodId),
  ],
);

export type EvaluationScheme = typeof evaluationSchemes.$inferSelect;

/** 一级指标 */
export const evaluationIndicators = pgTable(
  "evaluation_indicators",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    schemeId: uuid("scheme_id")
      .notNull()
      .references(() => evaluationSchemes.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
  },
  (t) => [index("evaluation_indicators_scheme_idx").on(t.schemeId, t.position)],
);

/** 二级指标: the scored items. An auto item carries its rule (metric + thresholds or linear). */
export const evaluationItems = pgTable(
  "evaluation_items",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    schemeId: uuid("scheme_id")
      .notNull()
      .references(() => evaluationSchemes.id, { onDelete: "cascade" }),
    indicatorId: uuid("indicator_id")
      .notNull()
      .references(() => evaluationIndicators.id, { onDelete: "cascade" }),
    position: integer("position").notNull(),
    name: text("name").notNull(),
    maxPoints: points("max_points").notNull(),
    guidance: text("guidance").notNull().default(""),
    evidence: text("evidence").notNull().default(""),
    mode: itemMode("mode").notNull().default("manual"),
    /** 一票否决: when the case happens, the whole evaluation fails. */
    veto: boolean("veto").notNull().default(false),
    rule: jsonb("rule").$type<AutoRule>(),
  },
  (t) => [index("evaluation_items_indicator_idx").on(t.indicatorId, t.position), index("evaluation_items_scheme_idx").on(t.schemeId)],
);

export type EvaluationItem = typeof evaluationItems.$inferSelect;

/**
 * One organisation's (or worker's) evaluation for a year against a published scheme version.
 * `subject_id` is the team, unit or worker evaluated; county/unit/team ids are denormalised for scoping.
 */
export const evaluations = pgTable(
  "evaluations",
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
    schemeId: uuid("scheme_id")
      .notNull()
      .references(() => evaluationSchemes.id),
    status: evaluationStatus("status").notNull().default("draft"),
    /** Bumped on every change; guarded updates compare it. */
    version: integer("version").notNull().default(1),
    selfTotal: points("self_total"),
    reviewTotal: points("review_total"),
    finalTotal: points("final_total"),
    grade: grade("grade"),
    vetoed: boolean("vetoed").notNull().default(false),
    returnNote: text("return_note"),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    submittedBy: uuid("submitted_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    confirmedAt: timestamp("confirmed_at", { withTimezone: true }),
    confirmedBy: uuid("confirmed_by").references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("evaluations_subject_idx").on(t.periodId, t.target, t.subjectId),
    index("evaluations_county_idx").on(t.countyId, t.periodId, t.target, t.status),
    index("evaluations_unit_idx").on(t.unitId, t.periodId),
  ],
);

export type Evaluation = typeof evaluations.$inferSelect;

/** An item's score in an evaluation: the self-assessment and, beside it, the reviewer's adjustment. */
export const evaluationScores = pgTable(
  "evaluation_scores",
  {
    evaluationId: uuid("evaluation_id")
      .notNull()
      .references(() => evaluations.id, { onDelete: "cascade" }),
    itemId: uuid("item_id")
      .notNull()
      .references(() => evaluationItems.id),
    /** Auto items: the figure behind the points, as computed when last scored (null: no data). */
    autoValue: numeric("auto_value", { precision: 16, scale: 2, mode: "number" }),
    selfPoints: points("self_points"),
    selfVetoed: boolean("self_vetoed").notNull().default(false),
    selfNote: text("self_note").notNull().default(""),
    /** Records offered as evidence for this item (ids within the org's scope). */
    recordIds: jsonb("record_ids").$type<string[]>().notNull().default([]),
    reviewPoints: points("review_points"),
    reviewVetoed: boolean("review_vetoed").notNull().default(false),
    /** Required when the reviewer's points differ from the self-assessment. */
    reviewNote: text("review_note").notNull().default(""),
  },
  (t) => [primaryKey({ columns: [t.evaluationId, t.itemId] })],
);

export type EvaluationScore = typeof evaluationScores.$inferSelect;
