import { describe, expect, it } from "vitest";
import { KINDS } from "./kinds";
import { fieldSchema, recordListFiltersSchema, recordListHref } from "./schemas";

describe("record number fields", () => {
  // A study session's hours: from 0.5, in steps of 0.5 (lib/records/kinds.ts).
  const schema = fieldSchema(KINDS.study_session.fields.find((f) => f.name === "hours")!, "2026-06-01");

  it("take what the input's step allows", () => {
    expect(schema.safeParse("1.5").success).toBe(true);
    expect(schema.safeParse("2").success).toBe(true);
  });

  it("refuse a value between steps, and numbers no one types on purpose, each with its message", () => {
    expect(schema.safeParse("1.3").error?.issues[0]).toMatchObject({ message: "validation.step", params: { n: 0.5 } });
    for (const text of ["1e2", "0x10", "Infinity"]) expect(schema.safeParse(text).error?.issues[0]?.message, text).toBe("validation.number");
  });
});

describe("a record's date", () => {
  const occurredOn = fieldSchema({ name: "occurredOn", type: "date", column: "occurredOn" }, "2026-03-15");
  const messages = (v: unknown) => occurredOn.safeParse(v).error?.issues.map((i) => i.message);

  it("keeps this year's and last year's days up to today, spaces trimmed", () => {
    expect(occurredOn.parse("2025-01-01")).toBe("2025-01-01");
    expect(occurredOn.parse(" 2026-03-15 ")).toBe("2026-03-15");
  });

  it("refuses each bad date with one field message", () => {
    expect(messages("2026-02-30")).toEqual(["validation.date"]);
    expect(messages("0000-01-01")).toEqual(["validation.date"]);
    expect(messages("2026-03-01T09:00:00+08:00")).toEqual(["validation.date"]);
    expect(messages(20260301)).toEqual(["validation.date"]); // a JSON body's number
    expect(messages("0001-01-01")).toEqual(["validation.tooOld"]);
    expect(messages("9999-12-31")).toEqual(["validation.futureDate"]);
    for (const empty of ["", "  ", undefined]) expect(messages(empty), String(empty)).toEqual(["validation.required"]);
  });
});

describe("record list filters from the URL", () => {
  it("drop a day that is not in the calendar (PostgreSQL refused it and the list answered 500)", () => {
    for (const day of ["2026-13-45", "2026-02-30", "2026-00-10", "0000-01-01", "2026-1-5", "abc"]) {
      expect(recordListFiltersSchema.parse({ from: day, to: day }), day).toMatchObject({ from: undefined, to: undefined });
    }
  });

  it("keep a real day, a leap day included", () => {
    expect(recordListFiltersSchema.parse({ from: "2024-02-29", to: "2026-12-31" })).toMatchObject({ from: "2024-02-29", to: "2026-12-31" });
  });
});

describe("links into the record list", () => {
  it("read back as the filters they were written from, without empty values or a page", () => {
    const filters = { kind: "study_session", status: "approved", from: "2026-01-01", to: "2026-12-31", team: "7c8e3b1a-1f2d-4c5e-9a6b-0d1e2f3a4b5c" } as const;
    const href = recordListHref({ ...filters, q: "", page: 3 });
    const url = new URL(href, "http://list.test");
    expect(url.pathname).toBe("/records");
    expect([...url.searchParams.keys()].sort()).toEqual(["from", "kind", "status", "team", "to"]);
    expect(recordListFiltersSchema.parse(Object.fromEntries(url.searchParams))).toMatchObject(filters);
  });

  it("is the bare list when nothing is filtered", () => {
    expect(recordListHref({})).toBe("/records");
  });
});
