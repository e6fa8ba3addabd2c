import type { EvaluationStatus, EvaluationTarget, Role } from "@/lib/domain/enums";

/**
 * The evaluation workflow as pure rules. The org self-assesses (a team's leader, a unit's union) and
 * submits; its parent reviews (a team's unit union, a unit's county office) and returns or accepts;
 * the office confirms, fixing the final score and grade. A 知识型职工 (worker) evaluation runs like a
 * team's: the leader of the team that nominated the worker fills it in, the unit's union reviews it,
 * the office confirms it. The data layer enforces the same conditions again in its guarded UPDATEs.
 */

export const EVALUATION_ACTIONS = ["save", "submit", "review", "return", "accept", "confirm"] as const;
export type EvaluationAction = (typeof EVALUATION_ACTIONS)[number];

export interface EvalActor {
  role: Role;
  countyId: string;
  unitId: string | null;
  teamId: string | null;
}

export interface EvalRef {
  target: EvaluationTarget;
  countyId: string;
  unitId: string;
  teamId: string | null;
  status: EvaluationStatus;
}

/** Team and worker evaluations are filled in by a team leader and reviewed by the unit's union. */
export const isTeamLevel = (e: Pick<EvalRef, "target">) => e.target === "team" || e.target === "worker";

/** The org that assesses itself: a team's leader, a unit's union. */
export function isSelfAssessor(actor: EvalActor, e: EvalRef): boolean {
  if (actor.countyId !== e.countyId) return false;
  if (isTeamLevel(e)) return actor.role === "leader" && actor.teamId !== null && actor.teamId === e.teamId;
  return actor.role === "union" && actor.unitId === e.unitId;
}

/** The parent that reviews: a team's unit union, a unit's county office. */
export function isReviewer(actor: EvalActor, e: EvalRef): boolean {
  if (actor.countyId !== e.countyId) return false;
  if (isTeamLevel(e)) return actor.role === "union" && actor.unitId !== null && actor.unitId === e.unitId;
  return actor.role === "office";
}

const EDITABLE: readonly EvaluationStatus[] = ["draft", "returned"];

export function canDo(actor: EvalActor, e: EvalRef, action: EvaluationAction): boolean {
  switch (action) {
    case "save":
    case "submit":
      return isSelfAssessor(actor, e) && EDITABLE.includes(e.status);
    case "review":
    case "return":
    case "accept":
      return isReviewer(actor, e) && e.status === "submitted";
    case "confirm":
      return actor.role === "office" && actor.countyId === e.countyId && e.status === "accepted";
  }
}

/** The statuses an action starts from (used in the guarded UPDATE's WHERE). */
export function statusesBefore(action: EvaluationAction): readonly EvaluationStatus[] {
  switch (action) {
    case "save":
    case "submit":
      return EDITABLE;
    case "review":
    case "return":
    case "accept":
      return ["submitted"];
    case "confirm":
      return ["accepted"];
  }
}

export function statusAfter(action: EvaluationAction, current: EvaluationStatus): EvaluationStatus {
  switch (action) {
    case "save":
    case "review":
      return current;
    case "submit":
      return "submitted";
    case "return":
      return "returned";
    case "accept":
      return "accepted";
    case "confirm":
      return "confirmed";
  }
}

export function allowedEvaluationActions(actor: EvalActor, e: EvalRef): EvaluationAction[] {
  return EVALUATION_ACTIONS.filter((a) => canDo(actor, e, a));
}

/** The score to rank by: final once confirmed, else the latest provisional one (review, then self-assessment). */
export function rankingScore(e: { status: EvaluationStatus; finalTotal: number | null; reviewTotal: number | null; selfTotal: number | null }): { score: number | null; provisional: boolean } {
  if (e.status === "confirmed") return { score: e.finalTotal, provisional: false };
  if (e.status === "accepted") return { score: e.reviewTotal, provisional: true };
  if (e.status === "submitted") return { score: e.selfTotal, provisional: true };
  return { score: null, provisional: true };
}

// ---- 知识型职工 nominations -------------------------------------------------------------------------

/**
 * How many workers a team may nominate as 知识型职工 in a period: 10 % of its active roster, rounded
 * up, at least one and never more than three (an empty team none). Small teams still put one
 * forward; large ones cannot flood the union's queue.
 */
export function nominationLimit(activeRoster: number): number {
  if (activeRoster <= 0) return 0;
  return Math.min(3, Math.max(1, Math.ceil(activeRoster * 0.1)));
}

/** Only a team leader nominates, and only workers of its own team. */
export function canNominate(actor: EvalActor, worker: { countyId: string; teamId: string; status: "active" | "left" }): boolean {
  return actor.role === "leader" && actor.countyId === worker.countyId && actor.teamId !== null && actor.teamId === worker.teamId && worker.status === "active";
}

/** A nomination can be withdrawn (the evaluation deleted) by its leader until it is submitted. */
export function canWithdrawNomination(actor: EvalActor, e: EvalRef): boolean {
  return e.target === "worker" && isSelfAssessor(actor, e) && EDITABLE.includes(e.status);
}
