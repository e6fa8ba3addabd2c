import type { CULTURE_TYPES, STUDY_CONTENTS, UnitKind } from "../../lib/domain/enums";

/**
 * Wording for the demo county's year of records (db/seed/demo-records.ts): study topics by industry
 * and 五学 content, proposals, innovations, courses, contests, events. Figures echo the seed document
 * (PMMA 提产 +28.86%, 日产 30→41 吨, 市职工中专再就业培训 …); sentences are our own.
 */

export type StudyContent = (typeof STUDY_CONTENTS)[number];
export type CultureType = (typeof CULTURE_TYPES)[number];

/** [title, primary content, optional second content] */
export type Topic = readonly [string, StudyContent, StudyContent?];

export const COMMON_TOPICS: readonly Topic[] = [
  ["党的二十大精神学习", "politics"],
  ["习近平新时代中国特色社会主义思想学习", "politics"],
  ["《中华人民共和国工会法》学习", "politics", "business"],
  ["中国工会十八大精神学习", "politics"],
  ["社会主义核心价值观专题学习", "politics", "culture"],
  ["职业道德与诚信守法教育", "politics"],
  ["《安全生产法》学习", "business", "politics"],
  ["消防安全知识培训", "business", "practice"],
  ["职业病防治知识学习", "business"],
  ["职工读书分享会", "culture"],
  ["应用文写作基础", "culture"],
  ["WPS表格常用功能应用", "culture", "technology"],
  ["普通话与沟通表达训练", "culture"],
  ["触电与外伤现场急救知识", "practice", "business"],
];

export const ENTERPRISE_TOPICS: readonly Topic[] = [
  ["安全生产规程学习", "business", "practice"],
  ["班组管理制度学习", "business"],
  ["6S现场管理要求", "business", "practice"],
  ["质量管理QC小组方法", "technology", "business"],
  ["设备点检标准", "technology", "practice"],
  ["设备润滑“五定”管理", "technology"],
  ["计量器具使用与维护", "technology"],
  ["应急预案演练及讲评", "practice", "business"],
  ["“师带徒”岗位实操训练", "practice", "technology"],
  ["优秀操作法交流", "practice", "technology"],
  ["事故案例警示教育", "practice", "business"],
  ["劳模精神、劳动精神、工匠精神专题学习", "politics", "practice"],
];

export const PUBLIC_SECTOR_TOPICS: readonly Topic[] = [
  ["中央八项规定精神学习", "politics"],
  ["廉政警示教育", "politics", "practice"],
  ["保密知识学习", "business"],
  ["《党政机关公文处理工作条例》学习", "business", "culture"],
  ["网络与信息安全知识", "technology"],
  ["机关作风建设专题讨论", "politics", "practice"],
];

