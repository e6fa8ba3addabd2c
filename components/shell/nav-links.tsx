"use client";

import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { Building2, CalendarDays, ChartColumn, ClipboardCheck, FileText, House, ListChecks, ScrollText, Trophy, UserRound, UsersRound } from "@/components/icons";
import type { NavItem } from "@/lib/nav";
import { usePendingPath } from "./pending-navigation";
import { cn } from "@/lib/utils";

const ICONS = { home: House, dashboard: ChartColumn, review: ClipboardCheck, records: FileText, evaluations: ListChecks, rankings: Trophy, reports: ScrollText, years: CalendarDays, org: Building2, workers: UsersRound, account: UserRound } as const;

/** Counts that wait for the user, keyed by nav href (e.g. records to review). */
export type NavBadges = Partial<Record<string, number>>;

function isActive(pathname: string, href: string) {
  return href === "/" ? pathname === "/" : pathname === href || pathname.startsWith(`${href}/`);
}

function Badge({ count, className }: { count?: number; className?: string }) {
  if (!count) return null;
  return (
    <span data-user-content className={cn("nav-count", className)}>
      {count > 99 ? "99+" : count}
    </span>
  );
}

/** Sidebar links (desktop); the current one is marked by aria-current and styled by it (app/globals.css). */
export function SidebarNav({ items, role, badges }: { items: NavItem[]; role: string; badges: NavBadges }) {
  const here = usePathname();
  // A tapped link is marked at once, while its page is on its way.
  const pathname = usePendingPath() ?? here;
  const t = useTranslations("nav");
  return (
    <nav aria-label={t("main")} className="flex flex-col gap-0.5">
      {items.map((item) => {
        const Icon = ICONS[item.icon];
        const active = isActive(pathname, item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            aria-current={active ? "page" : undefined}
            className="side-link"
          >
            <Icon className="size-4.5" />
            <span className="flex-1">{t(`${item.key}.${role}`)}</span>
            <Badge count={badges[item.href]} />
          </Link>
        );
      })}
    </nav>
  );
}

/** Bottom tab bar (phones): large targets, thumb-reachable. */
export function TabBar({ items, badges }: { items: NavItem[]; badges: NavBadges }) {
  const here = usePathname();
  // A tapped link is marked at once, while its page is on its way.
  const pathname = usePendingPath() ?? here;
  const t = useTranslations("nav");
  return (
    <nav
      aria-label={t("tabs")}
      className="fixed inset-x-0 bottom-0 z-40 border-t bg-card/95 pb-[env(safe-area-inset-bottom)] backdrop-blur lg:hidden print:hidden"
    >
      <ul className="grid" style={{ gridTemplateColumns: `repeat(${items.length}, minmax(0, 1fr))` }}>
        {items.map((item) => {
          const Icon = ICONS[item.icon];
          const active = isActive(pathname, item.href);
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? "page" : undefined}
                className="tab-link"
              >
                <Icon className="size-5" />
                {t(`${item.key}.short`)}
                <Badge count={badges[item.href]} className="absolute left-1/2 top-1.5 ml-2" />
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
