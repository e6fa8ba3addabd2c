import { can } from "@/lib/auth/permissions";
import type { Role } from "@/lib/domain/enums";
import { OWNER_LEVEL_OF, statusAfter } from "./rules";

/** What the record form offers a user, as the rules decide it. */
export interface RecordFormOffers {
  /** A team field: a union logs a unit record for one of its teams. */
  forTeam: boolean;
  /** Sending approves at once: the office's own records need no review. */
  submitApproves: boolean;
}

export function recordFormOffersFor(user: { role: Role }): RecordFormOffers {
  return { forTeam: can(user, "records.forTeam"), submitApproves: statusAfter("submit", { ownerLevel: OWNER_LEVEL_OF[user.role] }) === "approved" };
}
