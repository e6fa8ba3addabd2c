import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { buildSprite, SPRITE_FILE, spriteNames } from "./sprite";

describe("icon sprite", () => {
  it("is up to date with the icons the app draws (run `npm run icons` after adding one)", () => {
    expect(fs.readFileSync(SPRITE_FILE, "utf8")).toBe(buildSprite());
  });

  it("holds a drawing for every icon, under the id the icons use", () => {
    const sprite = fs.readFileSync(SPRITE_FILE, "utf8");
    expect(spriteNames().length).toBeGreaterThan(50);
    for (const name of spriteNames()) expect(sprite).toMatch(new RegExp(`<symbol id="${name}" viewBox="0 0 24 24"><g [^>]+><(path|circle|rect|line|polyline|polygon|ellipse)`));
  });
});
