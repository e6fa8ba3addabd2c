/**
 * Fails when the two message catalogues do not have exactly the same keys, or when an enum value
 * (lib/domain/enums.ts) has no label.
 */
import zh from "../messages/zh-CN.json";
import en from "../messages/en.json";
import * as enums from "../lib/domain/enums";

type Tree = { [k: string]: string | Tree };

function keys(tree: Tree, prefix = ""): string[] {
  return Object.entries(tree).flatMap(([k, v]) => (typeof v === "string" ? [`${prefix}${k}`] : keys(v, `${prefix}${k}.`)));
}

const zhKeys = new Set(keys(zh as Tree));
const enKeys = new Set(keys(en as Tree));
const problems: string[] = [];
for (const k of zhKeys) if (!enKeys.has(k)) problems.push(`missing in en.json: ${k}`);
for (const k of enKeys) if (!zhKeys.has(k)) problems.push(`missing in zh-CN.json: ${k}`);

const labelled: Record<string, readonly string[]> = {
  role: enums.ROLES,
  unitKind: enums.UNIT_KINDS,
  teamKind: enums.TEAM_KINDS,
  orgLevel: enums.ORG_LEVELS,
  gender: enums.GENDERS,
  education: enums.EDUCATION_LEVELS,
  skillLevel: enums.SKILL_LEVELS,
  workerStatus: enums.WORKER_STATUSES,
  periodStatus: enums.PERIOD_STATUSES,
  recordKind: enums.RECORD_KINDS,
  recordStatus: enums.RECORD_STATUSES,
  ownerLevel: enums.OWNER_LEVELS,
  studyContent: enums.STUDY_CONTENTS,
  studyForm: enums.STUDY_FORMS,
  competitionLevel: enums.COMPETITION_LEVELS,
  cultureType: enums.CULTURE_TYPES,
  publicityKind: enums.PUBLICITY_KINDS,
  evaluationTarget: enums.EVALUATION_TARGETS,
  schemeStatus: enums.SCHEME_STATUSES,
  itemMode: enums.ITEM_MODES,
  autoMapping: enums.AUTO_MAPPINGS,
  autoMetric: enums.AUTO_METRICS,
  grade: enums.GRADES,
  evaluationStatus: enums.EVALUATION_STATUSES,
  publicationStatus: enums.PUBLICATION_STATUSES,
  titleStatus: enums.TITLE_STATUSES,
};
for (const [name, values] of Object.entries(labelled)) {
  for (const v of values) if (!zhKeys.has(`enums.${name}.${v}`)) problems.push(`enum without a label: enums.${name}.${v}`);
}

// Every field of every record kind has a label in both languages.
const { KINDS } = await import("../lib/records/kinds");
for (const def of Object.values(KINDS)) {
  if (!zhKeys.has(`records.kindHint.${def.kind}`)) problems.push(`kind without a hint: ${def.kind}`);
  for (const f of def.fields) if (!zhKeys.has(`records.field.${f.name}`)) problems.push(`field without a label: records.field.${f.name}`);
}

if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`i18n: ${zhKeys.size} keys in both catalogues, every enum labelled`);
