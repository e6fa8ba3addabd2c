/**
 * The one clock. Every "what time is it / what day is it" in lib/, app/, db/ and scripts/ asks `now()`,
 * so a test can move the clock (across 31 December, say) with `setClockForTests` and the whole app follows.
 *
 * The campaign year is the calendar year in China (Asia/Shanghai: UTC+8 all year, no daylight saving),
 * so a China date is the UTC date of the instant shifted by eight hours.
 */

export const CHINA_OFFSET_MS = 8 * 3_600_000;

/**
 * How far the clock is moved from the machine's; 0 outside tests. Kept on globalThis because Next
 * bundles this module more than once (instrumentation, each route): all copies must read one clock.
 */
const clock = ((globalThis as { __czClock?: { offsetMs: number } }).__czClock ??= { offsetMs: 0 });

/** The current instant. */
export function now(): Date {
  return new Date(Date.now() + clock.offsetMs);
}

/**
 * Tests only: the clock reads `at` from this moment and runs on from there; `null` puts it back.
 * A server started with a moved clock (the year-cycle e2e run) sets it through `testClockFromEnv`.
 */
export function setClockForTests(at: Date | null): void {
  clock.offsetMs = at ? at.getTime() - Date.now() : 0;
}

/**
 * The e2e runs' clock override: TEST_CLOCK_AT (an ISO instant) moves the server's clock, but only with
 * ALLOW_TEST_CLOCK=1 and only on PGlite in DATA_DIR (never with DATABASE_URL, which is how production
 * runs, and how the demo reaches its embedded PostgreSQL). Anything else leaves the clock alone; a bad value stops the start.
 */
export function testClockFromEnv(env: Record<string, string | undefined> = process.env): Date | null {
  if (!env.TEST_CLOCK_AT || env.ALLOW_TEST_CLOCK !== "1" || env.DATABASE_URL) return null;
  const at = new Date(env.TEST_CLOCK_AT);
  if (Number.isNaN(at.getTime())) throw new Error(`TEST_CLOCK_AT is not a date: "${env.TEST_CLOCK_AT}"`);
  return at;
}

/** The China calendar date of an instant, as YYYY-MM-DD (today's by default). */
export function chinaToday(at: Date = now()): string {
  return new Date(at.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

/** The campaign year an instant falls in: its calendar year in China. */
export function chinaYear(at: Date = now()): number {
  return Number(chinaToday(at).slice(0, 4));
}

/**
 * Whether `v` is a YYYY-MM-DD day that PostgreSQL takes as a date: the round trip refuses what JavaScript
 * would roll over ("2026-02-30" → 2 March, "2026-13-45"), and year 0 does not exist in PostgreSQL's
 * calendar. The one calendar check of the app's date inputs; each schema adds the bounds its date has.
 */
export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v) || v < "0001-01-01") return false;
  const d = new Date(`${v}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}

/** The first day of the China month a date (YYYY-MM-DD) falls in. */
export function monthStart(day: string = chinaToday()): string {
  return `${day.slice(0, 7)}-01`;
}

/** The first day of a campaign year, YYYY-MM-DD. */
export function yearStart(year: number = chinaYear()): string {
  return `${year}-01-01`;
}

/** The last day of a campaign year, YYYY-MM-DD. */
export function yearEnd(year: number): string {
  return `${year}-12-31`;
}

/** The instant a China calendar date (YYYY-MM-DD) begins. */
export function chinaMidnight(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}
