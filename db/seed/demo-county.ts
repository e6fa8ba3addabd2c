import type { EducationLevel, SkillLevel, TeamKind, UnitKind } from "../../lib/domain/enums";

/**
 * The demo county, drawn from the seed document's world (a county-level city's federation of trade
 * unions and the enterprises it names). Figures are plausible, not quotations.
 */
export const DEMO_PASSWORD = "demo12345";

export const DEMO_COUNTY = {
  name: "安达市",
  office: { username: "office", displayName: "刘卫东", title: "市总工会创争办" },
};

export interface DemoTeam {
  name: string;
  kind: TeamKind;
  posts: readonly string[];
  size: number;
  leader?: { username: string; displayName: string };
}

export interface DemoUnit {
  name: string;
  kind: UnitKind;
  industry: string;
  code: string;
  contact: { name: string; phone: string };
  union?: { username: string; displayName: string };
  education: readonly (readonly [EducationLevel, number])[];
  skills: readonly (readonly [SkillLevel, number])[];
  teams: readonly DemoTeam[];
}

const FACTORY_EDU = [["junior_high", 10], ["senior_high", 30], ["vocational", 30], ["college", 20], ["bachelor", 10]] as const;
const OFFICE_EDU = [["college", 15], ["bachelor", 65], ["master", 20]] as const;
const FACTORY_SKILL = [["none", 20], ["junior", 25], ["intermediate", 30], ["senior", 18], ["technician", 5], ["senior_technician", 2]] as const;
const OFFICE_SKILL = [["none", 85], ["intermediate", 10], ["senior", 5]] as const;

export const DEMO_UNITS: readonly DemoUnit[] = [
  {
    name: "红星集团",
    kind: "enterprise",
    industry: "乳制品制造",
    code: "HX",
    contact: { name: "赵丽华", phone: "0455-8231067" },
    union: { username: "union", displayName: "赵丽华" },
    education: FACTORY_EDU,
    skills: FACTORY_SKILL,
    teams: [
      { name: "液态奶车间灌装甲班", kind: "team", size: 18, posts: ["灌装操作工", "杀菌操作工", "配料工"], leader: { username: "leader", displayName: "王建国" } },
      { name: "奶粉车间包装班", kind: "team", size: 24, posts: ["包装工", "喷粉操作工", "叉车司机"] },
      { name: "设备维修班", kind: "team", size: 12, posts: ["维修电工", "钳工", "焊工"] },
      { name: "质量检验科", kind: "section", size: 14, posts: ["化验员", "质检员", "微生物检验员"] },
      { name: "新产品研发科", kind: "section", size: 10, posts: ["研发工程师", "工艺员"] },
    ],
  },
  {
    name: "龙新公司",
    kind: "enterprise",
    industry: "化学原料制造",
    code: "LX",
    contact: { name: "孙志强", phone: "0455-8355120" },
    union: { username: "union2", displayName: "孙志强" },
    education: FACTORY_EDU,
    skills: FACTORY_SKILL,
    teams: [
      { name: "聚合车间一班", kind: "team", size: 22, posts: ["聚合操作工", "外操工", "DCS操作员"], leader: { username: "leader2", displayName: "陈立新" } },
      { name: "PMMA装置运行班", kind: "team", size: 20, posts: ["主操", "副操", "巡检工"] },
      { name: "仪表维修班", kind: "team", size: 11, posts: ["仪表工", "电工"] },
      { name: "技术质量科", kind: "section", size: 13, posts: ["工艺工程师", "化验员"] },
    ],
  },
  {
    name: "化工机械厂",
    kind: "enterprise",
    industry: "专用设备制造",
    code: "HJ",
    contact: { name: "周建平", phone: "0455-8219433" },
    education: FACTORY_EDU,
    skills: FACTORY_SKILL,
    teams: [
      { name: "金工车间车工班", kind: "team", size: 16, posts: ["车工", "铣工", "刨工", "磨工"] },
      { name: "铆焊班", kind: "team", size: 15, posts: ["铆工", "电焊工"] },
      { name: "总装班", kind: "team", size: 19, posts: ["装配钳工", "起重工"] },
      { name: "技术科", kind: "section", size: 10, posts: ["设计员", "工艺员"] },
    ],
  },
  {
    name: "腾达机电",
    kind: "enterprise",
    industry: "电气机械制造",
    code: "TD",
    contact: { name: "吴海燕", phone: "0455-8260781" },
    education: FACTORY_EDU,
    skills: FACTORY_SKILL,
    teams: [
      { name: "电机装配班", kind: "team", size: 20, posts: ["装配工", "绕线工"] },
      { name: "电气调试班", kind: "team", size: 13, posts: ["调试电工", "检验员"] },
      { name: "售后服务班", kind: "team", size: 11, posts: ["服务工程师", "维修电工"] },
    ],
  },
  {
    name: "迪龙制药",
    kind: "enterprise",
    industry: "医药制造",
    code: "DL",
    contact: { name: "郑红梅", phone: "0455-8277345" },
    education: FACTORY_EDU,
    skills: FACTORY_SKILL,
    teams: [
      { name: "固体制剂车间压片班", kind: "team", size: 21, posts: ["压片工", "包衣工", "制粒工"] },
      { name: "中药提取班", kind: "team", size: 17, posts: ["提取工", "浓缩工"] },
      { name: "质量保证科", kind: "section", size: 12, posts: ["QA专员", "化验员"] },
      { name: "仓储物流班", kind: "team", size: 10, posts: ["保管员", "叉车司机"] },
    ],
  },
  {
    name: "安达市财政局",
    kind: "organ",
    industry: "党政机关",
    code: "CZ",
    contact: { name: "马晓东", phone: "0455-8222516" },
    education: OFFICE_EDU,
    skills: OFFICE_SKILL,
    teams: [
      { name: "办公室", kind: "section", size: 10, posts: ["科员", "副主任科员"] },
      { name: "预算科", kind: "section", size: 12, posts: ["科员", "主任科员"] },
      { name: "国库科", kind: "section", size: 10, posts: ["科员", "会计"] },
    ],
  },
  {
    name: "安达市职工中等专业学校",
    kind: "institution",
    industry: "职业教育",
    code: "ZZ",
    contact: { name: "韩春梅", phone: "0455-8245098" },
    education: OFFICE_EDU,
    skills: OFFICE_SKILL,
    teams: [
      { name: "教务科", kind: "section", size: 11, posts: ["教务员", "教师"] },
      { name: "计算机教研室", kind: "section", size: 14, posts: ["专业教师", "实训指导"] },
      { name: "再就业培训部", kind: "section", size: 12, posts: ["培训教师", "就业指导员"] },
    ],
  },
];
