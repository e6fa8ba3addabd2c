import { getTableColumns, sql, type SQL } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { orgMonthStats, records, workerYearStats } from "@/db/schema";
import { PUBLICITY_KINDS, type RecordKind } from "@/lib/domain/enums";

/*
 * The maintained aggregates (db/schema/stats.ts): what each approved record adds, written once as SQL
 * over a `records` row, and used both by the per-record delta (approval adds, reopening subtracts, in
 * the transition's own transaction) and by the bulk recomputation (demo seed, repair). No
 * `server-only` here: the demo seed, run at server start and by scripts, calls it too. It holds no
 * authorization: callers have already decided the record may change.
 */

export type OrgStatKey = Exclude<keyof typeof orgMonthStats.$inferSelect, "countyId" | "unitId" | "teamId" | "orgId" | "ownerLevel" | "month">;
type WorkerStatKey = Exclude<keyof typeof workerYearStats.$inferSelect, "workerId" | "year" | "countyId" | "unitId" | "teamId">;

const kindIs = (kind: string) => sql`${records.kind} = ${kind}`;
const when = (cond: SQL, value: SQL = sql`1`) => sql`case when ${cond} then ${value} else 0 end`;
const detailInt = (key: string) => sql`coalesce((${records.details}->>${key})::int, 0)`;
const detailBool = (key: string) => sql`coalesce((${records.details}->>${key})::boolean, false)`;
const num = (col: SQL | typeof records.hours) => sql`coalesce(${col}, 0)`;
const INNOVATION_THRESHOLD_YUAN = 10_000;

const PUBLICITY_COLUMN: Record<(typeof PUBLICITY_KINDS)[number], OrgStatKey> = {
  forum: "publicityForum",
  training_class: "publicityTrainingClass",
  banner: "publicityBanner",
  bulletin: "publicityBulletin",
  leaflet: "publicityLeaflet",
  blackboard: "publicityBlackboard",
  media: "publicityMedia",
};

/** What one approved record adds to its org-month row, column by column. */
export const ORG_STAT_EXPRESSIONS: Record<OrgStatKey, SQL> = {
  records: sql`1`,
  sessions: when(kindIs("study_session")),
  sessionHours: when(kindIs("study_session"), num(records.hours)),
  attendance: when(kindIs("study_session"), num(sql`${records.participants}`)),
  attendeeHours: when(kindIs("study_session"), sql`${num(records.hours)} * ${num(sql`${records.participants}`)}`),
  proposals: when(kindIs("proposal")),
  proposalsAdopted: when(sql`${kindIs("proposal")} and coalesce(${records.adopted}, false)`),
  proposalBenefit: when(kindIs("proposal"), num(sql`${records.benefitYuan}`)),
  innovations: when(kindIs("innovation")),
  innovationBenefit: when(kindIs("innovation"), num(sql`${records.benefitYuan}`)),
  innovations10k: when(sql`${kindIs("innovation")} and coalesce(${records.benefitYuan}, 0) >= ${INNOVATION_THRESHOLD_YUAN}`),
  innovations10kBenefit: when(sql`${kindIs("innovation")} and coalesce(${records.benefitYuan}, 0) >= ${INNOVATION_THRESHOLD_YUAN}`, num(sql`${records.benefitYuan}`)),
  trainings: when(kindIs("training")),
  trainingClasses: when(kindIs("training"), num(sql`${records.quantity}`)),
  trainingTrainees: when(kindIs("training"), num(sql`${records.participants}`)),
  reemploymentClasses: when(sql`${kindIs("training")} and ${detailBool("reemployment")}`, num(sql`${records.quantity}`)),
  reemploymentTrainees: when(sql`${kindIs("training")} and ${detailBool("reemployment")}`, num(sql`${records.participants}`)),
  reemployed: when(sql`${kindIs("training")} and ${detailBool("reemployment")}`, detailInt("employedAfter")),
  competitions: when(kindIs("competition")),
  competitionParticipants: when(kindIs("competition"), num(sql`${records.participants}`)),
  competitionWinners: when(kindIs("competition"), detailInt("winners")),
  cultureEvents: when(kindIs("culture")),
  cultureParticipants: when(kindIs("culture"), num(sql`${records.participants}`)),
  publicityItems: when(kindIs("publicity")),
  publicityForum: sql`0`,
  publicityTrainingClass: sql`0`,
  publicityBanner: sql`0`,
  publicityBulletin: sql`0`,
  publicityLeaflet: sql`0`,
  publicityBlackboard: sql`0`,
  publicityMedia: sql`0`,
};
for (const [channel, key] of Object.entries(PUBLICITY_COLUMN)) {
  ORG_STAT_EXPRESSIONS[key] = when(sql`${kindIs("publicity")} and ${records.details}->>'channel' = ${channel}`, num(sql`${records.quantity}`));
}

export const ORG_STAT_KEYS = Object.keys(ORG_STAT_EXPRESSIONS) as OrgStatKey[];
export type OrgStatFigures = Record<OrgStatKey, number>;

/**
 * Where each kind's count, headline figure (KINDS[kind].headline; summed over several columns for
 * publicity's channels) and people taking part live in the org-month rows, so a period's activity per
 * kind is read from the aggregates instead of summed from a county's ~200,000 approved records on
 * every home page.
 */
