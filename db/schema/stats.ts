import { date, index, integer, numeric, pgTable, primaryKey, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { orgs } from "./orgs";
import { ownerLevel } from "./records";
import { workers } from "./workers";

const count = (name: string) => integer(name).notNull().default(0);
const amount = (name: string) => numeric(name, { precision: 18, scale: 2, mode: "number" }).notNull().default(0);
const hours = (name: string) => numeric(name, { precision: 16, scale: 1, mode: "number" }).notNull().default(0);

/**
 * Approved work per org and month, kept up to date in the same transaction as every approval and
 * reopening (lib/stats/aggregates.ts), so the dashboard, rankings and auto-scored items never scan
 * raw records. One row per (bucket org, owner level, month): a team's own records, a unit's own
 * records (bucketed on the team they are attributed to, if any), and the county office's own.
 * `org_id` = coalesce(team_id, unit_id, county_id).
 */
export const orgMonthStats = pgTable(
  "org_month_stats",
  {
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    unitId: uuid("unit_id").references(() => orgs.id),
    teamId: uuid("team_id").references(() => orgs.id),
    orgId: uuid("org_id")
      .notNull()
      .references(() => orgs.id),
    ownerLevel: ownerLevel("owner_level").notNull(),
    month: date("month").notNull(),
    records: count("records"),
    sessions: count("sessions"),
    sessionHours: hours("session_hours"),
    attendance: count("attendance"),
    attendeeHours: hours("attendee_hours"),
    proposals: count("proposals"),
    proposalsAdopted: count("proposals_adopted"),
    proposalBenefit: amount("proposal_benefit"),
    innovations: count("innovations"),
    innovationBenefit: amount("innovation_benefit"),
    innovations10k: count("innovations_10k"),
    innovations10kBenefit: amount("innovations_10k_benefit"),
    trainings: count("trainings"),
    trainingClasses: count("training_classes"),
    trainingTrainees: count("training_trainees"),
    reemploymentClasses: count("reemployment_classes"),
    reemploymentTrainees: count("reemployment_trainees"),
    reemployed: count("reemployed"),
    competitions: count("competitions"),
    competitionParticipants: count("competition_participants"),
    competitionWinners: count("competition_winners"),
    cultureEvents: count("culture_events"),
    cultureParticipants: count("culture_participants"),
    publicityItems: count("publicity_items"),
    publicityForum: count("publicity_forum"),
    publicityTrainingClass: count("publicity_training_class"),
    publicityBanner: count("publicity_banner"),
    publicityBulletin: count("publicity_bulletin"),
    publicityLeaflet: count("publicity_leaflet"),
    publicityBlackboard: count("publicity_blackboard"),
    publicityMedia: count("publicity_media"),
  },
  (t) => [
    uniqueIndex("org_month_stats_key_idx").on(t.orgId, t.ownerLevel, t.month),
    index("org_month_stats_county_month_idx").on(t.countyId, t.month),
    index("org_month_stats_unit_month_idx").on(t.unitId, t.month),
  ],
);

export type OrgMonthStats = typeof orgMonthStats.$inferSelect;

/**
 * Approved participation per worker and calendar year: distinct participants (participation rate =
 * workers with any participation / active roster) and the 知识型职工 figures. Maintained like
 * org_month_stats. Team and unit are the worker's (workers do not move between teams).
 */
export const workerYearStats = pgTable(
  "worker_year_stats",
  {
    workerId: uuid("worker_id")
      .notNull()
      .references(() => workers.id),
    year: integer("year").notNull(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    unitId: uuid("unit_id")
      .notNull()
      .references(() => orgs.id),
    teamId: uuid("team_id")
      .notNull()
      .references(() => orgs.id),
    sessions: count("sessions"),
    studyHours: hours("study_hours"),
    proposals: count("proposals"),
    proposalsAdopted: count("proposals_adopted"),
    innovations: count("innovations"),
    innovations10k: count("innovations_10k"),
  },
  (t) => [
    primaryKey({ columns: [t.workerId, t.year] }),
    index("worker_year_stats_team_idx").on(t.teamId, t.year),
    index("worker_year_stats_unit_idx").on(t.unitId, t.year),
    index("worker_year_stats_county_idx").on(t.countyId, t.year),
  ],
);

export type WorkerYearStats = typeof workerYearStats.$inferSelect;