/** Topics of each industry (the unit's `industry`). */
export const INDUSTRY_TOPICS: Record<string, readonly Topic[]> = {
  乳制品制造: [
    ["灌装机操作与换型规程", "technology", "practice"],
    ["UHT超高温灭菌工艺参数控制", "technology"],
    ["喷雾干燥塔操作要点", "technology"],
    ["CIP就地清洗程序学习", "technology", "practice"],
    ["乳品微生物检验方法", "technology"],
    ["原料乳验收标准", "business", "technology"],
    ["《食品安全法》及乳品安全国家标准", "business", "politics"],
    ["HACCP体系关键控制点", "business", "technology"],
    ["乳制品生产许可审查细则要点", "business"],
    ["包装异物控制措施", "business", "practice"],
    ["乳饮料新产品工艺培训", "technology", "business"],
    ["新产品上市推介知识", "business", "practice"],
  ],
  化学原料制造: [
    ["PMMA装置工艺操作规程", "technology"],
    ["DCS操作与报警处置", "technology", "practice"],
    ["聚合反应温度压力控制要点", "technology"],
    ["精馏塔操作要点", "technology"],
    ["仪表联锁系统原理", "technology"],
    ["装置开停车方案学习", "technology", "business"],
    ["《危险化学品安全管理条例》学习", "business", "politics"],
    ["动火、受限空间作业票证管理", "business", "practice"],
    ["工艺纪律检查标准", "business"],
    ["装置技术疑难问题分析会", "practice", "technology"],
    ["提产降耗攻关经验交流", "practice", "technology"],
    ["泄漏应急处置演练", "practice", "business"],
  ],
  专用设备制造: [
    ["数控车床编程与操作", "technology", "practice"],
    ["机械图纸识读与公差配合", "technology"],
    ["焊接工艺评定要点", "technology"],
    ["切断机装配工艺", "technology", "practice"],
    ["造粒机关键部件加工工艺", "technology"],
    ["滚动研磨机调试要点", "technology"],
    ["铣削刀具选用与刃磨", "technology", "practice"],
    ["ISO9001质量管理体系要求", "business"],
    ["起重吊装作业安全规程", "business", "practice"],
    ["产品合同履约与交付管理", "business"],
    ["进口设备国产化改造经验交流", "practice", "technology"],
    ["车、钳、铣技能练兵讲评", "practice", "technology"],
  ],
  电气机械制造: [
    ["电机装配工艺规程", "technology"],
    ["绕组绝缘处理工艺", "technology"],
    ["电机出厂试验标准", "technology", "business"],
    ["变频器参数设置与调试", "technology", "practice"],
    ["电气控制原理图识读", "technology"],
    ["电气安全操作规程", "business", "practice"],
    ["售后服务规范与客户沟通", "business", "culture"],
    ["产品质量追溯管理", "business"],
    ["电机常见故障诊断实操", "practice", "technology"],
    ["装配质量问题案例分析", "practice", "business"],
  ],
  医药制造: [
    ["新版GMP要点", "business", "technology"],
    ["压片工艺与片重差异控制", "technology"],
    ["包衣工艺参数控制", "technology"],
    ["中药提取浓缩工艺规程", "technology"],
    ["高效液相色谱检验操作规程", "technology", "practice"],
    ["洁净区环境监测", "technology", "business"],
    ["药品数据完整性管理", "business"],
    ["偏差与变更控制管理", "business"],
    ["《药品管理法》学习", "business", "politics"],
    ["清场与防止交叉污染", "business", "practice"],
    ["GMP自检问题整改交流", "practice", "business"],
    ["仓储温湿度管理实操", "practice"],
  ],
  党政机关: [
    ["《预算法实施条例》学习", "business", "politics"],
    ["政府会计制度讲解", "business"],
    ["国库集中支付业务规范", "business"],
    ["预算绩效管理", "business"],
    ["财政政策解读", "business", "politics"],
    ["政府采购法规学习", "business"],
    ["预算管理一体化系统操作", "technology", "business"],
    ["公文写作与信息报送", "culture", "business"],
    ["基层财政工作调研交流", "practice", "business"],
    ["党纪学习教育", "politics"],
  ],
  职业教育: [
    ["《职业教育法》学习", "business", "politics"],
    ["再就业培训课程设计", "business", "practice"],
    ["职业技能等级认定政策", "business"],
    ["信息化教学手段应用", "technology", "culture"],
    ["计算机应用基础教学研讨", "technology"],
    ["电子商务实训教学", "technology", "practice"],
    ["教学方法与课堂管理", "culture", "business"],
    ["家政服务培训教材研讨", "practice", "business"],
    ["听课评课交流", "practice", "culture"],
    ["送学上门教学经验交流", "practice"],
  ],
};

