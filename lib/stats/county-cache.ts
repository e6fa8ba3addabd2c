import "server-only";
import { cache } from "react";
import { sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { rowsOf } from "@/lib/db-rows";

/*
 * County-wide figures (the office's dashboard, the rankings' whole field) are the same for every
 * viewer of a county and change only when something in the county changes. Recomputing them per
 * view costs a county of 2,000 teams ~60–80 ms of database time per request; at city scale the
 * office pages then queue behind each other. This in-process cache holds each computation until
 * the county changes, and never longer than CACHE_TTL_MS:
 *
 * - "the county changed" is read from the database on every use, so every app server behind the
 *   load balancer sees every other's writes: every state change in the app writes an audit row
 *   with its county in the same transaction (lib/audit), and the newest one's (time, id) is one
 *   backward probe of audit_county_at_idx;
 * - the TTL bounds what the signal cannot see: a transaction that commits after a later-started one
 *   was already read, or a change made outside the app (SQL by hand, the admin CLI's bulk work).
 *
 * Concurrent misses share one computation (the promise is cached). Only inside the Next.js server:
 * tests and scripts (the benchmark's data floor) always compute afresh. No authorization here:
 * callers pass a county the user may see and filter per user after.
 */

export const CACHE_TTL_MS = 10_000;
const MAX_ENTRIES = 256;

interface Entry {
  signal: string;
  at: number;
  value: Promise<unknown>;
}

type CacheState = { entries: Map<string, Entry> };
const state = ((globalThis as { __czCountyCache?: CacheState }).__czCountyCache ??= { entries: new Map() });

function enabled(): boolean {
  return Boolean(process.env.NEXT_RUNTIME) && process.env.COUNTY_CACHE !== "off";
}

/** The county's newest change, once per request. */
const countySignal = cache(async (countyId: string): Promise<string> => {
  const db = await getDb();
  const rows = rowsOf<{ s: string | null }>(
    await db.execute(sql`select (select at::text || '#' || id from audit_log where county_id = ${countyId} order by at desc, id desc limit 1) as s`),
  );
  return rows[0]?.s ?? "";
});

/** `compute()` for this county and key, reused while the county is unchanged (and for at most CACHE_TTL_MS). */
export async function cachedForCounty<T>(countyId: string, key: string, compute: () => Promise<T>): Promise<T> {
  if (!enabled()) return compute();
  const signal = await countySignal(countyId);
  const k = `${countyId}|${key}`;
  const now = Date.now();
  const hit = state.entries.get(k);
  if (hit && hit.signal === signal && now - hit.at < CACHE_TTL_MS) return hit.value as Promise<T>;
  const value = compute();
  const entry: Entry = { signal, at: now, value };
  state.entries.delete(k);
  state.entries.set(k, entry);
  value.catch(() => {
    if (state.entries.get(k) === entry) state.entries.delete(k);
  });
  while (state.entries.size > MAX_ENTRIES) state.entries.delete(state.entries.keys().next().value!);
  return value;
}
