import "server-only";
import { and, asc, desc, eq, gte, lte } from "drizzle-orm";
import { getDb } from "@/db/client";
import { periods, type Period } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { chinaToday, now } from "@/lib/time";

/** The user's county's evaluation year containing today, else its latest one. */
export async function getCurrentPeriod(user: CurrentUser, today = now()): Promise<Period | null> {
  const db = await getDb();
  const day = chinaToday(today);
  const [current] = await db
    .select()
    .from(periods)
    .where(and(eq(periods.countyId, user.countyId), lte(periods.startsOn, day), gte(periods.endsOn, day)))
    .limit(1);
  if (current) return current;
  const [latest] = await db
    .select()
    .from(periods)
    .where(eq(periods.countyId, user.countyId))
    .orderBy(desc(periods.year))
    .limit(1);
  return latest ?? null;
}

/** Share of the period elapsed on `today`, 0–100. */
export function periodProgress(period: Pick<Period, "startsOn" | "endsOn">, today = now()): number {
  const start = new Date(`${period.startsOn}T00:00:00Z`).getTime();
  const end = new Date(`${period.endsOn}T23:59:59Z`).getTime();
  const pct = ((today.getTime() - start) / (end - start)) * 100;
  return Math.min(100, Math.max(0, Math.round(pct)));
}


/**
 * The user's county's evaluation years that have begun, latest first: the year switches of the
 * year-scoped views. Next year exists from 1 December but has no figures until January.
 */
export async function listPeriods(user: CurrentUser, today = now()): Promise<Period[]> {
  const db = await getDb();
  return db
    .select()
    .from(periods)
    .where(and(eq(periods.countyId, user.countyId), lte(periods.startsOn, chinaToday(today))))
    .orderBy(desc(periods.year), asc(periods.startsOn));
}

/** The year asked for (when the county has it), else the current one. */
export async function resolvePeriod(user: CurrentUser, year: number | undefined, today = now()): Promise<Period | null> {
  if (year !== undefined) {
    const db = await getDb();
    const [row] = await db.select().from(periods).where(and(eq(periods.countyId, user.countyId), eq(periods.year, year))).limit(1);
    if (row) return row;
  }
  return getCurrentPeriod(user, today);
}