/** Outside education (社会教育) the whole team attends: [topic, where]. */
export const SOCIAL_TOPICS: Record<UnitKind, readonly (readonly [Topic, string])[]> = {
  enterprise: [
    [["参加市总工会“职工大讲堂”专题讲座", "politics", "culture"], "市总工会职工活动中心"],
    [["市职工中专新技术公开课", "technology", "culture"], "市职工中专"],
    [["职工大学“新知识、新工艺”讲座", "technology"], "市职工大学"],
    [["赴兄弟企业参观学习", "practice", "business"], "兄弟企业生产现场"],
    [["市安全生产宣传教育基地参观", "business", "practice"], "市安全生产宣传教育基地"],
  ],
  organ: [
    [["参加市总工会“职工大讲堂”专题讲座", "politics", "culture"], "市总工会职工活动中心"],
    [["市委党校专题讲座", "politics"], "市委党校"],
    [["赴兄弟县市财政局交流学习", "practice", "business"], "兄弟县市财政局"],
  ],
  institution: [
    [["参加市总工会“职工大讲堂”专题讲座", "politics", "culture"], "市总工会职工活动中心"],
    [["职业院校教学观摩活动", "practice", "culture"], "市职业技术学院"],
    [["省职教师资网络公开课", "technology", "business"], "学校多媒体教室"],
  ],
};

export const SOCIAL_SUMMARIES = [
  "组织全体职工集体参加，回来后在班前会交流收获。",
  "参加人员按要求做好笔记，{k}人提交了学习心得。",
  "结合本岗位工作进行了讨论，整理出可借鉴的做法{k}条。",
  "{n}人参加，学习材料已存入班组学习园地。",
] as const;


/** A topic the month suggests (两会, 安全生产月, 消防宣传月 …), by month 1–12. */
export const MONTH_TOPICS: Partial<Record<number, Topic>> = {
  3: ["全国两会精神学习", "politics"],
  5: ["劳模精神、劳动精神、工匠精神专题学习", "politics", "practice"],
  6: ["“安全生产月”专题学习", "business", "practice"],
  11: ["冬季防火防冻安全知识", "business", "practice"],
};

export const CONTENT_WEIGHTS: Record<UnitKind, readonly (readonly [StudyContent, number])[]> = {
  enterprise: [["technology", 34], ["business", 26], ["politics", 16], ["practice", 16], ["culture", 8]],
  organ: [["business", 38], ["politics", 28], ["culture", 16], ["technology", 10], ["practice", 8]],
  institution: [["business", 30], ["technology", 22], ["politics", 20], ["culture", 18], ["practice", 10]],
};

/** The specialty of a unit's 职工夜大 degree class, by industry. */
export const NIGHT_SCHOOL: Record<string, string> = {
  乳制品制造: "食品工程",
  化学原料制造: "化学工程与工艺",
  专用设备制造: "机电一体化",
  电气机械制造: "电气自动化",
  医药制造: "药学",
};

export const SESSION_PLACES = {
  team: ["班组学习室", "车间会议室", "生产现场", "班前会议室", "车间休息室"],
  section: ["科室会议室", "本科室办公室", "小会议室"],
  centralised: {
    enterprise: ["公司培训中心", "公司多功能厅", "职工书屋", "厂部会议室"],
    organ: ["局机关会议室", "局三楼会议室", "职工书屋"],
    institution: ["学校报告厅", "多媒体教室", "职工书屋"],
  },
} as const;

/** One-line summaries; {p} presenter, {n} attendees, {k} a small number, {s} a score. */
export const SESSION_SUMMARIES = [
  "{p}结合岗位实际讲解要点，随后分组讨论，{n}人参加。",
  "学习后进行随堂测试，平均得分{s}分。",
  "对照近期现场问题逐条分析，形成改进措施{k}条。",
  "采取讲解加现场演示的方式，参学人员逐一上手练习。",
  "观看教学视频后交流体会，{k}名职工作了发言。",
  "学习结束后布置岗位练习，下次班前会检查。",
  "{p}领学，大家对照条款查找本岗位的薄弱环节。",
  "以问答形式复习要点，答对率较上次有所提高。",
  "结合典型案例讲解，并对上月学习内容进行了回顾。",
  "{n}人参加，缺勤人员由{p}安排补学。",
] as const;

