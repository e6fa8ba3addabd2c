import { sql } from "drizzle-orm";
import {
  boolean,
  customType,
  date,
  index,
  integer,
  jsonb,
  numeric,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import { OWNER_LEVELS, RECORD_KINDS, RECORD_STATUSES, RECORD_WORKER_ROLES } from "../../lib/domain/enums";
import { orgs } from "./orgs";
import { users } from "./users";
import { workers } from "./workers";

export const recordKind = pgEnum("record_kind", RECORD_KINDS);
export const recordStatus = pgEnum("record_status", RECORD_STATUSES);
export const ownerLevel = pgEnum("owner_level", OWNER_LEVELS);
export const recordWorkerRole = pgEnum("record_worker_role", RECORD_WORKER_ROLES);

/**
 * Recorded work of every kind. Figures that metrics aggregate have typed columns; the rest of a kind's
 * fields sit in `details` (see lib/records/kinds.ts). county/unit/team ids are denormalised for scoping:
 * team_id is the owning team for team records and an optional attribution for unit records.
 */
export const records = pgTable(
  "records",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    kind: recordKind("kind").notNull(),
    status: recordStatus("status").notNull().default("draft"),
    /** Bumped on every change; guarded updates compare it so concurrent reviewers cannot both win. */
    version: integer("version").notNull().default(1),
    ownerLevel: ownerLevel("owner_level").notNull(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    unitId: uuid("unit_id").references(() => orgs.id),
    teamId: uuid("team_id").references(() => orgs.id),
    title: text("title").notNull(),
    occurredOn: date("occurred_on").notNull(),
    hours: numeric("hours", { precision: 8, scale: 1, mode: "number" }),
    participants: integer("participants"),
    quantity: integer("quantity"),
    benefitYuan: numeric("benefit_yuan", { precision: 14, scale: 2, mode: "number" }),
    adopted: boolean("adopted"),
    details: jsonb("details").$type<Record<string, unknown>>().notNull().default({}),
    createdBy: uuid("created_by")
      .notNull()
      .references(() => users.id),
    /** From the form, so a double-clicked submit creates one record. */
    clientToken: uuid("client_token"),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
    reviewedBy: uuid("reviewed_by").references(() => users.id),
    reviewedAt: timestamp("reviewed_at", { withTimezone: true }),
    /** The latest rejection or reopening reason, shown to the owner until resubmitted. */
    reviewNote: text("review_note"),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    uniqueIndex("records_client_token_idx").on(t.createdBy, t.clientToken),
    index("records_county_status_idx").on(t.countyId, t.status, t.occurredOn),
    index("records_unit_status_idx").on(t.unitId, t.status, t.occurredOn),
    index("records_team_status_idx").on(t.teamId, t.status, t.occurredOn),
    index("records_review_queue_idx").on(t.countyId, t.ownerLevel, t.status).where(sql`status = 'submitted'`),
    // The record lists' order (occurred_on desc, created_at desc, lib/records/queries.ts) under each scope and filter
    // that narrows a county's ~200,000 records the least: a page is 25 index entries, not a sort of the county, and
    // each list's count an index-only scan. (county_id, kind, …) also serves the reports' per-kind sums, which all
    // name a county: it replaces (kind, occurred_on). docs/scaling.md, "Database time of the office's lists".
    index("records_county_occurred_idx").on(t.countyId, t.occurredOn, t.createdAt),
    index("records_county_unit_occurred_idx").on(t.countyId, t.unitId, t.occurredOn, t.createdAt),
    index("records_county_kind_occurred_idx").on(t.countyId, t.kind, t.occurredOn, t.createdAt),
    // Who is late (lib/nudges/queries.ts): each team's / unit's last submission, one index probe each.
    index("records_team_submitted_idx").on(t.teamId, t.submittedAt).where(sql`status <> 'draft'`),
    index("records_unit_submitted_idx").on(t.unitId, t.submittedAt).where(sql`status <> 'draft'`),
  ],
);

export type RecordRow = typeof records.$inferSelect;
export type NewRecordRow = typeof records.$inferInsert;

/** Workers named on a record: session attendees, proposers, innovation team members. */
export const recordWorkers = pgTable(
  "record_workers",
  {
    recordId: uuid("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    workerId: uuid("worker_id")
      .notNull()
      .references(() => workers.id),
    role: recordWorkerRole("role").notNull(),
  },
  (t) => [primaryKey({ columns: [t.recordId, t.workerId, t.role] }), index("record_workers_worker_idx").on(t.workerId)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => "bytea",
  fromDriver: (v) => (Buffer.isBuffer(v) ? v : Buffer.from(v)),
});

/** Evidence files, kept in PostgreSQL so app servers stay stateless. */
export const attachments = pgTable(
  "attachments",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    recordId: uuid("record_id")
      .notNull()
      .references(() => records.id, { onDelete: "cascade" }),
    filename: text("filename").notNull(),
    mimeType: text("mime_type").notNull(),
    size: integer("size").notNull(),
    width: integer("width"),
    height: integer("height"),
    data: bytea("data").notNull(),
    thumbnail: bytea("thumbnail"),
    uploadedBy: uuid("uploaded_by")
      .notNull()
      .references(() => users.id),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("attachments_record_idx").on(t.recordId)],
);

/** 催办: a reviewer reminds a late team (or an office a late unit). */
export const nudges = pgTable(
  "nudges",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    countyId: uuid("county_id")
      .notNull()
      .references(() => orgs.id),
    toOrgId: uuid("to_org_id")
      .notNull()
      .references(() => orgs.id),
    fromUserId: uuid("from_user_id")
      .notNull()
      .references(() => users.id),
    message: text("message").notNull(),
    /** One nudge per target per day (China time). */
    day: date("day").notNull(),
    readAt: timestamp("read_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex("nudges_target_day_idx").on(t.toOrgId, t.day), index("nudges_to_org_idx").on(t.toOrgId, t.createdAt)],
);