export const KIND_ACTIVITY_STATS: Record<RecordKind, { records: OrgStatKey; headline: OrgStatKey[]; participants: OrgStatKey[] }> = {
  study_session: { records: "sessions", headline: ["sessionHours"], participants: ["attendance"] },
  proposal: { records: "proposals", headline: ["proposalBenefit"], participants: [] },
  innovation: { records: "innovations", headline: ["innovationBenefit"], participants: [] },
  training: { records: "trainings", headline: ["trainingTrainees"], participants: ["trainingTrainees"] },
  competition: { records: "competitions", headline: ["competitionParticipants"], participants: ["competitionParticipants"] },
  culture: { records: "cultureEvents", headline: ["cultureParticipants"], participants: ["cultureParticipants"] },
  publicity: { records: "publicityItems", headline: Object.values(PUBLICITY_COLUMN), participants: [] },
};

const rw = sql.raw(`"record_workers"`);
const role = (r: string) => sql`${rw}."role" = ${r}`;

/** What one approved record adds to each named worker's year row. */
const WORKER_STAT_EXPRESSIONS: Record<WorkerStatKey, SQL> = {
  sessions: when(sql`${kindIs("study_session")} and ${role("attendee")}`),
  studyHours: when(sql`${kindIs("study_session")} and ${role("attendee")}`, num(records.hours)),
  proposals: when(sql`${kindIs("proposal")} and ${role("proposer")}`),
  proposalsAdopted: when(sql`${kindIs("proposal")} and ${role("proposer")} and coalesce(${records.adopted}, false)`),
  innovations: when(sql`${kindIs("innovation")} and ${role("member")}`),
  innovations10k: when(sql`${kindIs("innovation")} and ${role("member")} and coalesce(${records.benefitYuan}, 0) >= ${INNOVATION_THRESHOLD_YUAN}`),
};
const WORKER_STAT_KEYS = Object.keys(WORKER_STAT_EXPRESSIONS) as WorkerStatKey[];

const orgCols = getTableColumns(orgMonthStats);
const workerCols = getTableColumns(workerYearStats);
const ident = (name: string): SQL => sql`${sql.identifier(name)}`;
const list = (items: SQL[]) => sql.join(items, sql`, `);

/** INSERT … SELECT of org-month rows from approved records matching `where`, times `sign`. */
function orgStatsInsert(where: SQL, sign: 1 | -1, upsert: boolean): SQL {
  const metricNames = ORG_STAT_KEYS.map((k) => orgCols[k].name);
  const month = sql`date_trunc('month', ${records.occurredOn})::date`;
  return sql`insert into ${orgMonthStats} (county_id, unit_id, team_id, org_id, owner_level, month, ${list(metricNames.map(ident))})
    select ${records.countyId}, ${records.unitId}, ${records.teamId}, coalesce(${records.teamId}, ${records.unitId}, ${records.countyId}),
      ${records.ownerLevel}, ${month}, ${list(ORG_STAT_KEYS.map((k) => sql`${sql.raw(String(sign))} * sum(${ORG_STAT_EXPRESSIONS[k]})`))}
    from ${records}
    where ${where}
    group by ${records.countyId}, ${records.unitId}, ${records.teamId}, ${records.ownerLevel}, ${month}
    order by 4, 5, 6
    ${upsert ? sql`on conflict (org_id, owner_level, month) do update set ${list(metricNames.map((n) => sql`${ident(n)} = ${orgMonthStats}.${ident(n)} + excluded.${ident(n)}`))}` : sql``}`;
}

/** INSERT … SELECT of worker-year rows from approved records matching `where`, times `sign`. */
function workerStatsInsert(where: SQL, sign: 1 | -1, upsert: boolean): SQL {
  const metricNames = WORKER_STAT_KEYS.map((k) => workerCols[k].name);
  const year = sql`extract(year from ${records.occurredOn})::int`;
  return sql`insert into ${workerYearStats} (worker_id, year, county_id, unit_id, team_id, ${list(metricNames.map(ident))})
    select ${rw}."worker_id", ${year}, w.county_id, w.unit_id, w.team_id,
      ${list(WORKER_STAT_KEYS.map((k) => sql`${sql.raw(String(sign))} * sum(${WORKER_STAT_EXPRESSIONS[k]})`))}
    from ${rw}
    join ${records} on ${records.id} = ${rw}."record_id"
    join "workers" w on w.id = ${rw}."worker_id"
    where ${where}
    group by ${rw}."worker_id", ${year}, w.county_id, w.unit_id, w.team_id
    order by 1, 2
    ${upsert ? sql`on conflict (worker_id, year) do update set ${list(metricNames.map((n) => sql`${ident(n)} = ${workerYearStats}.${ident(n)} + excluded.${ident(n)}`))}` : sql``}`;
}

/**
 * Adds (sign 1: the record was just approved) or subtracts (sign −1: an approved record was just
 * reopened) one record's contribution. Call it inside the transition's transaction, after the
 * guarded UPDATE: the record's values cannot change while it is approved, so what is subtracted is
 * exactly what was added.
 */
export async function applyRecordToStats(tx: Queryable, recordId: string, sign: 1 | -1): Promise<void> {
  const where = sql`${records.id} = ${recordId}`;
  await tx.execute(orgStatsInsert(where, sign, true));
  await tx.execute(workerStatsInsert(where, sign, true));
}

/**
 * Rebuilds a county's aggregates from its approved records in two bulk statements each: used by the
 * demo seed and as the repair tool. Run it in a transaction (the seed's, or its own).
 */
export async function recomputeCountyStats(db: Queryable, countyId: string): Promise<void> {
  await db.execute(sql`delete from ${orgMonthStats} where ${orgMonthStats.countyId} = ${countyId}`);
  await db.execute(sql`delete from ${workerYearStats} where ${workerYearStats.countyId} = ${countyId}`);
  const where = sql`${records.countyId} = ${countyId} and ${records.status} = 'approved'`;
  await db.execute(orgStatsInsert(where, 1, false));
  await db.execute(workerStatsInsert(where, 1, false));
}