/** [title, content] */
export type ProposalText = readonly [string, string];

export const INDUSTRY_PROPOSALS: Record<string, readonly ProposalText[]> = {
  乳制品制造: [
    ["缩短灌装机换型时间", "换型工具定置摆放并编制换型清单，每次换型可缩短约20分钟。"],
    ["CIP末道清洗水回收用于预冲洗", "末道水检测合格后回收至预冲洗罐，减少新鲜水用量。"],
    ["金属检测报警与剔除装置联动", "金属检测报警后自动剔除并停线，避免人工漏检。"],
    ["杀菌机板换拆检周期优化", "按结垢情况调整拆检周期，减少非计划停机。"],
    ["喷粉塔排风余热回收", "利用排风余热预热进风，降低蒸汽消耗。"],
    ["收奶车辆预约排队", "实行收奶预约，缩短车辆等待时间，防止原料乳升温。"],
    ["包材库先进先出色标管理", "用颜色标签区分入库月份，防止包材超期。"],
    ["灌装车间清洗区防滑改造", "在清洗区铺设防滑垫并增设警示标识。"],
    ["化验样品登记电子化", "以统一表格模板代替手工登记，便于追溯查询。"],
    ["奶粉罐封口机导轨加装限位", "防止罐体偏移造成封口不良，减少返工。"],
  ],
  化学原料制造: [
    ["聚合釜投料顺序优化", "调整助剂加入顺序，缩短升温时间，减少批次波动。"],
    ["精馏塔回流比调整", "在保证产品质量的前提下适当降低回流比，节约蒸汽。"],
    ["循环水系统加装旁滤器", "降低循环水浊度，减少换热器结垢和清洗次数。"],
    ["巡检路线优化与巡检点挂牌", "重新规划巡检路线，关键点挂牌并扫码记录。"],
    ["蒸汽冷凝水回收利用", "将分散排放的冷凝水集中回收至锅炉给水系统。"],
    ["DCS报警分级管理", "按重要程度对报警分级，减少无效报警干扰操作。"],
    ["仪表伴热改为自限温电伴热", "替代蒸汽伴热，冬季防冻更可靠且节能。"],
    ["取样口改密闭取样器", "减少取样时物料挥发，改善作业环境。"],
    ["废催化剂分类回收", "与供应商签订回收协议，降低危废处置费用。"],
    ["机泵振动定期检测台账", "用测振仪定期检测并建台账，提前发现故障。"],
  ],
  专用设备制造: [
    ["车床专用夹具改进", "为批量轴类零件设计快换夹具，减少装夹找正时间。"],
    ["配置移动式焊接烟尘净化器", "在铆焊班组配置净化器，改善作业环境。"],
    ["下料排样优化", "用排样软件优化下料，提高钢板利用率。"],
    ["装配作业指导书图示化", "把关键工序做成图文作业卡，便于新工人掌握。"],
    ["刀具集中刃磨管理", "设专人集中刃磨并登记寿命，降低刀具消耗。"],
    ["行车吊具点检表", "对吊索具实行班前点检签字，消除起重隐患。"],
    ["铆焊件防锈涂装工艺改进", "调整除锈和底漆工序，减少返锈投诉。"],
    ["边角料分类回收", "按材质分类存放边角料，提高回收价格。"],
    ["离心机动平衡工装改进", "改进平衡工装定位方式，提高校验效率。"],
  ],
  电气机械制造: [
    ["绕线机张力装置改进", "加装张力调节装置，减少漆包线拉伤。"],
    ["装配线物料配送看板", "按工位设置配送看板，减少等料时间。"],
    ["试验台快速接线插头", "用快插接头代替螺栓接线，缩短试验准备时间。"],
    ["售后备件库存共享", "建立备件库存共享表，缩短维修等件时间。"],
    ["漆包线边角料回收", "集中回收漆包线头，按废铜出售。"],
    ["浸漆烘干时间优化", "根据电机规格分档设定烘干时间，节约用电。"],
    ["出厂检验记录模板统一", "统一各型号检验记录格式，便于质量追溯。"],
  ],
  医药制造: [
    ["冲模保养记录电子化", "按冲模编号建电子台账，及时提示更换。"],
    ["制粒干燥终点判断方法改进", "以水分快速测定代替经验判断，减少批间差异。"],
    ["提取罐蒸汽阀门改造", "更换为调节阀，稳定提取温度并节约蒸汽。"],
    ["洁净区更衣流程标识优化", "在更衣室张贴图示流程，减少更衣偏差。"],
    ["中药材库房防潮改造", "加装除湿机和温湿度记录仪，防止药材霉变。"],
    ["说明书折叠机进料改进", "调整进料导板，降低卡纸率。"],
    ["纯化水系统浓水回收", "将浓水回收用于地面清洁，节约用水。"],
    ["偏差调查模板统一", "统一偏差调查报告格式，缩短调查周期。"],
  ],
  党政机关: [
    ["预算编制表格模板统一", "统一各科室预算编制模板，减少反复修改。"],
    ["报销单据电子化流转", "推行报销单据线上审批，缩短办理时间。"],
    ["编印国库支付业务手册", "把常见问题汇编成册，方便预算单位查阅。"],
    ["办公用纸双面打印", "非正式文件一律双面打印，降低办公费用。"],
    ["会议室线上预约", "使用共享日历预约会议室，避免冲突。"],
    ["预算单位常见问题答疑清单", "整理预算单位常见问题并定期更新，减少重复解答。"],
    ["国库支付凭证集中归档", "按月集中整理支付凭证并编号归档，便于检查调阅。"],
    ["政府采购流程图上墙", "把采购审批流程制成图表张贴，方便来办事人员了解。"],
  ],
  职业教育: [
    ["再就业培训随到随学排课", "按专业滚动排课，学员可随时插班学习。"],
    ["偏远乡镇送学上门", "组织教师到偏远乡镇巡回授课，方便学员就近学习。"],
    ["延长计算机实训室开放时间", "晚间和周末开放实训室，满足学员练习需求。"],
    ["学员就业回访登记", "结业三个月内回访学员就业情况并登记。"],
    ["教学课件共享库", "建立各专业课件共享库，避免重复制作。"],
    ["实训耗材按班核定", "按专业和班次核定实训耗材用量，减少浪费。"],
    ["结业考核题库建设", "各专业建立结业考核题库，统一考核标准。"],
    ["学员信息登记表简化", "合并重复填写项目，缩短报名登记时间。"],
  ],
};

