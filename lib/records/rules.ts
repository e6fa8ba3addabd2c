import type { OwnerLevel, RecordStatus, Role } from "@/lib/domain/enums";

/**
 * The approval workflow as pure rules. draft → submitted → approved | rejected (reason) → edited →
 * submitted … Team records are reviewed by their unit's union, unit records by the county office;
 * the office's own records need no review. Approved records are locked; only the office reopens one.
 * The owner may withdraw (撤回) a submitted record back to draft until its reviewer has handled it.
 * The data layer enforces the same conditions again in its guarded UPDATEs.
 */

export const RECORD_ACTIONS = ["edit", "submit", "withdraw", "approve", "reject", "reopen"] as const;
export type RecordAction = (typeof RECORD_ACTIONS)[number];

export interface Actor {
  role: Role;
  countyId: string;
  unitId: string | null;
  teamId: string | null;
}

export interface RecordRef {
  ownerLevel: OwnerLevel;
  countyId: string;
  unitId: string | null;
  teamId: string | null;
  status: RecordStatus;
}

/** The level of record a role logs, at its own org. */
export const OWNER_LEVEL_OF: Record<Role, OwnerLevel> = { leader: "team", union: "unit", office: "county" };

export function isOwner(actor: Actor, rec: RecordRef): boolean {
  if (actor.countyId !== rec.countyId) return false;
  switch (rec.ownerLevel) {
    case "team":
      return actor.role === "leader" && actor.teamId !== null && actor.teamId === rec.teamId;
    case "unit":
      return actor.role === "union" && actor.unitId !== null && actor.unitId === rec.unitId;
    case "county":
      return actor.role === "office";
  }
}

export function isReviewer(actor: Actor, rec: RecordRef): boolean {
  if (actor.countyId !== rec.countyId) return false;
  switch (rec.ownerLevel) {
    case "team":
      return actor.role === "union" && actor.unitId !== null && actor.unitId === rec.unitId;
    case "unit":
      return actor.role === "office";
    case "county":
      return false;
  }
}

const EDITABLE: readonly RecordStatus[] = ["draft", "rejected"];

export function can(actor: Actor, rec: RecordRef, action: RecordAction): boolean {
  switch (action) {
    case "edit":
    case "submit":
      return isOwner(actor, rec) && EDITABLE.includes(rec.status);
    case "withdraw":
      return isOwner(actor, rec) && rec.status === "submitted";
    case "approve":
    case "reject":
      return isReviewer(actor, rec) && rec.status === "submitted";
    case "reopen":
      return actor.role === "office" && actor.countyId === rec.countyId && rec.status === "approved";
  }
}

/** Where an action takes the record. The office's own records are approved as they are submitted. */
export function statusAfter(action: Exclude<RecordAction, "edit">, rec: Pick<RecordRef, "ownerLevel">): RecordStatus {
  switch (action) {
    case "submit":
      return rec.ownerLevel === "county" ? "approved" : "submitted";
    case "withdraw":
      return "draft";
    case "approve":
      return "approved";
    case "reject":
    case "reopen":
      return "rejected";
  }
}

/** The statuses an action starts from (used in the guarded UPDATE's WHERE). */
export function statusesBefore(action: RecordAction): readonly RecordStatus[] {
  switch (action) {
    case "edit":
    case "submit":
      return EDITABLE;
    case "withdraw":
    case "approve":
    case "reject":
      return ["submitted"];
    case "reopen":
      return ["approved"];
  }
}

export function allowedActions(actor: Actor, rec: RecordRef): RecordAction[] {
  return RECORD_ACTIONS.filter((a) => can(actor, rec, a));
}
