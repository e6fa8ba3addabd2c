import { describe, expect, it } from "vitest";
import { RECORD_STATUSES, type OwnerLevel, type RecordStatus } from "@/lib/domain/enums";
import { allowedActions, can, statusAfter, type Actor, type RecordRef } from "./rules";

const A = "county-a", B = "county-b", U1 = "unit-1", U2 = "unit-2", T1 = "team-1", T2 = "team-2";
const actors: Record<string, Actor> = {
  officeA: { role: "office", countyId: A, unitId: null, teamId: null },
  officeB: { role: "office", countyId: B, unitId: null, teamId: null },
  unionU1: { role: "union", countyId: A, unitId: U1, teamId: null },
  unionU2: { role: "union", countyId: A, unitId: U2, teamId: null },
  leaderT1: { role: "leader", countyId: A, unitId: U1, teamId: T1 },
  leaderT2: { role: "leader", countyId: A, unitId: U1, teamId: T2 },
};
const rec = (ownerLevel: OwnerLevel, status: RecordStatus): RecordRef => ({
  ownerLevel,
  countyId: A,
  unitId: ownerLevel === "county" ? null : U1,
  teamId: ownerLevel === "team" ? T1 : null,
  status,
});

describe("record workflow rules", () => {
  it("lets only the owning leader edit and submit a team record, while draft or rejected", () => {
    for (const status of RECORD_STATUSES) {
      const editable = status === "draft" || status === "rejected";
      expect(can(actors.leaderT1!, rec("team", status), "submit")).toBe(editable);
      expect(can(actors.leaderT1!, rec("team", status), "edit")).toBe(editable);
      for (const other of ["leaderT2", "unionU1", "officeA"]) {
        expect(can(actors[other]!, rec("team", status), "edit")).toBe(false);
      }
    }
  });

  it("lets only the owner withdraw (撤回) a record, and only while it waits for review", () => {
    for (const status of RECORD_STATUSES) {
      expect(can(actors.leaderT1!, rec("team", status), "withdraw")).toBe(status === "submitted");
      expect(can(actors.unionU1!, rec("unit", status), "withdraw")).toBe(status === "submitted");
      for (const other of ["leaderT2", "unionU1", "officeA"]) expect(can(actors[other]!, rec("team", status), "withdraw")).toBe(false);
    }
    expect(statusAfter("withdraw", rec("team", "submitted"))).toBe("draft");
  });

  it("has the unit's union review team records, and nobody else", () => {
    const submitted = rec("team", "submitted");
    expect(allowedActions(actors.unionU1!, submitted)).toEqual(["approve", "reject"]);
    for (const other of ["unionU2", "officeA", "officeB", "leaderT1", "leaderT2"]) {
      expect(can(actors[other]!, submitted, "approve")).toBe(false);
      expect(can(actors[other]!, submitted, "reject")).toBe(false);
    }
  });

  it("has the county office review unit records", () => {
    const submitted = rec("unit", "submitted");
    expect(allowedActions(actors.officeA!, submitted)).toEqual(["approve", "reject"]);
    expect(allowedActions(actors.unionU1!, rec("unit", "draft"))).toEqual(["edit", "submit"]);
    expect(can(actors.unionU1!, submitted, "approve")).toBe(false);
    expect(can(actors.officeB!, submitted, "approve")).toBe(false);
  });

  it("locks approved records; only the county's office reopens them", () => {
    for (const level of ["team", "unit", "county"] as const) {
      const approved = rec(level, "approved");
      expect(can(actors.officeA!, approved, "reopen")).toBe(true);
      expect(can(actors.officeB!, approved, "reopen")).toBe(false);
      for (const who of ["unionU1", "leaderT1"]) expect(allowedActions(actors[who]!, approved)).toEqual([]);
    }
  });

  it("approves the office's own records as they are submitted", () => {
    expect(statusAfter("submit", { ownerLevel: "county" })).toBe("approved");
    expect(statusAfter("submit", { ownerLevel: "team" })).toBe("submitted");
    expect(statusAfter("reopen", { ownerLevel: "team" })).toBe("rejected");
    expect(allowedActions(actors.officeA!, rec("county", "draft"))).toEqual(["edit", "submit"]);
  });
});