export const COMMON_PROPOSALS: Record<"enterprise" | "public", readonly ProposalText[]> = {
  enterprise: [
    ["车间照明改用LED灯", "更换高耗能灯具，预计照明用电降低一半。"],
    ["空压机余热回收", "利用空压机余热为浴室供应热水。"],
    ["交接班记录规范化", "统一交接班记录内容，交接事项逐项签字。"],
    ["劳保用品按岗位定额发放", "按岗位风险核定劳保用品发放标准，杜绝浪费。"],
    ["下班设备断电检查制度", "下班前由值班人员逐台检查断电并记录。"],
    ["班组学习园地设置", "在班组休息室设学习园地，定期更新学习资料。"],
  ],
  public: [
    ["办公区域节能降耗", "下班关闭电脑、空调和照明，设专人检查。"],
    ["职工书屋借阅登记", "实行借阅登记和好书推荐，提高图书利用率。"],
    ["业务学习资料共享", "把各科室学习资料集中到共享文件夹，方便查阅。"],
    ["来访登记电子化", "用电子台账代替纸质登记，便于统计和查询。"],
    ["公务车辆使用登记规范", "统一用车申请和登记格式，按月公示。"],
  ],
};

export interface InnovationText {
  title: string;
  /** Index of the team in the unit's team list it is attributed to. */
  team: number;
  month: number;
  description: string;
  result: string;
  benefit: number;
}

