/** Sign-in throttling rules (pure, unit-tested). */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Failures from one address within the window before that address is refused outright. */
export const MAX_FAILURES_PER_IP = 30;
export const IP_WINDOW_MINUTES = 15;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}
