import type { Locale } from "@/lib/domain/enums";
import type { ImportEnum } from "./labels";

/**
 * The columns of the two Excel imports, in template order. `header` is the template's (Chinese)
 * header, `headerEn` an English export's; both and the `aliases` are accepted on import, so a list
 * exported in either language can be edited and imported again.
 */
export interface ImportColumn<K extends string = string> {
  key: K;
  header: string;
  /** The header of an export made in English. */
  headerEn: string;
  aliases: readonly string[];
  required: boolean;
  enum?: ImportEnum;
  date?: boolean;
  /** A code, not prose: full-width characters are folded (ＨＸ００１ is HX001). */
  code?: boolean;
  /** Template column width, in characters. */
  width: number;
}

export const WORKER_COLUMNS = [
  { key: "employeeNo", header: "工号", headerEn: "Employee no.", aliases: ["职工编号", "员工编号"], required: true, code: true, width: 14 },
  { key: "name", header: "姓名", headerEn: "Name", aliases: [], required: true, width: 12 },
  { key: "team", header: "班组（科室）", headerEn: "Team", aliases: ["班组", "科室", "班组/科室", "所在班组"], required: true, width: 22 },
  { key: "gender", header: "性别", headerEn: "Gender", aliases: [], required: true, enum: "gender", width: 8 },
  { key: "education", header: "学历", headerEn: "Education", aliases: ["文化程度"], required: true, enum: "education", width: 12 },
  { key: "skillLevel", header: "职业资格", headerEn: "Qualification", aliases: ["技能等级", "职业资格等级"], required: false, enum: "skillLevel", width: 12 },
  { key: "post", header: "岗位", headerEn: "Post", aliases: ["工种"], required: false, width: 16 },
  { key: "birthDate", header: "出生日期", headerEn: "Date of birth", aliases: ["出生年月日"], required: false, date: true, width: 14 },
] as const satisfies readonly ImportColumn[];
export type WorkerColumnKey = (typeof WORKER_COLUMNS)[number]["key"];

export const ORG_COLUMNS = [
  { key: "unitName", header: "单位名称", headerEn: "Unit", aliases: ["单位"], required: true, width: 26 },
  { key: "unitKind", header: "单位类型", headerEn: "Unit type", aliases: ["类型"], required: true, enum: "unitKind", width: 10 },
  { key: "industry", header: "行业", headerEn: "Industry", aliases: ["所属行业"], required: false, width: 16 },
  { key: "contactName", header: "联系人", headerEn: "Contact", aliases: [], required: false, width: 10 },
  { key: "contactPhone", header: "联系电话", headerEn: "Phone", aliases: ["电话"], required: false, width: 16 },
  { key: "teamName", header: "班组（科室）名称", headerEn: "Team", aliases: ["班组（科室）", "班组名称", "科室名称", "班组"], required: false, width: 24 },
  { key: "teamKind", header: "班组类别", headerEn: "Team type", aliases: ["类别"], required: false, enum: "teamKind", width: 10 },
] as const satisfies readonly ImportColumn[];
export type OrgColumnKey = (typeof ORG_COLUMNS)[number]["key"];

/** A column's header in an export made in `locale`. */
export const headerIn = (c: ImportColumn, locale: Locale) => (locale === "en" ? c.headerEn : c.header);

/**
 * Columns an export adds that its import reads past (Chinese and English headers): a list exported,
 * edited and imported again must not be refused for them.
 */
export const WORKER_EXPORT_ONLY = ["单位", "Unit", "状态", "Status"] as const;
export const ORG_EXPORT_ONLY = ["职工人数", "Workers", "班组长", "Team leader"] as const;
