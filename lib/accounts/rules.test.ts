import { describe, expect, it } from "vitest";
import { newPasswordSchema } from "@/lib/auth/schemas";
import { canManageAccount, creatableRole, generatePassword, GENERATED_PASSWORD_LENGTH, managedLevels } from "./rules";
import { createAccountSchema, usernameSchema } from "./schemas";

const office = { id: "o", role: "office" as const, countyId: "A", unitId: null };
const union = { id: "u", role: "union" as const, countyId: "A", unitId: "U1" };
const leader = { id: "l", role: "leader" as const, countyId: "A", unitId: "U1" };

describe("who administers which accounts", () => {
  it("creates union accounts at units (office) and leader accounts at teams (union), nothing else", () => {
    expect(creatableRole("office", "unit")).toBe("union");
    expect(creatableRole("union", "team")).toBe("leader");
    expect(creatableRole("office", "team")).toBeNull();
    expect(creatableRole("office", "county")).toBeNull();
    expect(creatableRole("union", "unit")).toBeNull();
    expect(creatableRole("leader", "team")).toBeNull();
    expect(managedLevels("office")).toEqual(["unit", "team"]);
    expect(managedLevels("union")).toEqual(["team"]);
    expect(managedLevels("leader")).toEqual([]);
  });

  const target = (over: object) => ({ id: "t", orgLevel: "team" as const, countyId: "A", unitId: "U1", ...over });
  it.each([
    ["office manages a team account of its county", office, target({}), true],
    ["office manages a union account of its county", office, target({ orgLevel: "unit" }), true],
    ["office does not manage another office of its county", office, target({ orgLevel: "county", unitId: null }), false],
    ["office does not manage another county", office, target({ countyId: "B" }), false],
    ["office never manages itself", office, target({ id: "o", orgLevel: "unit" }), false],
    ["union manages a leader of its unit", union, target({}), true],
    ["union does not manage a leader of another unit", union, target({ unitId: "U2" }), false],
    ["union does not manage a fellow union account", union, target({ orgLevel: "unit" }), false],
    ["union does not manage its office", union, target({ orgLevel: "county", unitId: null }), false],
    ["leader manages nobody", leader, target({}), false],
  ])("%s", (_label, actor, t, expected) => {
    expect(canManageAccount(actor, t)).toBe(expected);
  });
});

describe("generated passwords", () => {
  it("are 10 unambiguous letters and digits that meet the strength rules", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i++) {
      const p = generatePassword();
      expect(p).toHaveLength(GENERATED_PASSWORD_LENGTH);
      expect(p).toMatch(/^[a-hj-km-np-z2-9]+$/);
      expect((p.match(/\d/g) ?? []).length).toBeGreaterThanOrEqual(3);
      expect((p.match(/[a-z]/g) ?? []).length).toBeGreaterThanOrEqual(3);
      expect(newPasswordSchema.safeParse(p).success).toBe(true);
      seen.add(p);
    }
    expect(seen.size).toBe(200);
  });

  it("come from the random source they are given", () => {
    expect(generatePassword(() => 0)).toBe(generatePassword(() => 0));
    expect(generatePassword(() => 0)).toMatch(/^[2a]+$/);
  });
});

describe("account form", () => {
  it("lower-cases and checks usernames, requires a name", () => {
    expect(usernameSchema.parse("  HX_Zhang.San ")).toBe("hx_zhang.san");
    for (const bad of ["ab", "1abc", "张三", "a b c", "x".repeat(33), "bad!name"]) expect(usernameSchema.safeParse(bad).success).toBe(false);
    const r = createAccountSchema.safeParse({ username: "ok_name", displayName: "  " });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["displayName", "validation.required"]]);
  });
});
