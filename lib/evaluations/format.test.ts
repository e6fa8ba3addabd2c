import { describe, expect, it } from "vitest";
import { translatorFor } from "@/test/translate";
import { describeRule, formatMetricValue } from "./format";

describe("formatMetricValue", () => {
  it("names a skill level as the trade does, in both languages, never as a number of 级", () => {
    const zh = translatorFor("zh-CN");
    const en = translatorFor("en");
    expect([0, 1, 2, 3, 4, 5].map((v) => formatMetricValue("worker_skill_level", v, zh, "zh-CN"))).toEqual(["无", "初级工", "中级工", "高级工", "技师", "高级技师"]);
    expect(formatMetricValue("worker_skill_level", 3, en, "en")).toBe("Senior worker");
    expect(describeRule({ metric: "worker_skill_level", mapping: "thresholds", steps: [{ min: 3, points: 12 }, { min: 4, points: 15 }] }, zh, "zh-CN")).toBe("≥ 技师 得 15 分；≥ 高级工 得 12 分");
  });

  it("keeps other figures with their units", () => {
    expect(formatMetricValue("worker_study_hours", 24.5, translatorFor("zh-CN"), "zh-CN")).toBe("24.5 学时");
  });
});
