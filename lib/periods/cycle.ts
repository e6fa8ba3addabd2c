import { sql } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { rowsOf } from "@/lib/db-rows";
import { chinaToday, chinaYear, now } from "@/lib/time";

/*
 * The campaign's years open themselves. The next year exists for every county from 1 December (China
 * time) so the office can prepare its schemes, and takes records dated in it from 1 January. The server
 * runs `ensureYears` as it starts and again on the first request of each China day; the /years page
 * and `npm run admin -- open-year` are the fallback. Everything here is one idempotent
 * INSERT … ON CONFLICT DO NOTHING on the (county, year) unique index, so any number of servers may run
 * it at once and each year is created, and audited, exactly once. No "server-only": the CLI uses it.
 */

/** The month from which next year is opened: December. */
export const NEXT_YEAR_OPENS_IN_MONTH = 12;

/** The years every county should have on `at`: this year, and from 1 December the next one. */
export function yearsDue(at: Date = now()): number[] {
  const year = chinaYear(at);
  const month = Number(chinaToday(at).slice(5, 7));
  return month >= NEXT_YEAR_OPENS_IN_MONTH ? [year, year + 1] : [year];
}

/** The latest year the office may open by hand on `at` (the fallback never runs further ahead than the clock). */
export function latestOpenableYear(at: Date = now()): number {
  return Math.max(...yearsDue(at));
}

export interface OpenedYear {
  countyId: string;
  year: number;
}

/**
 * Creates the given years for the given counties (every live county when `countyIds` is omitted),
 * skipping those that exist; the ones it created get an audit row in the same statement.
 */
export async function openYears(db: Queryable, years: number[], opts: { countyIds?: string[]; actorId?: string | null } = {}): Promise<OpenedYear[]> {
  if (!years.length) return [];
  const counties = opts.countyIds
    ? sql`o.id = any(${`{${opts.countyIds.join(",")}}`}::uuid[])`
    : sql`true`;
  const result = await db.execute(sql`
    with created as (
      insert into periods (county_id, year, starts_on, ends_on, status)
      select o.id, y, make_date(y, 1, 1), make_date(y, 12, 31), 'open'
      from orgs o cross join unnest(${`{${years.join(",")}}`}::int[]) as y
      where o.level = 'county' and o.archived_at is null and ${counties}
      on conflict (county_id, year) do nothing
      returning id, county_id, year
    ), audited as (
      insert into audit_log (actor_id, action, entity, entity_id, county_id, after, at)
      select ${opts.actorId ?? null}::uuid, 'period.opened', 'period', c.id::text, c.county_id,
             jsonb_build_object('year', c.year, 'by', ${opts.actorId ? "office" : "schedule"}::text), ${now().toISOString()}::timestamptz
      from created c
    )
    select county_id, year from created order by year, county_id`);
  return rowsOf<{ county_id: string; year: number }>(result).map((r) => ({ countyId: r.county_id, year: Number(r.year) }));
}

/** Opens the years due on `at` for every county (server start, first request of a day, CLI). */
export function ensureYears(db: Queryable, at: Date = now()): Promise<OpenedYear[]> {
  return openYears(db, yearsDue(at));
}

type DailyState = { checkedOn?: string; running?: Promise<unknown> };
const daily = ((globalThis as { __czYears?: DailyState }).__czYears ??= {});

/**
 * The first call of each China day (per server process) runs `ensureYears`; every other call is one
 * string comparison. A failure is logged and retried on the next request: it never fails the request.
 */
export async function ensureYearsToday(db: Queryable): Promise<void> {
  const today = chinaToday();
  if (daily.checkedOn === today) return;
  if (!daily.running) {
    daily.running = ensureYears(db)
      .then((opened) => {
        daily.checkedOn = today;
        if (opened.length) console.log(`[years] opened ${opened.map((o) => o.year).join(", ")} for ${opened.length} county-year(s)`);
      })
      .catch((err) => console.error("[years] could not open the years due today", err))
      .finally(() => {
        daily.running = undefined;
      });
  }
  await daily.running;
}
