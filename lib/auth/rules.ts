/** Sign-in throttling rules (pure, unit-tested). */
export const MAX_FAILED_LOGINS = 5;
export const LOCK_MINUTES = 15;
/** Failures from one address within the window before that address is refused outright. */
export const MAX_FAILURES_PER_IP = 30;
export const IP_WINDOW_MINUTES = 15;

export function isLocked(lockedUntil: Date | null, now: Date): boolean {
  return lockedUntil !== null && lockedUntil.getTime() > now.getTime();
}

/** The failure that reaches the limit locks the account and starts a fresh count. */
export function afterFailedLogin(failedLogins: number, now: Date): { failedLogins: number; lockedUntil: Date | null } {
  const next = failedLogins + 1;
  if (next >= MAX_FAILED_LOGINS) {
    return { failedLogins: 0, lockedUntil: new Date(now.getTime() + LOCK_MINUTES * 60_000) };
  }
  return { failedLogins: next, lockedUntil: null };
}

export function minutesLeft(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