/** By industry: 1–3 per enterprise; the 龙新 and 化工机械厂 ones come from the seed document. */
export const INNOVATIONS: Record<string, readonly InnovationText[]> = {
  乳制品制造: [
    { title: "高档奶粉系列新品配方及工艺研制", team: 4, month: 4, description: "研发科牵头，车间参与中试，完成高档奶粉及乳饮料系列新品的配方定型和工艺验证。", result: "半年内推出4大系列40余种新产品", benefit: 3_860_000 },
    { title: "液态奶灌装线CIP清洗程序优化", team: 0, month: 8, description: "分析各段清洗曲线，调整碱洗、酸洗时间和温度设定，并对末道水实施回收。", result: "单次清洗用水减少22%，时间缩短25分钟", benefit: 186_000 },
  ],
  化学原料制造: [
    { title: "主装置提产、提质、降耗技术攻关", team: 1, month: 5, description: "梳理装置技术疑难问题，组织技术人员和操作骨干对主装置提产、提质、降耗逐项攻关。", result: "主产品产量比设计值提高28.86%，主原料消耗降低35%", benefit: 14_190_000 },
    { title: "PMMA装置扩产提质改造", team: 3, month: 9, description: "对PMMA装置聚合和造粒工序实施改造，同步完善质量控制方案。", result: "日产由30吨提高到41吨，产品合格率由95.6%提高到99.4%", benefit: 2_060_000 },
    { title: "聚合釜温度控制回路优化", team: 0, month: 10, description: "对聚合釜温控回路进行参数整定并增加前馈控制。", result: "釜温波动由±1.5℃降至±0.5℃", benefit: 320_000 },
  ],
  专用设备制造: [
    { title: "切断机国产化研制", team: 2, month: 3, description: "厂长带领技术人员和装配骨干，完成石化用切断机的设计、制造和整机调试。", result: "替代进口设备，单台造价降低约40%", benefit: 2_400_000 },
    { title: "造粒机关键部件国产化", team: 0, month: 6, description: "攻克造粒机模板和切刀轴的加工难题，实现关键部件自制。", result: "关键部件加工精度达到进口件水平", benefit: 1_350_000 },
    { title: "蛇形弹簧联轴器设计制造", team: 3, month: 10, description: "自主设计蛇形弹簧联轴器并完成样机试验。", result: "满足进口生产线改造配套需要", benefit: 480_000 },
  ],
  电气机械制造: [
    { title: "电机绕线工装改进", team: 0, month: 5, description: "重新设计绕线模具和定位工装，减少绕线返工。", result: "绕线效率提高30%", benefit: 85_000 },
    { title: "售后维修备件快速查询表", team: 2, month: 9, description: "整理常见故障与备件对照表，售后人员现场即可查询。", result: "平均维修时间缩短1.5小时", benefit: 6_500 },
  ],
  医药制造: [
    { title: "压片机自动剔废装置改造", team: 0, month: 4, description: "在压片机出片口加装片重检测与自动剔废装置。", result: "片重差异不合格品自动剔除，成品合格率提高到99.6%", benefit: 260_000 },
    { title: "中药提取浓缩节能改造", team: 1, month: 7, description: "对提取罐加热方式和浓缩器冷凝系统进行节能改造。", result: "蒸汽消耗降低18%", benefit: 540_000 },
  ],
};

export interface CourseText {
  specialty: string;
  title: string;
  classes: readonly [number, number];
  hours: readonly [number, number];
  /** Share of the unit's workers trained per class. */
  share: readonly [number, number];
}

