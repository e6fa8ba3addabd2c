import { describe, expect, it } from "vitest";
import { KINDS } from "./kinds";
import { fieldSchema } from "./schemas";

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
