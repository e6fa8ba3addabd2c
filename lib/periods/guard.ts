import { and, eq, gte, lte } from "drizzle-orm";
import type { Transaction } from "@/db/client";
import { periods } from "@/db/schema";
import { Refusal } from "@/lib/actions/transaction";
import { refuse, type Refused } from "@/lib/actions/result";

/*
 * A closed year is read-only for everyone. Every write to something of a year (a record dated in it,
 * an evaluation, a posting, a title, a scheme) first reads its year's row FOR SHARE inside the write's
 * transaction and goes on only while it is open. Closing a year updates that row, which waits for
 * every write holding the share lock and makes every later one see "closed": a close racing a write
 * either comes after the write or refuses it, never lets it land in a closed year.
 */

export const YEAR_CLOSED: Refused = refuse("period_closed", "years.error.closed");

/** The county's open year containing `day` (YYYY-MM-DD), share-locked; null when none is open. */
export async function lockOpenYearOn(tx: Transaction, countyId: string, day: string): Promise<{ id: string; year: number } | null> {
  const [row] = await tx
    .select({ id: periods.id, year: periods.year })
    .from(periods)
    .where(and(eq(periods.countyId, countyId), eq(periods.status, "open"), lte(periods.startsOn, day), gte(periods.endsOn, day)))
    .limit(1)
    .for("share");
  return row ?? null;
}

/** Share-locks a year and refuses (rolling the transaction back) unless it is open. */
export async function requireOpenPeriod(tx: Transaction, periodId: string): Promise<void> {
  const [row] = await tx.select({ status: periods.status }).from(periods).where(eq(periods.id, periodId)).for("share");
  if (row?.status !== "open") throw new Refusal(YEAR_CLOSED);
}

/** Share-locks the year a date falls in and refuses unless it is open (a record of a closed year). */
export async function requireOpenYearOn(tx: Transaction, countyId: string, day: string): Promise<void> {
  if (!(await lockOpenYearOn(tx, countyId, day))) throw new Refusal(YEAR_CLOSED);
}
