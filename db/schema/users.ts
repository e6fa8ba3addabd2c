import { boolean, index, integer, pgEnum, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { LOCALES, ROLES } from "../../lib/domain/enums";
import { orgs } from "./orgs";

export const role = pgEnum("role", ROLES);
export const locale = pgEnum("locale", LOCALES);

export const users = pgTable(
  "users",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    username: text("username").notNull(),
    displayName: text("display_name").notNull(),
    passwordHash: text("password_hash").notNull(),
    role: role("role").notNull(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => orgs.id),
    active: boolean("active").notNull().default(true),
    locale: locale("locale"),
    failedLogins: integer("failed_logins").notNull().default(0),
    lockedUntil: timestamp("locked_until", { withTimezone: true }),
    lastLoginAt: timestamp("last_login_at", { withTimezone: true }),
    /** Bumped when the password is reset or changed: JWTs minted before carry the old value and are refused. */
    sessionVersion: integer("session_version").notNull().default(0),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true })
      .notNull()
      .defaultNow()
      .$onUpdate(() => new Date()),
  },
  (t) => [uniqueIndex("users_username_idx").on(t.username), index("users_org_idx").on(t.orgId)],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
