import { can, type Permission } from "@/lib/auth/permissions";
import type { Role } from "@/lib/domain/enums";

export const NAV_ITEMS = [
  { href: "/", key: "home", icon: "home", permission: "home.view" },
  { href: "/dashboard", key: "dashboard", icon: "dashboard", permission: "dashboard.view" },
  { href: "/review", key: "review", icon: "review", permission: "review.view" },
  { href: "/records", key: "records", icon: "records", permission: "records.view" },
  { href: "/evaluations", key: "evaluations", icon: "evaluations", permission: "evaluations.view" },
  { href: "/rankings", key: "rankings", icon: "rankings", permission: "rankings.view" },
  { href: "/reports", key: "reports", icon: "reports", permission: "ledger.view" },
  { href: "/years", key: "years", icon: "years", permission: "years.manage" },
  { href: "/org", key: "org", icon: "org", permission: "org.view" },
  { href: "/workers", key: "workers", icon: "workers", permission: "workers.view" },
  { href: "/account", key: "account", icon: "account", permission: "account.manage" },
] as const satisfies readonly { href: string; key: string; icon: string; permission: Permission }[];

export type NavItem = (typeof NAV_ITEMS)[number];

/** The navigation a role may use: areas it cannot use are absent, not disabled. */
export function navFor(user: { role: Role }): NavItem[] {
  return NAV_ITEMS.filter((item) => can(user, item.permission));
}

/**
 * Phones have room for five tabs: each role's most used areas, in this order of preference; the rest
 * stay reachable from home and the user menu (account).
 */
const TAB_PREFERENCE: Record<Role, readonly string[]> = {
  office: ["/", "/dashboard", "/review", "/evaluations", "/rankings", "/records", "/org", "/account"],
  union: ["/", "/review", "/records", "/evaluations", "/workers", "/account", "/rankings", "/org"],
  leader: ["/", "/records", "/evaluations", "/rankings", "/workers", "/account"],
};
const MAX_TABS = 5;

export function tabsFor(user: { role: Role }): NavItem[] {
  const available = navFor(user);
  const chosen = TAB_PREFERENCE[user.role].filter((href) => available.some((i) => i.href === href)).slice(0, MAX_TABS);
  return available.filter((item) => chosen.includes(item.href));
}
