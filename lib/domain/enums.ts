/**
 * One source of truth for every enum in the domain: the database columns, zod schemas, UI labels
 * (messages/<locale>.json under "enums.<name>.<value>") and tests all read these arrays.
 */
export const ORG_LEVELS = ["county", "unit", "team"] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const UNIT_KINDS = ["enterprise", "organ", "institution"] as const;
export type UnitKind = (typeof UNIT_KINDS)[number];

export const TEAM_KINDS = ["team", "section"] as const;
export type TeamKind = (typeof TEAM_KINDS)[number];

export const ROLES = ["office", "union", "leader"] as const;
export type Role = (typeof ROLES)[number];

/** The org level each role is bound to. */
export const ROLE_ORG_LEVEL: Record<Role, OrgLevel> = {
  office: "county",
  union: "unit",
  leader: "team",
};

export const GENDERS = ["male", "female"] as const;
export type Gender = (typeof GENDERS)[number];

export const EDUCATION_LEVELS = [
  "junior_high",
  "senior_high",
  "vocational",
  "college",
  "bachelor",
  "master",
  "doctorate",
] as const;
export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

/** 国家职业资格 levels, lowest first; "none" for workers without a certificate. */
export const SKILL_LEVELS = ["none", "junior", "intermediate", "senior", "technician", "senior_technician"] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export const WORKER_STATUSES = ["active", "left"] as const;
export type WorkerStatus = (typeof WORKER_STATUSES)[number];

export const PERIOD_STATUSES = ["open", "closed"] as const;
export type PeriodStatus = (typeof PERIOD_STATUSES)[number];

export const LOCALES = ["zh-CN", "en"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "zh-CN";

/** The five integrations (五个结合) as record kinds; fields live in lib/records/kinds.ts. */
export const RECORD_KINDS = ["study_session", "proposal", "innovation", "training", "competition", "culture", "publicity"] as const;
export type RecordKind = (typeof RECORD_KINDS)[number];

export const RECORD_STATUSES = ["draft", "submitted", "approved", "rejected"] as const;
export type RecordStatus = (typeof RECORD_STATUSES)[number];

/** Whose record it is: a team's (reviewed by its unit's union), a unit's (by the county office) or the county office's own. */
export const OWNER_LEVELS = ["team", "unit", "county"] as const;
export type OwnerLevel = (typeof OWNER_LEVELS)[number];

/** 五学 */
export const STUDY_CONTENTS = ["politics", "technology", "business", "culture", "practice"] as const;
/** 岗位学习 / 集中培训 / 社会教育 */
export const STUDY_FORMS = ["on_the_job", "centralised", "social"] as const;
export const COMPETITION_LEVELS = ["unit", "county", "province", "national"] as const;
export const CULTURE_TYPES = ["gala", "exhibition", "chess", "table_tennis", "sports_meet", "reading", "other"] as const;
export const PUBLICITY_KINDS = ["forum", "training_class", "banner", "bulletin", "leaflet", "blackboard", "media"] as const;

export const RECORD_WORKER_ROLES = ["attendee", "proposer", "member"] as const;
export type RecordWorkerRole = (typeof RECORD_WORKER_ROLES)[number];

/** What a scheme scores: teams (班组/科室), enterprises, organs and institutions, or workers (知识型职工). */
export const EVALUATION_TARGETS = ["team", "enterprise", "organ_institution", "worker"] as const;
export type EvaluationTarget = (typeof EVALUATION_TARGETS)[number];

export const SCHEME_STATUSES = ["draft", "published"] as const;
export type SchemeStatus = (typeof SCHEME_STATUSES)[number];

/** Scored by a person, or computed from approved records. */
export const ITEM_MODES = ["manual", "auto"] as const;
export type ItemMode = (typeof ITEM_MODES)[number];

/** How an auto item turns its figure into points. */
export const AUTO_MAPPINGS = ["thresholds", "linear"] as const;
export type AutoMapping = (typeof AUTO_MAPPINGS)[number];

/**
 * The figures an auto item may score, computed from approved records in the period (the maintained
 * aggregates). Org metrics apply to teams and units, worker metrics to 知识型职工.
 */
export const AUTO_METRICS = [
  "sessions",
  "sessions_per_month",
  "study_hours_per_capita",
  "participation_rate",
  "proposals_per_100",
  "adopted_proposals",
  "economic_benefit",
  "innovations_10k",
  "training_person_times",
  "training_coverage",
  "competitions",
  "competition_winners",
  "culture_events",
  "publicity_items",
  "worker_sessions",
  "worker_study_hours",
  "worker_adopted_proposals",
  "worker_innovations_10k",
  "worker_skill_level",
] as const;
export type AutoMetric = (typeof AUTO_METRICS)[number];

/** 优秀 / 良好 / 合格 / 不合格 */
export const GRADES = ["excellent", "good", "pass", "fail"] as const;
export type Grade = (typeof GRADES)[number];

/**
 * An evaluation's way: the org drafts its self-assessment (自评) and submits it; the parent reviews
 * and returns it or accepts it; the office confirms, fixing the final score and grade.
 */
export const EVALUATION_STATUSES = ["draft", "submitted", "returned", "accepted", "confirmed"] as const;
export type EvaluationStatus = (typeof EVALUATION_STATUSES)[number];

/**
 * 公示 → 命名: the office posts a period's confirmed results of one target kind for a window
 * ("posted"); after the window it names the chosen ones ("named").
 */
export const PUBLICATION_STATUSES = ["posted", "named"] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];

/** A title (学习型班组 2026年度 …) is held until the office withdraws it (摘牌) with a reason. */
export const TITLE_STATUSES = ["held", "withdrawn"] as const;
export type TitleStatus = (typeof TITLE_STATUSES)[number];
