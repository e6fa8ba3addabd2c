import { describe, expect, it } from "vitest";
import { dateText, optionalDateText, optionalText, parseDecimal, requiredText } from "./fields";
import { versionFrom } from "./ids";

describe("parseDecimal", () => {
  it("reads plain decimal digits", () => {
    expect(parseDecimal("12")).toBe(12);
    expect(parseDecimal("4.5")).toBe(4.5);
    expect(parseDecimal(".5")).toBe(0.5);
    expect(parseDecimal("-3")).toBe(-3);
  });

  it("refuses what Number() would quietly accept", () => {
    for (const text of ["1e2", "0x10", "Infinity", "", " ", "1,000", "９０", "12分"]) expect(parseDecimal(text), text).toBeNaN();
  });
});

describe("text fields refuse what cannot be stored or shown as typed (issue 13 item 4)", () => {
  const title = requiredText(50);
  const summary = optionalText(500, { multiline: true });
  it("refuse a NUL, other control characters and half a surrogate pair, with a field message", () => {
    for (const bad of ["班前\u0000学习", "a\u0007b", "\ud800", "x\udc00", "一行\n两行"]) {
      const result = title.safeParse(bad);
      expect(result.success, JSON.stringify(bad)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe("validation.controlCharacters");
    }
  });
  it("keep ordinary text, emoji (a whole surrogate pair) and, in a multi-line field, line breaks and tabs", () => {
    expect(title.parse(" 岗位学习😀 ")).toBe("岗位学习😀");
    expect(summary.parse("第一行\n\t第二行")).toBe("第一行\n\t第二行");
  });
});

describe("versionFrom", () => {
  it("takes a positive integer a PostgreSQL integer holds, from a form field or JSON, and nothing else", () => {
    expect(versionFrom("3")).toBe(3);
    expect(versionFrom(7)).toBe(7);
    for (const bad of [true, "1e308", 1e308, 2 ** 31, "2147483648", "", null, undefined, "1.5", 0, -1, " 2"]) expect(versionFrom(bad), String(bad)).toBe(-1);
    expect(versionFrom(2 ** 31 - 1)).toBe(2 ** 31 - 1);
  });
});

describe("date fields: one message, never a value PostgreSQL refuses", () => {
  const messages = (schema: { safeParse(v: unknown): { error?: { issues: { message: string }[] } } }, v: unknown) => schema.safeParse(v).error?.issues.map((i) => i.message);

  it("refuse an impossible day, year 0, another format or a datetime with the date message alone", () => {
    for (const bad of ["2026-02-30", "2026-13-01", "0000-01-01", "2026/02/01", "2026-02-01T08:00:00+08:00", "20260201", 20260201, true]) {
      expect(messages(dateText(), bad), String(bad)).toEqual(["validation.date"]);
      expect(messages(optionalDateText(), bad), String(bad)).toEqual(["validation.date"]);
    }
  });

  it("trim the spaces around a day; an empty required date is 'required', an empty optional one is nothing", () => {
    expect(dateText().parse(" 2026-02-01 ")).toBe("2026-02-01");
    expect(optionalDateText().parse("\t2026-02-01 ")).toBe("2026-02-01");
    for (const empty of ["", "   ", null, undefined]) {
      expect(messages(dateText(), empty), String(empty)).toEqual(["validation.required"]);
      expect(optionalDateText().parse(empty), String(empty)).toBeNull();
    }
  });

  it("judge the caller's bounds only on a real day", () => {
    const birth = optionalDateText().refine((v) => v === null || v >= "1940-01-01", "validation.birthDateRange");
    expect(messages(birth, "0000-01-01")).toEqual(["validation.date"]);
    expect(messages(birth, "0001-01-01")).toEqual(["validation.birthDateRange"]);
  });
});
