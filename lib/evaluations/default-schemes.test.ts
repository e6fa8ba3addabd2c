import { describe, expect, it } from "vitest";
import { EVALUATION_TARGETS } from "@/lib/domain/enums";
import { DEFAULT_SCHEMES } from "./default-schemes";
import { schemeProblems, schemeTotal } from "./engine";

describe("default schemes", () => {
  it("has one per target kind, each publishable: 100 points, sound rules, several auto items and a veto", () => {
    expect(DEFAULT_SCHEMES.map((s) => s.target).sort()).toEqual([...EVALUATION_TARGETS].sort());
    for (const scheme of DEFAULT_SCHEMES) {
      const shape = {
        target: scheme.target,
        bands: scheme.bands,
        indicators: scheme.indicators.map((ind, i) => ({
          id: `i${i}`,
          name: ind.name,
          items: ind.items.map((it, j) => ({ id: `i${i}-${j}`, name: it.name, maxPoints: it.maxPoints, mode: it.rule ? ("auto" as const) : ("manual" as const), veto: !!it.veto, rule: it.rule ?? null })),
        })),
      };
      expect(schemeTotal(shape), scheme.name).toBe(100);
      expect(schemeProblems(shape), scheme.name).toEqual([]);
      const items = scheme.indicators.flatMap((i) => i.items);
      expect(items.filter((i) => i.rule).length, scheme.name).toBeGreaterThanOrEqual(3);
      expect(items.filter((i) => i.veto).length, scheme.name).toBe(1);
      for (const item of items) expect(item.guidance.length, item.name).toBeGreaterThan(5);
    }
  });
});
