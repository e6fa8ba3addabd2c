import { sql } from "drizzle-orm";
import { type AnyPgColumn, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { ORG_LEVELS, TEAM_KINDS, UNIT_KINDS } from "../../lib/domain/enums";

export const orgLevel = pgEnum("org_level", ORG_LEVELS);
export const unitKind = pgEnum("unit_kind", UNIT_KINDS);
export const teamKind = pgEnum("team_kind", TEAM_KINDS);

/**
 * The organisation tree: county → unit → team. `county_id` and `unit_id` are denormalised on every
 * row (a county points at itself, a unit at itself) so that scoping a user to its subtree is one
 * indexed equality, at any depth of data hanging below.
 */
export const orgs = pgTable(
  "orgs",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    level: orgLevel("level").notNull(),
    parentId: uuid("parent_id").references((): AnyPgColumn => orgs.id),
    countyId: uuid("county_id").references((): AnyPgColumn => orgs.id),
    unitId: uuid("unit_id").references((): AnyPgColumn => orgs.id),
    name: text("name").notNull(),
    unitKind: unitKind("unit_kind"),
    teamKind: teamKind("team_kind"),
    industry: text("industry"),
    contactName: text("contact_name"),
    contactPhone: text("contact_phone"),
    archivedAt: timestamp("archived_at", { withTimezone: true }),
    /** Bumped on every edit; edit forms send it back and a stale one is refused. */
    version: integer("version").notNull().default(1),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [
    index("orgs_parent_idx").on(t.parentId),
    index("orgs_county_level_idx").on(t.countyId, t.level),
    index("orgs_unit_idx").on(t.unitId),
    // "Is this worker's team live?" (lib/workers/live.ts) reads the archived orgs on every roster
    // query; without this the subquery scans every org of the city (6 ms a use at 21,000 orgs).
    index("orgs_archived_idx").on(t.id).where(sql`archived_at is not null`),
    // Excel imports find units and teams by name: live siblings must not share one.
    uniqueIndex("orgs_parent_name_idx").on(t.parentId, t.name).where(sql`archived_at is null`),
    // `npm run admin -- add-county` refuses a second county of the same name.
    uniqueIndex("orgs_county_name_idx").on(t.name).where(sql`level = 'county'`),
  ],
);

export type Org = typeof orgs.$inferSelect;
export type NewOrg = typeof orgs.$inferInsert;

