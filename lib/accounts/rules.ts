import { randomInt } from "node:crypto";
import type { OrgLevel, Role } from "@/lib/domain/enums";

/**
 * Who administers which accounts (pure, unit-tested; the data layer enforces the same in its WHEREs).
 * An office creates union accounts for its units, a union leader accounts for its teams. Both reset,
 * deactivate and reactivate accounts strictly below their own level, inside their own subtree.
 */

/** The role of the account an actor may create at an org of `level`, or null. */
export function creatableRole(actorRole: Role, level: OrgLevel): Role | null {
  if (actorRole === "office" && level === "unit") return "union";
  if (actorRole === "union" && level === "team") return "leader";
  return null;
}

/** Org levels whose accounts the actor manages: strictly below its own. */
export function managedLevels(role: Role): OrgLevel[] {
  switch (role) {
    case "office":
      return ["unit", "team"];
    case "union":
      return ["team"];
    case "leader":
      return [];
  }
}

export interface AccountActor {
  id: string;
  role: Role;
  countyId: string;
  unitId: string | null;
}

export interface AccountTarget {
  id: string;
  orgLevel: OrgLevel;
  countyId: string | null;
  unitId: string | null;
}

export function canManageAccount(actor: AccountActor, target: AccountTarget): boolean {
  if (actor.id === target.id || actor.countyId !== target.countyId) return false;
  if (!managedLevels(actor.role).includes(target.orgLevel)) return false;
  return actor.role === "office" || (actor.unitId !== null && actor.unitId === target.unitId);
}

// No 0/o, 1/l/i: the password is read off a screen and typed or dictated.
const LETTERS = "abcdefghjkmnpqrstuvwxyz";
const DIGITS = "23456789";
export const GENERATED_PASSWORD_LENGTH = 10;

/**
 * A one-time password for a new or reset account: 10 characters of letters and digits (at least
 * three of each), so it passes the strength rules the user's own password must meet.
 */
export function generatePassword(random: (max: number) => number = randomInt): string {
  const chars: string[] = [];
  for (let i = 0; i < GENERATED_PASSWORD_LENGTH; i++) {
    const pool = i < 3 ? DIGITS : i < 6 ? LETTERS : LETTERS + DIGITS;
    chars.push(pool[random(pool.length)]!);
  }
  // Fisher–Yates, so the digits are not always in front.
  for (let i = chars.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [chars[i], chars[j]] = [chars[j]!, chars[i]!];
  }
  return chars.join("");
}
