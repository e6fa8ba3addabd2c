import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { idSchema, versionField } from "@/lib/forms/ids";
import { done, invalid, refuse } from "./result";
import { Refusal } from "./transaction";
import { formAction, goTo, userAction } from "./user-action";

const calls: string[] = [];
vi.mock("@/lib/auth/current-user", () => ({ requireUser: async () => ({ id: "user-1" }) }));
vi.mock("next/cache", () => ({ revalidatePath: (path: string) => calls.push(`revalidate ${path}`) }));
vi.mock("next/navigation", () => ({
  redirect: (path: string) => {
    calls.push(`redirect ${path}`);
    throw new Error("NEXT_REDIRECT");
  },
}));

const ID = "0b7e7c55-3f0a-4f57-9a3c-5d2d3f0f6a11";
const form = (fields: Record<string, string> = {}) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
};

beforeEach(() => {
  calls.length = 0;
});

describe("formAction", () => {
  const seen: unknown[] = [];
  const save = formAction(
    { args: [idSchema], notFound: "things.notFound", schema: z.object({ name: z.string().min(1, "validation.required"), version: versionField }), keep: ["name"] },
    async ({ user, input }, id) => {
      seen.push({ user: user.id, id, ...input });
      if (input.name === "taken") throw new Refusal(invalid({ name: ["things.nameTaken"] }));
      if (input.name === "elsewhere") return goTo(`/things/${id}`);
      return done("things.saved");
    },
  );

  it("runs the handler with the user, the checked id and the parsed form; a missing version reads as -1", async () => {
    seen.length = 0;
    expect(await save(ID, { ok: true }, form({ name: "甲班" }))).toEqual(done("things.saved"));
    expect(seen).toEqual([{ user: "user-1", id: ID, name: "甲班", version: -1 }]);
    expect(await save(ID, { ok: true }, form({ name: "甲班", version: "7" }))).toEqual(done("things.saved"));
    expect(seen[1]).toMatchObject({ version: 7 });
    expect(calls).toEqual(["revalidate /", "revalidate /"]);
  });

  it("answers not found for a bound id that is not one, before the handler", async () => {
    seen.length = 0;
    expect(await save("../etc", { ok: true }, form({ name: "甲班" }))).toEqual(refuse("not_found", "things.notFound"));
    expect(await save({ toString: () => ID } as unknown as string, { ok: true }, form({ name: "甲班" }))).toEqual(refuse("not_found", "things.notFound"));
    expect(seen).toEqual([]);
  });

  it("refuses a bad form field by field, keeping what was typed, and revalidates nothing", async () => {
    seen.length = 0;
    expect(await save(ID, { ok: true }, form({ name: "" }))).toEqual({ ...invalid({ name: ["validation.required"] }), values: { name: "" } });
    // A field missing altogether is refused with a message the user can read, not zod's English.
    expect(await save(ID, { ok: true }, form())).toEqual({ ...invalid({ name: ["errors.invalidInput"] }), values: { name: "" } });
    expect(seen).toEqual([]);
    expect(calls).toEqual([]);
  });

  it("reads anything but a FormData (a forged call) as an empty form", async () => {
    expect(await save(ID, { ok: true }, "name=甲班" as unknown as FormData)).toMatchObject(invalid({ name: ["errors.invalidInput"] }));
    expect(await save(ID, { ok: true }, null as unknown as FormData)).toMatchObject(invalid({ name: ["errors.invalidInput"] }));
  });

  it("answers a Refusal the handler throws, and goes on to a page after revalidating", async () => {
    expect(await save(ID, { ok: true }, form({ name: "taken" }))).toMatchObject({ ...invalid({ name: ["things.nameTaken"] }), values: { name: "taken" } });
    await expect(save(ID, { ok: true }, form({ name: "elsewhere" }))).rejects.toThrow("NEXT_REDIRECT");
    expect(calls).toEqual(["revalidate /", `redirect /things/${ID}`]);
  });
});

describe("userAction", () => {
  const move = userAction({ args: [idSchema, z.enum(["up", "down"])] }, async (_user, id, direction) => done(undefined, { id, direction }));

  it("checks every bound argument", async () => {
    expect(await move(ID, "up")).toEqual(done(undefined, { id: ID, direction: "up" }));
    expect(await move(ID, "sideways" as "up")).toEqual(refuse("not_found", "errors.notFound"));
  });
});