export const UNIT_COURSES: Record<string, readonly CourseText[]> = {
  乳制品制造: [
    { specialty: "食品安全管理", title: "食品安全与HACCP全员培训", classes: [2, 4], hours: [8, 16], share: [0.5, 0.8] },
    { specialty: "乳品检验", title: "乳品检验技术培训班", classes: [1, 1], hours: [24, 40], share: [0.1, 0.2] },
    { specialty: "新员工岗前", title: "新员工岗前培训", classes: [1, 2], hours: [16, 24], share: [0.08, 0.15] },
    { specialty: "叉车司机", title: "叉车司机取证培训", classes: [1, 1], hours: [32, 48], share: [0.05, 0.1] },
  ],
  化学原料制造: [
    { specialty: "危化品安全", title: "危险化学品从业人员安全培训", classes: [2, 3], hours: [16, 24], share: [0.6, 0.9] },
    { specialty: "化工总控工", title: "化工总控工技能提升培训", classes: [1, 2], hours: [40, 60], share: [0.15, 0.3] },
    { specialty: "DCS操作", title: "DCS操作技能培训", classes: [1, 1], hours: [16, 24], share: [0.15, 0.25] },
    { specialty: "电工", title: "特种作业（电工）取证培训", classes: [1, 1], hours: [48, 64], share: [0.05, 0.1] },
  ],
  专用设备制造: [
    { specialty: "数控加工", title: "数控车床编程培训班", classes: [1, 2], hours: [40, 60], share: [0.15, 0.3] },
    { specialty: "焊工", title: "焊工取证培训", classes: [1, 1], hours: [48, 80], share: [0.1, 0.2] },
    { specialty: "质量管理", title: "ISO9001内审员培训", classes: [1, 1], hours: [16, 24], share: [0.08, 0.15] },
    { specialty: "机械制图", title: "识图与制图培训班", classes: [1, 2], hours: [24, 32], share: [0.2, 0.4] },
  ],
  电气机械制造: [
    { specialty: "电工", title: "电工取证培训", classes: [1, 1], hours: [48, 64], share: [0.1, 0.25] },
    { specialty: "电机维修", title: "电机维修技能培训", classes: [1, 2], hours: [24, 40], share: [0.2, 0.4] },
    { specialty: "客户服务", title: "客户服务礼仪培训", classes: [1, 1], hours: [8, 12], share: [0.15, 0.3] },
  ],
  医药制造: [
    { specialty: "GMP", title: "GMP全员培训", classes: [2, 4], hours: [8, 16], share: [0.6, 0.9] },
    { specialty: "药物检验", title: "药物检验技术培训", classes: [1, 1], hours: [24, 40], share: [0.1, 0.2] },
    { specialty: "洁净区操作", title: "洁净区操作规范培训", classes: [1, 2], hours: [8, 12], share: [0.3, 0.5] },
  ],
  党政机关: [
    { specialty: "政府会计", title: "政府会计制度培训", classes: [1, 1], hours: [12, 16], share: [0.5, 0.8] },
    { specialty: "预算管理", title: "预算管理一体化系统操作培训", classes: [1, 2], hours: [8, 12], share: [0.5, 0.9] },
    { specialty: "公文写作", title: "公文写作专题培训", classes: [1, 1], hours: [6, 8], share: [0.4, 0.7] },
  ],
  职业教育: [
    { specialty: "信息化教学", title: "教师信息化教学能力培训", classes: [1, 1], hours: [16, 24], share: [0.5, 0.8] },
    { specialty: "技能等级认定", title: "职业技能等级认定考评员培训", classes: [1, 1], hours: [16, 24], share: [0.2, 0.4] },
  ],
};

/** The office's 再就业 courses at the 市职工中专 base (seed: 20余个专业, 56期, 5500人次). */
export const REEMPLOYMENT_SPECIALTIES = [
  "计算机理财",
  "营销与储运",
  "物业管理",
  "家政服务",
  "手工编织",
  "花卉养殖",
  "家宴厨师",
  "育婴员",
  "养老护理",
  "电子商务",
  "中式面点",
  "美容美发",
  "电工",
  "焊工",
] as const;

