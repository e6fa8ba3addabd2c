import type { PublicationStatus } from "@/lib/domain/enums";

/*
 * 公示 → 命名 → 摘牌 as pure rules. The office posts a period's confirmed results of one target kind
 * for a window of days (start and end inclusive, China dates); while the window runs every signed-in
 * user of the county can read the list; after it ends the office names the chosen ones; a title is
 * later withdrawn with a reason. The data layer checks the same conditions in its guarded UPDATEs.
 */

/** 公示 lasts one week unless the office says otherwise (the published standards' practice). */
export const DEFAULT_POSTING_DAYS = 7;
/** A window of at most this many days. */
export const MAX_POSTING_DAYS = 30;
/** A window may be set to start at most this many days ahead. */
export const MAX_DAYS_AHEAD = 60;

export type PublicationPhase = "upcoming" | "posting" | "ended" | "named";

/** Adds days to an ISO date (YYYY-MM-DD). */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Days from `from` to `to` (ISO dates); negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** The default window: from today, seven days inclusive. */
export function defaultWindow(today: string): { startsOn: string; endsOn: string } {
  return { startsOn: today, endsOn: addDays(today, DEFAULT_POSTING_DAYS - 1) };
}

export function publicationPhase(p: { status: PublicationStatus; startsOn: string; endsOn: string }, today: string): PublicationPhase {
  if (p.status === "named") return "named";
  if (today < p.startsOn) return "upcoming";
  if (today <= p.endsOn) return "posting";
  return "ended";
}

/** Naming waits until the posting window is over (the day after its last day). */
export function canNameNow(p: { status: PublicationStatus; startsOn: string; endsOn: string }, today: string): boolean {
  return publicationPhase(p, today) === "ended";
}

/** Below the office a publication is readable while it is posted and once named; not before its window opens. */
export function visibleBelowOffice(p: { status: PublicationStatus; startsOn: string; endsOn: string }, today: string): boolean {
  const phase = publicationPhase(p, today);
  return phase === "posting" || phase === "named";
}

/**
 * Problems of a window (i18n keys, with the limit as params.n), or none: ends on or after it starts, at
 * most 30 days, starts at most 60 days ahead and not before 1 January of last year (a window held on
 * paper may be entered afterwards, as long as last year's results can still be; 0001-01-01 is a typo).
 */
export function windowProblems(w: { startsOn: string; endsOn: string }, today: string): { field: "startsOn" | "endsOn"; message: string; params?: { n: number } }[] {
  const out: ReturnType<typeof windowProblems> = [];
  if (w.endsOn < w.startsOn) out.push({ field: "endsOn", message: "publications.error.endBeforeStart" });
  else if (daysBetween(w.startsOn, w.endsOn) + 1 > MAX_POSTING_DAYS) out.push({ field: "endsOn", message: "publications.error.windowTooLong", params: { n: MAX_POSTING_DAYS } });
  if (daysBetween(today, w.startsOn) > MAX_DAYS_AHEAD) out.push({ field: "startsOn", message: "publications.error.startTooLate", params: { n: MAX_DAYS_AHEAD } });
  else if (w.startsOn < `${Number(today.slice(0, 4)) - 1}-01-01`) out.push({ field: "startsOn", message: "publications.error.startTooEarly" });
  return out;
}
