import type { EvaluationTarget } from "@/lib/domain/enums";
import { DEFAULT_BANDS, type AutoRule, type GradeBands } from "./engine";

/**
 * The default 100-point schemes, one per target kind, written from the shape of published 创争
 * standards (see EVALUATION-NOTES.md): first-level indicators, items with points, threshold bands and
 * deductions in the guidance, several items scored automatically from approved records, and a veto
 * (一票否决) for a serious safety accident or a discipline case. A county office starts from these
 * and edits a copy.
 */

export interface DefaultItem {
  name: string;
  maxPoints: number;
  guidance: string;
  evidence: string;
  veto?: boolean;
  rule?: AutoRule;
}

export interface DefaultScheme {
  target: EvaluationTarget;
  name: string;
  bands: GradeBands;
  indicators: { name: string; items: DefaultItem[] }[];
}

const VETO_GUIDANCE = "评估年度内发生重大安全生产责任事故、违纪违法案件或造成恶劣影响事件的，实行一票否决，评估结果为不合格。";

export const DEFAULT_SCHEMES: readonly DefaultScheme[] = [
  {
    target: "team",
    name: "学习型班组（科室）评估标准",
    bands: DEFAULT_BANDS,
    indicators: [
      {
        name: "制度与计划",
        items: [
          {
            name: "班组学习计划",
            maxPoints: 8,
            guidance: "年初制定班组学习计划，目标、内容、时间、责任人明确的得 8 分；计划不完整的酌情扣分；无计划不得分。",
            evidence: "年度学习计划文本",
          },
          {
            name: "计划完成情况",
            maxPoints: 12,
            guidance: "计划完成率 80% 及以上得 10–12 分；60%–79% 得 5–9 分；60% 以下得 0–4 分。",
            evidence: "计划执行记录、年度小结",
          },
        ],
      },
      {
        name: "学习活动",
        items: [
          {
            name: "岗位学习（班前学习）",
            maxPoints: 15,
            guidance: "按已审核通过的学习活动自动计分：月均 4 次及以上 15 分，3 次 12 分，2 次 8 分，1 次 4 分。",
            evidence: "学习活动记录（含签到、照片）",
            rule: { metric: "sessions_per_month", mapping: "thresholds", steps: [{ min: 4, points: 15 }, { min: 3, points: 12 }, { min: 2, points: 8 }, { min: 1, points: 4 }] },
          },
          {
            name: "职工参学率（五学覆盖）",
            maxPoints: 10,
            guidance: "参加过学习活动的在册职工占比：95% 及以上 10 分，85% 及以上 8 分，70% 及以上 5 分，50% 及以上 2 分。",
            evidence: "学习签到记录",
            rule: { metric: "participation_rate", mapping: "thresholds", steps: [{ min: 95, points: 10 }, { min: 85, points: 8 }, { min: 70, points: 5 }, { min: 50, points: 2 }] },
          },
          {
            name: "人均学时",
            maxPoints: 10,
            guidance: "在册职工人均参学学时，按线性计分，人均 24 学时及以上得满分。",
            evidence: "学习活动记录",
            rule: { metric: "study_hours_per_capita", mapping: "linear", full: 24 },
          },
        ],
      },
      {
        name: "技能与创新",
        items: [
          {
            name: "技术比武与岗位练兵",
            maxPoints: 10,
            guidance: "组织或参加技术比武、岗位练兵，有方案、有记录得 6 分；班组成员在单位级以上比赛获奖的再加 2–4 分。",
            evidence: "比武方案、成绩单、获奖证书",
          },
          {
            name: "合理化建议",
            maxPoints: 10,
            guidance: "每百名职工提出的合理化建议：30 条及以上 10 分，20 条 8 分，10 条 5 分，有建议 2 分。",
            evidence: "合理化建议记录",
            rule: { metric: "proposals_per_100", mapping: "thresholds", steps: [{ min: 30, points: 10 }, { min: 20, points: 8 }, { min: 10, points: 5 }, { min: 0.1, points: 2 }] },
          },
          {
            name: "小改小革（建议被采纳）",
            maxPoints: 10,
            guidance: "被采纳的合理化建议：5 条及以上 10 分，3 条 7 分，1 条 4 分。",
            evidence: "采纳通知、实施效果说明",
            rule: { metric: "adopted_proposals", mapping: "thresholds", steps: [{ min: 5, points: 10 }, { min: 3, points: 7 }, { min: 1, points: 4 }] },
          },
        ],
      },
      {
        name: "台账资料",
        items: [
          {
            name: "学习台账完整",
            maxPoints: 10,
            guidance: "学习记录、签到表、照片等台账齐全的得 10 分；每缺少一次活动记录扣 2 分，扣完为止。",
            evidence: "学习台账、现场照片",
          },
          {
            name: "学习园地（学习看板）",
            maxPoints: 5,
            guidance: "设有学习园地或学习看板并定期更新的得 5 分；有园地但更新不及时的得 2 分。",
            evidence: "学习园地照片",
          },
          { name: "安全生产与遵纪守法", maxPoints: 0, guidance: VETO_GUIDANCE, evidence: "安全生产台账、单位证明", veto: true },
        ],
      },
    ],
  },
  {
    target: "enterprise",
    name: "学习型企业评估标准",
    bands: DEFAULT_BANDS,
    indicators: [
      {
        name: "组织管理",
        items: [
          { name: "领导机构与规划", maxPoints: 8, guidance: "成立创建学习型企业领导小组，有中长期规划和年度计划的得 8 分；缺一项扣 4 分。", evidence: "成立文件、规划与计划文本" },
          { name: "学习制度", maxPoints: 7, guidance: "建立职工学习、培训、考核、激励等制度并执行的得 7 分；制度不全的酌情扣分。", evidence: "制度文本、执行记录" },
          { name: "师资队伍", maxPoints: 7, guidance: "建有内部培训师队伍（含技师、劳模授课）并开展授课的得 7 分。", evidence: "师资名单、授课记录" },
          { name: "教育培训经费", maxPoints: 8, guidance: "职工教育经费不低于工资总额的 2.5% 并足额使用的得 8 分；每低 0.5 个百分点扣 2 分。", evidence: "财务报表、经费使用明细" },
        ],
      },
      {
        name: "载体建设",
        items: [
          { name: "职工书屋", maxPoints: 8, guidance: "职工书屋图书 2000 册、期刊 10 种、音像制品 50 种以上并正常开放的得 8 分；每缺一项扣 2 分。", evidence: "书屋照片、图书清单、借阅记录" },
          {
            name: "舆论宣传",
            maxPoints: 6,
            guidance: "已通过的宣传记录（板报、简报、座谈会、媒体报道等）：12 次及以上 6 分，6 次 4 分，有宣传 2 分。",
            evidence: "宣传记录",
            rule: { metric: "publicity_items", mapping: "thresholds", steps: [{ min: 12, points: 6 }, { min: 6, points: 4 }, { min: 1, points: 2 }] },
          },
          {
            name: "职工文体活动",
            maxPoints: 6,
            guidance: "组织职工文体活动：4 场及以上 6 分，2 场 4 分，1 场 2 分。",
            evidence: "文体活动记录",
            rule: { metric: "culture_events", mapping: "thresholds", steps: [{ min: 4, points: 6 }, { min: 2, points: 4 }, { min: 1, points: 2 }] },
          },
        ],
      },
      {
        name: "工作成效",
        items: [
          {
            name: "职工培训覆盖面",
            maxPoints: 10,
            guidance: "年度培训人次占在册职工的比例，按线性计分，达到 50% 及以上得满分。",
            evidence: "培训记录",
            rule: { metric: "training_coverage", mapping: "linear", full: 50 },
          },
          {
            name: "“五学”参学率",
            maxPoints: 8,
            guidance: "参加过学习活动的在册职工占比：95% 及以上 8 分，85% 及以上 6 分，70% 及以上 4 分。",
            evidence: "各班组学习记录",
            rule: { metric: "participation_rate", mapping: "thresholds", steps: [{ min: 95, points: 8 }, { min: 85, points: 6 }, { min: 70, points: 4 }] },
          },
          {
            name: "劳动竞赛与技能比武",
            maxPoints: 10,
            guidance: "组织劳动竞赛、技能比武：3 场及以上 10 分，2 场 7 分，1 场 4 分。",
            evidence: "竞赛方案、成绩与获奖记录",
            rule: { metric: "competitions", mapping: "thresholds", steps: [{ min: 3, points: 10 }, { min: 2, points: 7 }, { min: 1, points: 4 }] },
          },
          {
            name: "合理化建议",
            maxPoints: 10,
            guidance: "每百名职工提出的合理化建议，按线性计分，每百人 30 条及以上得满分。",
            evidence: "合理化建议记录、采纳与效益证明",
            rule: { metric: "proposals_per_100", mapping: "linear", full: 30 },
          },
          {
            name: "技术创新成果",
            maxPoints: 7,
            guidance: "经济效益 1 万元以上的创新成果：2 项及以上 7 分，1 项 5 分。",
            evidence: "成果鉴定、效益证明",
            rule: { metric: "innovations_10k", mapping: "thresholds", steps: [{ min: 2, points: 7 }, { min: 1, points: 5 }] },
          },
          { name: "特色与创新做法", maxPoints: 5, guidance: "创建工作有特色、有经验材料并被上级推广的得 5 分。", evidence: "经验材料、推广文件" },
          { name: "安全生产与遵纪守法", maxPoints: 0, guidance: VETO_GUIDANCE, evidence: "安全生产台账", veto: true },
        ],
      },
    ],
  },
  {
    target: "organ_institution",
    name: "学习型机关（事业单位）评估标准",
    bands: DEFAULT_BANDS,
    indicators: [
      {
        name: "组织领导",
        items: [
          { name: "中心组学习", maxPoints: 10, guidance: "领导班子中心组按计划开展学习，有记录、有研讨的得 10 分。", evidence: "中心组学习记录" },
          { name: "学习计划按时报送", maxPoints: 10, guidance: "年度学习计划按时制定并报送的得 10 分；每迟报一次扣 2 分。", evidence: "学习计划、报送记录" },
        ],
      },
      {
        name: "学习制度",
        items: [
          {
            name: "学习考勤",
            maxPoints: 5,
            guidance: "参加过集体学习的在册人员占比：95% 及以上 5 分，85% 及以上 3 分，70% 及以上 1 分。",
            evidence: "学习签到记录",
            rule: { metric: "participation_rate", mapping: "thresholds", steps: [{ min: 95, points: 5 }, { min: 85, points: 3 }, { min: 70, points: 1 }] },
          },
          { name: "学习通报", maxPoints: 5, guidance: "定期通报学习情况的得 5 分。", evidence: "通报文件" },
          { name: "学习考核", maxPoints: 5, guidance: "将学习情况纳入干部职工考核的得 5 分。", evidence: "考核办法、考核记录" },
          { name: "学习档案", maxPoints: 5, guidance: "每人建有学习档案的得 5 分；档案不全的酌情扣分。", evidence: "个人学习档案" },
        ],
      },
      {
        name: "学习活动",
        items: [
          {
            name: "集中学习（每年不少于 6 次）",
            maxPoints: 10,
            guidance: "已审核通过的集体学习活动：6 次及以上 10 分，4 次 6 分，2 次 3 分。",
            evidence: "学习活动记录",
            rule: { metric: "sessions", mapping: "thresholds", steps: [{ min: 6, points: 10 }, { min: 4, points: 6 }, { min: 2, points: 3 }] },
          },
          { name: "读书笔记与心得", maxPoints: 10, guidance: "按职级完成年度读书笔记（处级 10 篇、科级 8 篇、一般人员 6 篇）的得 10 分；未达标按比例扣分。", evidence: "读书笔记、心得体会" },
          {
            name: "业务培训",
            maxPoints: 10,
            guidance: "年度培训人次占在册人员比例，按线性计分，达到 50% 及以上得满分。",
            evidence: "培训记录",
            rule: { metric: "training_coverage", mapping: "linear", full: 50 },
          },
        ],
      },
      {
        name: "学习成效",
        items: [
          { name: "调研成果", maxPoints: 10, guidance: "形成调研报告并被采用的得 10 分；有报告未采用的得 5 分。", evidence: "调研报告、采用证明" },
          {
            name: "服务改进（合理化建议）",
            maxPoints: 10,
            guidance: "被采纳的改进服务、提高效能的建议：3 条及以上 10 分，2 条 7 分，1 条 4 分。",
            evidence: "建议记录、采纳证明",
            rule: { metric: "adopted_proposals", mapping: "thresholds", steps: [{ min: 3, points: 10 }, { min: 2, points: 7 }, { min: 1, points: 4 }] },
          },
          { name: "表彰奖励", maxPoints: 10, guidance: "单位或个人获县级表彰 4 分、市级 7 分、省级及以上 10 分（取最高）。", evidence: "表彰文件、证书" },
          { name: "遵纪守法", maxPoints: 0, guidance: VETO_GUIDANCE, evidence: "纪检部门意见", veto: true },
        ],
      },
    ],
  },
  {
    target: "worker",
    name: "知识型职工评估标准",
    bands: DEFAULT_BANDS,
    indicators: [
      {
        name: "职业道德",
        items: [
          {
            name: "爱岗敬业、遵纪守法",
            maxPoints: 15,
            guidance: "爱岗敬业、团结协作、无违纪违法的得 15 分。有违纪违法或重大责任事故的实行一票否决。",
            evidence: "单位鉴定意见",
            veto: true,
          },
        ],
      },
      {
        name: "学习",
        items: [
          {
            name: "参学学时",
            maxPoints: 10,
            guidance: "年度参加学习活动的学时，按线性计分，40 学时及以上得满分。",
            evidence: "学习签到记录",
            rule: { metric: "worker_study_hours", mapping: "linear", full: 40 },
          },
          { name: "读书学习", maxPoints: 5, guidance: "年度读书 6 本以上并有读书笔记的得 5 分。", evidence: "读书笔记" },
          { name: "学历与资格提升", maxPoints: 10, guidance: "年度内取得更高学历或新的职业资格证书的得 10 分，在读的得 5 分。", evidence: "毕业证、资格证书、在读证明" },
        ],
      },
      {
        name: "技能",
        items: [
          {
            name: "职业技能等级",
            maxPoints: 15,
            guidance: "按名册中的职业资格等级：技师及以上 15 分，高级工 12 分，中级工 8 分，初级工 4 分。",
            evidence: "职业资格证书",
            rule: { metric: "worker_skill_level", mapping: "thresholds", steps: [{ min: 4, points: 15 }, { min: 3, points: 12 }, { min: 2, points: 8 }, { min: 1, points: 4 }] },
          },
          { name: "技能竞赛获奖", maxPoints: 10, guidance: "单位级获奖 4 分、县级 7 分、市级及以上 10 分（取最高）。", evidence: "获奖证书" },
        ],
      },
      {
        name: "创新",
        items: [
          {
            name: "合理化建议被采纳",
            maxPoints: 10,
            guidance: "本人提出并被采纳的合理化建议：3 条及以上 10 分，2 条 7 分，1 条 4 分。",
            evidence: "合理化建议记录",
            rule: { metric: "worker_adopted_proposals", mapping: "thresholds", steps: [{ min: 3, points: 10 }, { min: 2, points: 7 }, { min: 1, points: 4 }] },
          },
          {
            name: "万元以上创新成果",
            maxPoints: 15,
            guidance: "参与完成经济效益 1 万元以上的创新成果的得 15 分。",
            evidence: "成果记录、效益证明",
            rule: { metric: "worker_innovations_10k", mapping: "thresholds", steps: [{ min: 1, points: 15 }] },
          },
        ],
      },
      {
        name: "传帮带",
        items: [{ name: "带徒传技", maxPoints: 10, guidance: "签订师徒合同并带出合格徒弟的得 10 分；有师徒合同的得 5 分。", evidence: "师徒合同、徒弟考核记录" }],
      },
    ],
  },
];

/** The scheme kind an org is scored by: teams by the team scheme, units by their kind's. */
export function targetForUnitKind(kind: "enterprise" | "organ" | "institution" | null): EvaluationTarget {
  return kind === "enterprise" || kind === null ? "enterprise" : "organ_institution";
}
