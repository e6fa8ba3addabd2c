import { describe, expect, it } from "vitest";
import { isLocked } from "./rules";
import { can } from "./permissions";
import { changePasswordSchema, loginSchema } from "./schemas";
import { resolveLocale } from "@/lib/i18n/locale";
import { navFor, tabsFor } from "@/lib/nav";

const now = new Date("2026-05-01T08:00:00Z");

describe("lock-out rule", () => {
  it("locks until lockedUntil, and not a moment after", () => {
    expect(isLocked(null, now)).toBe(false);
    expect(isLocked(new Date(now.getTime() + 1), now)).toBe(true);
    expect(isLocked(new Date(now.getTime()), now)).toBe(false);
  });
});

describe("permissions and navigation", () => {
  it("gives each role exactly its areas", () => {
    expect(navFor({ role: "office" }).map((i) => i.href)).toEqual(["/", "/dashboard", "/review", "/records", "/evaluations", "/rankings", "/reports", "/years", "/org", "/workers", "/account"]);
    expect(navFor({ role: "union" }).map((i) => i.href)).toEqual(["/", "/review", "/records", "/evaluations", "/rankings", "/reports", "/org", "/workers", "/account"]);
    expect(navFor({ role: "leader" }).map((i) => i.href)).toEqual(["/", "/records", "/evaluations", "/rankings", "/reports", "/workers", "/account"]);
    // The annual report is the office's and the unions'; a leader has its team's ledger.
    expect(can({ role: "leader" }, "reports.view")).toBe(false);
    expect(can({ role: "leader" }, "ledger.view")).toBe(true);
    expect(tabsFor({ role: "office" }).map((i) => i.href)).toEqual(["/", "/dashboard", "/review", "/evaluations", "/rankings"]);
    expect(tabsFor({ role: "union" }).map((i) => i.href)).toEqual(["/", "/review", "/records", "/evaluations", "/workers"]);
    expect(tabsFor({ role: "leader" }).map((i) => i.href)).toEqual(["/", "/records", "/evaluations", "/rankings", "/workers"]);
    expect(can({ role: "union" }, "dashboard.view")).toBe(false);
    expect(can(null, "home.view")).toBe(false);
    expect(can({ role: "leader" }, "org.view")).toBe(false);
  });
});

describe("form schemas", () => {
  it("refuses an empty or oversized login with field keys", () => {
    const r = loginSchema.safeParse({ username: "  ", password: "" });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => [i.path[0], i.message])).toEqual([
      ["username", "validation.required"],
      ["password", "validation.required"],
    ]);
    expect(loginSchema.safeParse({ username: "x".repeat(65), password: "p" }).success).toBe(false);
    expect(loginSchema.safeParse({ username: null, password: null }).success).toBe(false);
  });

  it("checks a new password's strength, confirmation and difference", () => {
    const base = { currentPassword: "old-pass-1", newPassword: "newpass12", confirmPassword: "newpass12" };
    expect(changePasswordSchema.safeParse(base).success).toBe(true);
    const msg = (v: object) => changePasswordSchema.safeParse({ ...base, ...v }).error?.issues[0]?.message;
    expect(msg({ newPassword: "short1", confirmPassword: "short1" })).toBe("validation.passwordTooShort");
    expect(msg({ newPassword: "lettersonly", confirmPassword: "lettersonly" })).toBe("validation.passwordWeak");
    expect(msg({ confirmPassword: "different1" })).toBe("validation.passwordMismatch");
    expect(msg({ newPassword: "old-pass-1", confirmPassword: "old-pass-1" })).toBe("validation.passwordUnchanged");
  });
});

describe("request helpers", () => {
  it("speaks Chinese unless English was chosen", () => {
    expect(resolveLocale(undefined)).toBe("zh-CN");
    expect(resolveLocale("en")).toBe("en");
    expect(resolveLocale("fr")).toBe("zh-CN");
  });
});
