import { describe, expect, it } from "vitest";
import { cellDate, cellText, nameKey, normaliseHeader, normaliseName } from "./cells";
import { ORG_COLUMNS, ORG_EXPORT_ONLY, WORKER_COLUMNS, WORKER_EXPORT_ONLY } from "./columns";
import { choiceLabels, enumFromLabel } from "./labels";
import { findRepeats, matchHeaders } from "./rules";
import { columnText } from "./validate";

describe("reading cells", () => {
  it("turns every kind of cell into the text a person sees", () => {
    expect(cellText(null)).toBe("");
    expect(cellText(undefined)).toBe("");
    expect(cellText("  张三 ")).toBe("张三");
    expect(cellText(12345)).toBe("12345");
    expect(cellText(true)).toBe("TRUE");
    expect(cellText(new Date(Date.UTC(1985, 2, 12)))).toBe("1985-03-12");
    expect(cellText({ richText: [{ text: "李" }, { text: "四 " }] })).toBe("李四");
    expect(cellText({ formula: "A1&B1", result: "HX0001" })).toBe("HX0001");
    expect(cellText({ text: "链接", hyperlink: "http://x" })).toBe("链接");
    expect(cellText({ error: "#N/A" })).toBe("");
    // Ideographic spaces go; full-width punctuation in names stays as typed.
    expect(cellText("王（大）明\u3000")).toBe("王（大）明");
  });

  it("folds full-width characters typed with a Chinese input method in codes only", () => {
    expect(columnText(WORKER_COLUMNS[0], "ＨＸ００１２")).toBe("HX0012");
    expect(columnText(WORKER_COLUMNS[1], "王（大）明")).toBe("王（大）明");
    expect(columnText(WORKER_COLUMNS[7], "１９８５年３月１２日")).toBe("1985-03-12");
  });

  it("reads dates written every way Excel users write them", () => {
    expect(cellDate(new Date(Date.UTC(1985, 2, 12)))).toBe("1985-03-12");
    expect(cellDate(31118)).toBe("1985-03-12"); // an Excel serial number
    expect(cellDate("1985-3-12")).toBe("1985-03-12");
    expect(cellDate("1985/03/12")).toBe("1985-03-12");
    expect(cellDate("1985.3.2")).toBe("1985-03-02");
    expect(cellDate("1985年3月12日")).toBe("1985-03-12");
    expect(cellDate("19850312")).toBe("1985-03-12");
    expect(cellDate({ formula: "DATE(1985,3,12)", result: new Date(Date.UTC(1985, 2, 12)) })).toBe("1985-03-12");
    expect(cellDate("三月")).toBe("三月"); // left for the schema to refuse
    expect(cellDate(null)).toBe("");
  });

  it("compares headers and names loosely", () => {
    expect(normaliseHeader(" 班组（科室）* ")).toBe(normaliseHeader("班组(科室)"));
    expect(normaliseHeader("工号（必填）")).toBe("工号");
    expect(normaliseHeader("Employee No.")).toBe("employeeno.");
    expect(normaliseName(" 液态奶车间  灌装甲班 ")).toBe("液态奶车间 灌装甲班");
    expect(nameKey("一厂（甲班）")).toBe(nameKey("一厂(甲班) "));
    expect(normaliseName("一厂（甲班）")).toBe("一厂（甲班）");
  });
});

describe("choices", () => {
  it("accepts Chinese and English labels, values and common variants", () => {
    expect(enumFromLabel("gender", "女")).toBe("female");
    expect(enumFromLabel("gender", "Female")).toBe("female");
    expect(enumFromLabel("education", "本科")).toBe("bachelor");
    expect(enumFromLabel("education", "大学本科")).toBe("bachelor");
    expect(enumFromLabel("education", "中专/技校")).toBe("vocational");
    expect(enumFromLabel("education", "中专")).toBe("vocational");
    expect(enumFromLabel("skillLevel", "高级技师")).toBe("senior_technician");
    expect(enumFromLabel("skillLevel", "四级")).toBe("intermediate");
    expect(enumFromLabel("unitKind", "事业单位")).toBe("institution");
    expect(enumFromLabel("teamKind", "科室")).toBe("section");
    expect(enumFromLabel("gender", "未知")).toBeNull();
    expect(choiceLabels("gender")).toEqual(["男", "女"]);
    expect(choiceLabels("teamKind", "en")).toEqual(["Team", "Section"]);
  });
});

describe("matching headers", () => {
  it("finds columns in any order, by header, English header or alias", () => {
    const m = matchHeaders(["姓名", "Employee no.", "班组", "性别", "", "学历"], WORKER_COLUMNS, WORKER_EXPORT_ONLY);
    expect(m.ok).toBe(true);
    if (!m.ok) return;
    expect(m.index).toMatchObject({ name: 0, employeeNo: 1, team: 2, gender: 3, education: 5 });
    expect(m.index.post).toBeUndefined();
    expect(m.headers.team).toBe("班组");
  });

  it("refuses missing required, unknown and repeated columns, naming them", () => {
    expect(matchHeaders(["姓名", "性别"], WORKER_COLUMNS)).toEqual({ ok: false, missing: ["工号", "班组（科室）", "学历"], unknown: [], repeated: [] });
    expect(matchHeaders(["工号", "姓名", "班组", "性别", "学历", "籍贯"], WORKER_COLUMNS)).toMatchObject({ ok: false, unknown: ["籍贯"] });
    expect(matchHeaders(["工号", "职工编号", "姓名", "班组", "性别", "学历"], WORKER_COLUMNS)).toMatchObject({ ok: false, repeated: ["职工编号"] });
  });

  it("reads past the columns its own export adds, and only those", () => {
    expect(matchHeaders(["工号", "姓名", "班组（科室）", "性别", "学历", "单位", "状态"], WORKER_COLUMNS, WORKER_EXPORT_ONLY).ok).toBe(true);
    expect(matchHeaders(["单位名称", "单位类型", "班组（科室）名称", "班组类别", "职工人数", "班组长"], ORG_COLUMNS, ORG_EXPORT_ONLY).ok).toBe(true);
    // "单位" names the unit column in the organisation file, not an ignored one.
    const m = matchHeaders(["单位", "单位类型"], ORG_COLUMNS, ORG_EXPORT_ONLY);
    expect(m.ok && m.index.unitName).toBe(0);
  });

  it("ties each repeat to the row where the key first appeared", () => {
    const repeats = findRepeats([
      { key: "A", row: 2 },
      { key: "B", row: 3 },
      { key: "A", row: 4 },
      { key: "A", row: 9 },
    ]);
    expect([...repeats]).toEqual([
      [4, 2],
      [9, 2],
    ]);
  });
});