/** [trade, title stem] of in-house skill contests (技术比武) per industry. */
export const UNIT_CONTESTS: Record<string, readonly (readonly [string | null, string])[]> = {
  乳制品制造: [["灌装操作工", "灌装操作技能比武"], ["化验员", "化验员岗位练兵"]],
  化学原料制造: [["化工总控工", "化工总控工技术比武"], ["仪表维修工", "仪表维修工技能比武"]],
  专用设备制造: [["车工", "车工技术比武"], ["钳工", "钳工技术比武"], ["铣工", "铣工技术比武"], ["焊工", "焊工技术比武"], ["刨工", "刨工岗位练兵"], ["磨工", "磨工岗位练兵"]],
  电气机械制造: [["维修电工", "维修电工技术比武"], ["装配钳工", "装配钳工岗位练兵"]],
  医药制造: [["压片工", "压片工岗位练兵"], ["药物检验工", "药物检验技能比武"]],
  党政机关: [[null, "财会业务知识竞赛"]],
  职业教育: [[null, "青年教师教学能力比赛"]],
};

/** Trades of the county's contests; 5 winners go on to the province (as in the seed). */
export const COUNTY_TRADES = ["车工", "钳工", "铣工", "焊工", "维修电工", "化工总控工"] as const;

/** [month, day, title, type, participants range] */
export type EventText = readonly [number, number, string, CultureType, readonly [number, number]];

export const COUNTY_EVENTS: readonly EventText[] = [
  [1, 24, "迎新春职工文艺晚会", "gala", [600, 900]],
  [2, 6, "“千副对联大赠送”送春联进企业", "other", [300, 500]],
  [2, 12, "职工象棋高手表演赛", "chess", [60, 120]],
  [3, 3, "元宵灯谜展猜", "other", [1500, 2500]],
  [4, 23, "职工读书月启动暨好书推荐", "reading", [200, 400]],
  [4, 29, "庆五一“劳动者之歌”文艺晚会", "gala", [700, 1000]],
  [5, 8, "职工书画摄影展", "exhibition", [800, 1500]],
  [5, 20, "职工围棋赛", "chess", [40, 80]],
  [7, 15, "广场电影周", "other", [2000, 4000]],
  [9, 12, "全市职工乒乓球赛", "table_tennis", [120, 200]],
  [9, 26, "迎国庆职工歌咏比赛", "gala", [400, 600]],
  [10, 17, "职工趣味运动会", "sports_meet", [500, 800]],
];

/** [month, title, type, share of the unit's workers] */
export const UNIT_EVENTS: readonly (readonly [number, string, CultureType, readonly [number, number]])[] = [
  [1, "迎新春联欢会", "gala", [0.6, 0.9]],
  [3, "“三八”女职工趣味活动", "other", [0.25, 0.4]],
  [4, "职工读书分享会", "reading", [0.2, 0.4]],
  [5, "职工拔河比赛", "sports_meet", [0.4, 0.7]],
  [6, "职工篮球赛", "sports_meet", [0.15, 0.3]],
  [7, "职工象棋比赛", "chess", [0.1, 0.2]],
  [8, "职工乒乓球比赛", "table_tennis", [0.1, 0.25]],
  [9, "中秋游园活动", "other", [0.5, 0.85]],
  [10, "职工摄影作品展", "exhibition", [0.3, 0.6]],
  [11, "职工冬季长跑", "sports_meet", [0.3, 0.5]],
];

export const UNIT_FORUMS = ["创争活动职工座谈会", "学习型班组创建经验交流会", "合理化建议征集座谈会", "知识型职工代表座谈会"] as const;
export const MEDIA = ["安达日报", "安达电视台", "市政府网站", "省工人报"] as const;
