import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";
import { EDUCATION_LEVELS, GENDERS, SKILL_LEVELS, TEAM_KINDS, UNIT_KINDS } from "@/lib/domain/enums";
import { normaliseHeader } from "./cells";

/** The enums a spreadsheet column may hold, by their message name. */
export const IMPORT_ENUMS = {
  gender: GENDERS,
  education: EDUCATION_LEVELS,
  skillLevel: SKILL_LEVELS,
  unitKind: UNIT_KINDS,
  teamKind: TEAM_KINDS,
} as const;
export type ImportEnum = keyof typeof IMPORT_ENUMS;

/** What people also write in these columns, beyond the interface's own labels. */
const EXTRA_LABELS: Partial<Record<ImportEnum, Record<string, string[]>>> = {
  gender: { male: ["男性", "m"], female: ["女性", "f"] },
  education: {
    junior_high: ["初中及以下", "初中以下", "小学"],
    senior_high: ["高中（含职高）", "职高", "普高"],
    vocational: ["中专", "技校", "中技", "中等专业学校"],
    college: ["专科", "大学专科", "高职"],
    bachelor: ["大学本科", "大学", "学士"],
    master: ["硕士", "研究生", "硕士研究生"],
    doctorate: ["博士", "博士研究生"],
  },
  skillLevel: {
    none: ["无", "-", "—", "没有"],
    junior: ["五级", "初级"],
    intermediate: ["四级", "中级"],
    senior: ["三级", "高级"],
    technician: ["二级"],
    senior_technician: ["一级"],
  },
  unitKind: { enterprise: ["公司", "企业单位"], organ: ["机关单位", "行政机关"], institution: ["事业"] },
  teamKind: { team: ["班", "小组"], section: ["科", "室", "部门"] },
};

type Labels = { enums: Record<string, Record<string, string>> };

const lookup = new Map<ImportEnum, Map<string, string>>();
for (const name of Object.keys(IMPORT_ENUMS) as ImportEnum[]) {
  const map = new Map<string, string>();
  for (const value of IMPORT_ENUMS[name]) {
    const labels = [value, (zh as Labels).enums[name]![value]!, (en as Labels).enums[name]![value]!, ...(EXTRA_LABELS[name]?.[value] ?? [])];
    for (const label of labels) map.set(normaliseHeader(label), value);
  }
  lookup.set(name, map);
}

/** The enum value a cell names (Chinese or English label, or the value itself), or null. */
export function enumFromLabel(name: ImportEnum, text: string): string | null {
  return lookup.get(name)!.get(normaliseHeader(text)) ?? null;
}

/** The labels a template lists as the choices of a column, in the interface's language. */
export function choiceLabels(name: ImportEnum, locale: "zh-CN" | "en" = "zh-CN"): string[] {
  const messages = (locale === "en" ? en : zh) as Labels;
  return IMPORT_ENUMS[name].map((v) => messages.enums[name]![v]!);
}
