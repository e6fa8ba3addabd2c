import { bigserial, index, pgTable, text, timestamp } from "drizzle-orm/pg-core";

/** Failed sign-ins by client address, for throttling password spraying across many accounts. */
export const loginFailures = pgTable(
  "login_failures",
  {
    id: bigserial("id", { mode: "number" }).primaryKey(),
    ip: text("ip").notNull(),
    username: text("username").notNull(),
    at: timestamp("at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("login_failures_ip_at_idx").on(t.ip, t.at)],
);
