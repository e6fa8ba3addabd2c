import { randomUUID } from "node:crypto";
import type { Transaction } from "../client";
import { auditLog, recordWorkers, records, type NewRecordRow } from "../schema";
import type { OwnerLevel, RecordKind, RecordStatus, RecordWorkerRole, TeamKind, UnitKind } from "../../lib/domain/enums";
import { KINDS } from "../../lib/records/kinds";
import {
  COMMON_PROPOSALS,
  COMMON_TOPICS,
  CONTENT_WEIGHTS,
  COUNTY_EVENTS,
  COUNTY_TRADES,
  ENTERPRISE_TOPICS,
  INDUSTRY_PROPOSALS,
  INDUSTRY_TOPICS,
  INNOVATIONS,
  MEDIA,
  MONTH_TOPICS,
  NIGHT_SCHOOL,
  PUBLIC_SECTOR_TOPICS,
  REEMPLOYMENT_SPECIALTIES,
  SESSION_PLACES,
  SESSION_SUMMARIES,
  SOCIAL_SUMMARIES,
  SOCIAL_TOPICS,
  UNIT_CONTESTS,
  UNIT_COURSES,
  UNIT_EVENTS,
  UNIT_FORUMS,
  type ProposalText,
  type StudyContent,
  type Topic,
} from "./demo-records-content";
import { createRandom, type Random } from "./random";
import { CHINA_OFFSET_MS } from "../../lib/time";

/**
 * A year of the demo county's work (Jan 1 of `today`'s year up to `today`, China time): team study
 * sessions with attendance, proposals, innovations, courses, contests, culture events and publicity,
 * each with its workflow history (created → submitted → approved, a review queue in the last weeks,
 * a couple of drafts, one rejected session) and the matching audit rows. Same output for the same
 * `today` on every machine, apart from the generated ids.
 */

export interface DemoWorkerRef {
  id: string;
  name: string;
}

export interface DemoTeamRef {
  id: string;
  name: string;
  kind: TeamKind;
  leaderUserId: string;
  leaderUsername: string;
  /** Active roster; the first is the team leader. */
  workers: readonly DemoWorkerRef[];
}

export interface DemoUnitRef {
  id: string;
  code: string;
  name: string;
  kind: UnitKind;
  industry: string;
  unionUserId: string;
  unionUsername: string;
  teams: readonly DemoTeamRef[];
}

export interface DemoRecordsContext {
  today: Date;
  /**
   * Last year's records, seeded as a whole past year: `today` is its last evening, everything was
   * approved (reviews of late-December work in January, up to `reviewedBy`), no queues, no drafts.
   */
  pastYear?: { reviewedBy: Date };
  countyId: string;
  officeUserId: string;
  units: readonly DemoUnitRef[];
}

export interface DemoRecordsSummary {
  records: number;
  byKind: Partial<Record<RecordKind, number>>;
  byStatus: Partial<Record<RecordStatus, number>>;
}

export const DEMO_RECORDS_SEED = 20260315;
/** The reason on the one rejected study session (`leader`'s team). */
export const DEMO_REJECTION_NOTE = "参加人员与签到表不符，请核对后重新提交。";
/** The leader and union accounts whose queues the demo fills. */
const DEMO_LEADERS = ["leader", "leader2"] as const;
const OFFICE_QUEUE_UNITS = ["红星集团", "龙新公司"] as const;
/** Who is late this month (nothing submitted since the 1st), so 催办 has someone to remind. */
const LATE_TEAMS = [["红星集团", "设备维修班"], ["化工机械厂", "铆焊班"]] as const;
const LATE_UNITS = ["腾达机电"] as const;

function isLateThisMonth(spec: Spec): boolean {
  if (spec.unit && (LATE_UNITS as readonly string[]).includes(spec.unit.name)) return true;
  return LATE_TEAMS.some(([unit, team]) => spec.unit?.name === unit && spec.team?.name === team && spec.ownerLevel === "team");
}

const DAY_MS = 86_400_000;
const BATCH = 500;

// ---- calendar (days are China calendar dates as day numbers since 1970-01-01) ----

const chinaDay = (t: Date) => Math.floor((t.getTime() + CHINA_OFFSET_MS) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const dayOf = (year: number, month: number, date: number) => Date.UTC(year, month - 1, date) / DAY_MS;
const weekday = (day: number) => new Date(day * DAY_MS).getUTCDay();
const isWeekend = (day: number) => weekday(day) === 0 || weekday(day) === 6;
const monthOf = (day: number) => new Date(day * DAY_MS).getUTCMonth() + 1;
/** The instant of hh:mm China time on `day`. */
const at = (day: number, hour: number, minute: number) => new Date(day * DAY_MS - CHINA_OFFSET_MS + (hour * 60 + minute) * 60_000);
const addMinutes = (t: Date, minutes: number) => new Date(t.getTime() + minutes * 60_000);
const nextWorkday = (day: number) => {
  while (isWeekend(day)) day++;
  return day;
};
const minDate = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
const maxDate = (a: Date, b: Date) => (a.getTime() >= b.getTime() ? a : b);

interface Calendar {
  year: number;
  first: number;
  /** The last day records may fall on: today once it is past noon in China, else yesterday. */
  last: number;
  today: number;
  now: Date;
}

function calendarOf(now: Date): Calendar {
  const today = chinaDay(now);
  const year = new Date(today * DAY_MS).getUTCFullYear();
  const chinaHour = new Date(now.getTime() + CHINA_OFFSET_MS).getUTCHours();
  return { year, first: dayOf(year, 1, 1), last: chinaHour >= 12 ? today : today - 1, today, now };
}

/** The months so far: [first day, last day included, share of the month elapsed]. */
function monthsOf(cal: Calendar): { month: number; from: number; to: number; share: number }[] {
  const out = [];
  for (let m = 1; m <= 12; m++) {
    const from = dayOf(cal.year, m, 1);
    const end = dayOf(cal.year, m + 1, 1) - 1;
    if (from > cal.last) break;
    const to = Math.min(end, cal.last);
    out.push({ month: m, from, to, share: (to - from + 1) / (end - from + 1) });
  }
  return out;
}

/** `n` distinct days in [from, to], mostly on weekdays, sorted. */
function pickDays(rng: Random, from: number, to: number, n: number, weekendOk = 0.1): number[] {
  const span = to - from + 1;
  const chosen = new Set<number>();
  for (let tries = 0; chosen.size < Math.min(n, span) && tries < n * 20; tries++) {
    const d = from + Math.floor(rng.next() * span);
    if (isWeekend(d) && !rng.chance(weekendOk)) continue;
    chosen.add(d);
  }
  return [...chosen].sort((a, b) => a - b);
}

function pickDay(rng: Random, from: number, to: number): number {
  return pickDays(rng, from, to, 1)[0] ?? from;
}

/** Scales a monthly/quarterly count to the share of the period elapsed, keeping it an integer. */
function scaled(rng: Random, n: number, share: number): number {
  const x = n * share;
  const whole = Math.floor(x);
  return whole + (rng.chance(x - whole) ? 1 : 0);
}

function sample<T>(rng: Random, items: readonly T[], n: number): T[] {
  const copy = [...items];
  const k = Math.min(n, copy.length);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng.next() * (copy.length - i));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy.slice(0, k);
}

const between = (rng: Random, [lo, hi]: readonly [number, number]) => lo + rng.next() * (hi - lo);
const roundTo = (x: number, step: number) => Math.round(x / step) * step;

// ---- records as they are generated, before their workflow is decided ----

type Values = Record<string, unknown>;

interface Spec {
  id: string;
  kind: RecordKind;
  ownerLevel: OwnerLevel;
  unit: DemoUnitRef | null;
  team: DemoTeamRef | null;
  day: number;
  values: Values;
  createdBy: string;
  reviewerId: string | null;
  // the workflow, decided afterwards
  status: RecordStatus;
  createdAt: Date;
  submittedAt: Date;
  reviewedAt: Date;
  /** Saved as a draft first and submitted later (one more version). */
  draftFirst: boolean;
  reviewNote: string | null;
}

class Generator {
  readonly specs: Spec[] = [];
  private usedTitles = new Map<string, Map<string, number>>();

  constructor(
    readonly rng: Random,
    readonly ctx: DemoRecordsContext,
    readonly cal: Calendar,
  ) {}

  add(
    kind: RecordKind,
    owner: { level: OwnerLevel; unit: DemoUnitRef | null; team: DemoTeamRef | null },
    day: number,
    values: Values,
  ) {
    const createdBy =
      owner.level === "team" ? owner.team!.leaderUserId : owner.level === "unit" ? owner.unit!.unionUserId : this.ctx.officeUserId;
    const reviewerId = owner.level === "team" ? owner.unit!.unionUserId : owner.level === "unit" ? this.ctx.officeUserId : null;
    this.specs.push({
      id: randomUUID(),
      kind,
      ownerLevel: owner.level,
      unit: owner.unit,
      team: owner.team,
      day,
      values: { ...values, occurredOn: isoOf(day) },
      createdBy,
      reviewerId,
      status: "approved",
      createdAt: new Date(0),
      submittedAt: new Date(0),
      reviewedAt: new Date(0),
      draftFirst: false,
      reviewNote: null,
    });
  }

  /** A title not yet used in `scope` if one of a few tries finds it; repeats become a series (第2讲). */
  freshTitle<T>(scope: string, pick: () => T, titleOf: (t: T) => string, series: (title: string, n: number) => string): [T, string] {
    let used = this.usedTitles.get(scope);
    if (!used) this.usedTitles.set(scope, (used = new Map()));
    let choice = pick();
    for (let i = 0; i < 4 && used.has(titleOf(choice)); i++) choice = pick();
    const base = titleOf(choice);
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return [choice, n === 1 ? base : series(base, n)];
  }
}

// ---- study sessions ----

function topicsFor(unit: DemoUnitRef): Topic[] {
  return [
    ...COMMON_TOPICS,
    ...(unit.kind === "enterprise" ? ENTERPRISE_TOPICS : PUBLIC_SECTOR_TOPICS),
    ...(INDUSTRY_TOPICS[unit.industry] ?? []),
  ];
}

function genStudySessions(g: Generator) {
  const { rng } = g;
  for (const unit of g.ctx.units) {
    const topics = topicsFor(unit);
    for (const team of unit.teams) {
      const roster = team.workers;
      if (!roster.length) continue;
      // The demo leaders' teams are model teams (示范班组): they meet four or five times a month.
      const model = (DEMO_LEADERS as readonly string[]).includes(team.leaderUsername);
      for (const { month, from, to, share } of monthsOf(g.cal)) {
        const days = pickDays(rng, from, to, scaled(rng, model ? rng.int(4, 5) : rng.int(2, 5), share));
        const monthTopic = MONTH_TOPICS[month];
        days.forEach((day, i) => {
          const form = rng.weighted([["on_the_job", 70], ["centralised", 24], ["social", 6]] as const);
          let topic: Topic;
          let title: string;
          let place: string | null = null;
          if (form === "social") {
            [topic, place] = rng.pick(SOCIAL_TOPICS[unit.kind]);
            title = topic[0];
          } else if (monthTopic && i === 0 && rng.chance(0.4)) {
            topic = monthTopic;
            title = topic[0];
          } else {
            const content = rng.weighted(CONTENT_WEIGHTS[unit.kind]);
            const pool = topics.filter((t) => t[1] === content);
            [topic, title] = g.freshTitle(
              team.id,
              () => rng.pick(pool.length ? pool : topics),
              (t) => t[0],
              (base, n) => `${base}（第${n}讲）`,
            );
          }
          const contents: StudyContent[] = [topic[1]];
          if (topic[2] && rng.chance(0.45)) contents.push(topic[2]);
          const hours =
            form === "on_the_job" ? rng.pick([1, 1, 1.5, 1.5, 2]) : form === "centralised" ? rng.pick([1.5, 2, 2.5, 3]) : rng.pick([2, 2.5, 3]);
          const presenter = form === "social" ? null : rng.chance(0.55) ? roster[0]! : rng.pick(roster);
          const n = Math.max(1, Math.ceil(roster.length * between(rng, [0.6, 1])));
          const attendees = sample(rng, roster, n);
          if (presenter && !attendees.includes(presenter)) attendees[attendees.length - 1] = presenter;
          const location =
            place !== null
              ? place
              : form === "centralised"
                ? rng.pick(SESSION_PLACES.centralised[unit.kind])
                : team.kind === "team"
                  ? rng.pick(SESSION_PLACES.team)
                  : rng.pick(SESSION_PLACES.section);
          const summary = rng
            .pick(form === "social" ? SOCIAL_SUMMARIES : SESSION_SUMMARIES)
            .replace("{p}", presenter?.name ?? "授课老师")
            .replace("{n}", String(attendees.length))
            .replace("{k}", String(rng.int(2, 5)))
            .replace("{s}", String(rng.int(82, 96)));
          g.add("study_session", { level: "team", unit, team }, day, {
            title,
            contents,
            form,
            hours,
            presenter: presenter?.name,
            location,
            summary,
            attendees: attendees.map((w) => w.id),
          });
        });
      }
    }
  }
}

// ---- proposals and innovations ----

function proposalValues(rng: Random, unit: DemoUnitRef, team: DemoTeamRef, text: ProposalText, title: string): Values {
  const adopted = rng.chance(0.4);
  const publicSector = unit.kind !== "enterprise";
  let benefit: number | undefined;
  if (adopted) {
    const band = publicSector
      ? rng.weighted([[0, 60], [1, 40]] as const)
      : rng.weighted([[0, 20], [1, 45], [2, 25], [3, 10]] as const);
    benefit =
      band === 0 ? 0 : band === 1 ? roundTo(rng.int(500, 10_000), 100) : band === 2 ? roundTo(rng.int(10_000, 50_000), 500) : roundTo(rng.int(50_000, 200_000), 1000);
  }
  const proposers = sample(rng, team.workers, rng.weighted([[1, 60], [2, 30], [3, 10]] as const));
  return {
    title,
    content: text[1],
    proposers: proposers.map((w) => w.id),
    adopted,
    implemented: adopted && rng.chance(0.75),
    benefitYuan: benefit,
  };
}

function proposalsFor(unit: DemoUnitRef): readonly ProposalText[] {
  return [...(INDUSTRY_PROPOSALS[unit.industry] ?? []), ...COMMON_PROPOSALS[unit.kind === "enterprise" ? "enterprise" : "public"]];
}

function genProposals(g: Generator) {
  const { rng, cal } = g;
  const quarters = [];
  for (let q = 0; q < 4; q++) {
    const from = dayOf(cal.year, q * 3 + 1, 1);
    const end = dayOf(cal.year, q * 3 + 4, 1) - 1;
    if (from > cal.last) break;
    const to = Math.min(end, cal.last);
    quarters.push({ from, to, share: (to - from + 1) / (end - from + 1) });
  }
  for (const unit of g.ctx.units) {
    const pool = proposalsFor(unit);
    const pick = () => rng.pick(pool);
    // Fresh per team; a team raising the same idea again adds to it.
    const series = (base: string) => `${base}（补充建议）`;
    for (const { from, to, share } of quarters) {
      for (const team of unit.teams) {
        if (!team.workers.length) continue;
        for (const day of pickDays(rng, from, to, scaled(rng, rng.int(1, 3), share))) {
          const [text, title] = g.freshTitle(`proposal:${team.id}`, pick, (t) => t[0], series);
          g.add("proposal", { level: "team", unit, team }, day, proposalValues(rng, unit, team, text, title));
        }
      }
      // The union logs some itself (collected at forums, the suggestion box …), attributed to a team.
      for (const day of pickDays(rng, from, to, scaled(rng, rng.int(1, 2), share))) {
        const team = rng.pick(unit.teams);
        if (!team.workers.length) continue;
        const [text, title] = g.freshTitle(`proposal:${team.id}`, pick, (t) => t[0], series);
        g.add("proposal", { level: "unit", unit, team }, day, { ...proposalValues(rng, unit, team, text, title), team: team.id });
      }
    }
  }
}

function genInnovations(g: Generator) {
  const { rng, cal } = g;
  for (const unit of g.ctx.units) {
    for (const inv of INNOVATIONS[unit.industry] ?? []) {
      const team = unit.teams[inv.team] ?? unit.teams[0];
      if (!team) continue;
      const day = pickDay(rng, dayOf(cal.year, inv.month, 1), dayOf(cal.year, inv.month + 1, 1) - 1);
      if (day > cal.last) continue;
      const members = [team.workers[0]!, ...sample(rng, team.workers.slice(1), rng.int(2, 5))];
      g.add("innovation", { level: "unit", unit, team }, day, {
        title: inv.title,
        team: team.id,
        description: inv.description,
        result: inv.result,
        members: members.map((w) => w.id),
        benefitYuan: inv.benefit,
      });
    }
  }
}

// ---- unit and county work ----

const unitSize = (unit: DemoUnitRef) => unit.teams.reduce((s, t) => s + t.workers.length, 0);

function genTraining(g: Generator) {
  const { rng, cal } = g;
  for (const unit of g.ctx.units) {
    const size = unitSize(unit);
    const courses = UNIT_COURSES[unit.industry] ?? [];
    for (const course of courses) {
      // Each course runs once or twice a year, in a month of its own.
      const runs = rng.int(1, 2);
      for (let r = 0; r < runs; r++) {
        const month = r === 0 ? rng.int(2, 6) : rng.int(8, 11);
        const day = pickDay(rng, dayOf(cal.year, month, 1), dayOf(cal.year, month + 1, 1) - 1);
        if (day > cal.last) continue;
        const classes = rng.int(course.classes[0], course.classes[1]);
        const trainees = Math.max(3, Math.round(size * between(rng, course.share)));
        g.add("training", { level: "unit", unit, team: null }, day, {
          title: runs > 1 ? `${course.title}（${r === 0 ? "上半年" : "下半年"}）` : course.title,
          specialty: course.specialty,
          classes,
          trainees,
          hours: rng.int(course.hours[0], course.hours[1]),
          reemployment: false,
        });
      }
    }
    const nightSchool = NIGHT_SCHOOL[unit.industry];
    if (nightSchool && rng.chance(0.6)) {
      const day = pickDay(rng, dayOf(cal.year, 3, 1), dayOf(cal.year, 3, 20));
      if (day <= cal.last) {
        g.add("training", { level: "unit", unit, team: null }, day, {
          title: `职工夜大学历班（${nightSchool}）`,
          specialty: nightSchool,
          classes: 1,
          trainees: rng.int(8, 20),
          hours: rng.int(160, 240),
          reemployment: false,
        });
      }
    }
  }

  // The office: 再就业 courses at the 市职工中专 base, rolling from March, a few a month.
  const office = { level: "county" as const, unit: null, team: null };
  const seq = new Map<string, number>();
  for (const { month, from, to, share } of monthsOf(cal)) {
    if (month < 3) continue;
    for (const day of pickDays(rng, from, to, scaled(rng, rng.int(4, 7), share))) {
      const specialty = rng.pick(REEMPLOYMENT_SPECIALTIES);
      const n = (seq.get(specialty) ?? 0) + 1;
      seq.set(specialty, n);
      const classes = rng.weighted([[1, 80], [2, 20]] as const);
      const trainees = rng.int(60, 130) * classes;
      // Courses that ended recently have placed fewer of their trainees so far.
      const placed = cal.last - day < 45 ? between(rng, [0.2, 0.5]) : between(rng, [0.45, 0.85]);
      g.add("training", office, day, {
        title: `${specialty}再就业技能培训班（第${n}期）`,
        specialty,
        classes,
        trainees,
        hours: rng.pick([40, 48, 60, 72, 80, 96, 120]),
        reemployment: true,
        employedAfter: Math.floor(trainees * placed),
      });
    }
  }
  for (const [month, title, specialty] of [
    [4, "全市班组长创争骨干培训班", "班组管理"],
    [6, "基层工会干部业务培训班", "工会业务"],
    [10, "全市班组长创争骨干培训班（第二期）", "班组管理"],
  ] as const) {
    const day = pickDay(rng, dayOf(cal.year, month, 1), dayOf(cal.year, month + 1, 1) - 1);
    if (day > cal.last) continue;
    g.add("training", office, day, { title, specialty, classes: 1, trainees: rng.int(90, 160), hours: rng.pick([16, 24]), reemployment: false });
  }
}

function genCompetitions(g: Generator) {
  const { rng, cal } = g;
  const inMonth = (month: number) => pickDay(rng, dayOf(cal.year, month, 1), dayOf(cal.year, month + 1, 1) - 1);
  for (const unit of g.ctx.units) {
    const size = unitSize(unit);
    if (unit.kind === "enterprise") {
      const day = inMonth(6);
      if (day <= cal.last) {
        const participants = Math.round(size * between(rng, [0.7, 0.95]));
        g.add("competition", { level: "unit", unit, team: null }, day, {
          title: "“安康杯”安全知识竞赛",
          trade: undefined,
          level: "unit",
          participants,
          winners: rng.int(5, 12),
        });
      }
    }
    for (const [trade, stem] of UNIT_CONTESTS[unit.industry] ?? []) {
      const day = inMonth(rng.int(4, 10));
      if (day > cal.last) continue;
      const participants = Math.max(6, Math.round(size * between(rng, trade ? ([0.1, 0.3] as const) : ([0.4, 0.8] as const))));
      g.add("competition", { level: "unit", unit, team: null }, day, {
        title: stem,
        trade: trade ?? undefined,
        level: "unit",
        participants,
        winners: Math.min(participants, rng.int(3, 6)),
      });
    }
  }
  // The county's contests and the five who went on to the province.
  const office = { level: "county" as const, unit: null, team: null };
  const ankang = inMonth(7);
  if (ankang <= cal.last) {
    g.add("competition", office, ankang, { title: "全市“安康杯”竞赛知识答题", level: "county", participants: rng.int(800, 1500), winners: rng.int(30, 60) });
  }
  const provincial = [2, 1, 1, 1, 0, 0];
  COUNTY_TRADES.forEach((trade, i) => {
    const day = inMonth(8 + (i % 2));
    if (day > cal.last) return;
    const participants = rng.int(24, 60);
    g.add("competition", office, day, {
      title: `全市职工职业技能大赛（${trade}）`,
      trade,
      level: "county",
      participants,
      winners: rng.int(3, 6),
    });
    const sent = provincial[i]!;
    const provDay = inMonth(10);
    if (sent && provDay <= cal.last) {
      g.add("competition", office, provDay, {
        title: `省总工会职工职业技能大赛（${trade}）`,
        trade,
        level: "province",
        participants: sent,
        winners: sent,
      });
    }
  });
  // 化工机械厂 sends its turners and welders to the county contest.
  const hj = g.ctx.units.find((u) => u.industry === "专用设备制造");
  if (hj) {
    for (const trade of ["车工", "焊工"]) {
      const day = inMonth(8);
      if (day > cal.last) continue;
      const participants = rng.int(3, 5);
      g.add("competition", { level: "unit", unit: hj, team: null }, day, {
        title: `参加全市职工职业技能大赛（${trade}）`,
        trade,
        level: "county",
        participants,
        winners: rng.int(1, 2),
      });
    }
  }
}

function genCulture(g: Generator) {
  const { rng, cal } = g;
  const office = { level: "county" as const, unit: null, team: null };
  for (const [month, date, title, eventType, range] of COUNTY_EVENTS) {
    const day = dayOf(cal.year, month, date);
    if (day > cal.last) continue;
    g.add("culture", office, day, { title, eventType, participants: roundTo(rng.int(range[0], range[1]), 10) });
  }
  for (const unit of g.ctx.units) {
    const size = unitSize(unit);
    const events = sample(rng, UNIT_EVENTS.slice(1), rng.int(3, 6));
    for (const [month, title, eventType, share] of [UNIT_EVENTS[0]!, ...events]) {
      const day = pickDay(rng, dayOf(cal.year, month, 1), dayOf(cal.year, month + 1, 1) - 1);
      if (day > cal.last) continue;
      g.add("culture", { level: "unit", unit, team: null }, day, { title, eventType, participants: Math.max(5, Math.round(size * between(rng, share))) });
    }
  }
}

function genPublicity(g: Generator) {
  const { rng, cal } = g;
  const inMonth = (month: number) => pickDay(rng, dayOf(cal.year, month, 1), dayOf(cal.year, month + 1, 1) - 1);
  for (const unit of g.ctx.units) {
    const owner = { level: "unit" as const, unit, team: null };
    for (const { month, from, to } of monthsOf(cal)) {
      // A 创争 board every month; this month's went up in the last fortnight.
      const day = pickDay(rng, month === monthOf(cal.last) ? Math.max(from, to - 12) : from, to);
      g.add("publicity", owner, day, {
        title: `创争专栏板报（${month}月）`,
        channel: "blackboard",
        quantity: rng.int(1, 3),
        note: rng.chance(0.3) ? "围绕学习型班组创建和岗位成才内容出刊" : undefined,
      });
      if (unit.kind === "enterprise" && month % 2 === 0) {
        g.add("publicity", owner, pickDay(rng, from, to), { title: `《工会工作简报》创争专刊（${month}月）`, channel: "bulletin", quantity: 1 });
      }
      if (month % 3 === 0) {
        g.add("publicity", owner, pickDay(rng, from, to), { title: rng.pick(UNIT_FORUMS), channel: "forum", quantity: rng.int(1, 2) });
      }
    }
    for (const [month, title] of [[3, "悬挂创争活动宣传横幅"], [4, "悬挂庆五一宣传横幅"]] as const) {
      const day = inMonth(month);
      if (day <= cal.last) g.add("publicity", owner, day, { title, channel: "banner", quantity: rng.int(2, 8) });
    }
    if (rng.chance(0.7)) {
      const day = inMonth(rng.int(3, 9));
      if (day <= cal.last) g.add("publicity", owner, day, { title: "发放“争做知识型职工”宣传单", channel: "leaflet", quantity: roundTo(rng.int(200, 1500), 50) });
    }
    if (rng.chance(0.4)) {
      const day = inMonth(rng.int(4, 10));
      if (day <= cal.last) {
        g.add("publicity", owner, day, { title: `${rng.pick(MEDIA)}报道${unit.name}创争活动`, channel: "media", quantity: 1 });
      }
    }
  }

  const office = { level: "county" as const, unit: null, team: null };
  let issue = 0;
  for (const { month, from, to } of monthsOf(cal)) {
    if (month !== 2) g.add("publicity", office, pickDay(rng, from, to), { title: `《创争活动简报》第${++issue}期`, channel: "bulletin", quantity: 1 });
    if (rng.chance(0.6)) {
      g.add("publicity", office, pickDay(rng, from, to), { title: `${rng.pick(MEDIA)}专题报道创争活动`, channel: "media", quantity: rng.int(1, 3) });
    }
    if (month % 2 === 1) {
      g.add("publicity", office, pickDay(rng, from, to), {
        title: rng.pick(["全市创争活动推进座谈会", "乡镇工会创争工作座谈会", "学习型班组创建经验交流座谈会", "知识型职工代表座谈会"]),
        channel: "forum",
        quantity: rng.int(1, 4),
      });
    }
  }
  const fixed: [number, string, "banner" | "leaflet" | "training_class", number][] = [
    [3, "创争活动街面宣传横幅", "banner", rng.int(25, 35)],
    [4, "庆五一创争宣传横幅", "banner", rng.int(15, 25)],
    [3, "“创建学习型组织、争做知识型职工”宣传单", "leaflet", roundTo(rng.int(15_000, 25_000), 1000)],
    [6, "“安全生产月”暨创争活动宣传单", "leaflet", roundTo(rng.int(8_000, 15_000), 1000)],
    [9, "职工素质工程宣传单", "leaflet", roundTo(rng.int(8_000, 12_000), 1000)],
    [4, "创争活动骨干培训班", "training_class", 1],
    [10, "创争活动骨干培训班（第二期）", "training_class", 1],
  ];
  for (const [month, title, channel, quantity] of fixed) {
    const day = inMonth(month);
    if (day <= cal.last) g.add("publicity", office, day, { title, channel, quantity });
  }
}

// ---- workflow: timestamps and statuses ----

function planTimeline(rng: Random, spec: Spec, cal: Calendar) {
  const latest = addMinutes(cal.now, -1);
  let created: Date;
  let submitted: Date;
  let reviewed: Date;
  if (spec.ownerLevel === "team") {
    // Leaders log a session the same evening or the next morning; the union reviews a few days on.
    created = rng.chance(0.7) ? at(spec.day, rng.int(16, 20), rng.int(0, 59)) : at(spec.day + 1, rng.int(8, 11), rng.int(0, 59));
    spec.draftFirst = rng.chance(0.15);
    submitted = spec.draftFirst ? at(chinaDay(created) + 1, rng.int(8, 17), rng.int(0, 59)) : addMinutes(created, rng.int(2, 25));
    reviewed = at(nextWorkday(chinaDay(submitted) + rng.int(1, 4)), rng.int(9, 17), rng.int(0, 59));
  } else if (spec.ownerLevel === "unit") {
    created = at(nextWorkday(spec.day + rng.int(0, 3)), rng.int(9, 17), rng.int(0, 59));
    spec.draftFirst = rng.chance(0.1);
    submitted = spec.draftFirst ? at(nextWorkday(chinaDay(created) + 1), rng.int(9, 17), rng.int(0, 59)) : addMinutes(created, rng.int(3, 30));
    reviewed = at(nextWorkday(chinaDay(submitted) + rng.int(1, 5)), rng.int(9, 17), rng.int(0, 59));
  } else {
    created = at(nextWorkday(spec.day + rng.int(0, 2)), rng.int(9, 17), rng.int(0, 59));
    submitted = addMinutes(created, rng.int(1, 10));
    reviewed = submitted;
  }
  // Nothing happens after the seeding moment, nor before the day it records.
  const floor = at(spec.day, 8, 0);
  if (created > latest) created = maxDate(floor, addMinutes(latest, -rng.int(10, 120)));
  created = minDate(created, latest);
  submitted = minDate(maxDate(submitted, created), latest);
  if (spec.ownerLevel === "county") reviewed = submitted;
  spec.createdAt = created;
  spec.submittedAt = submitted;
  spec.reviewedAt = reviewed;
}

function decideStatuses(g: Generator) {
  const { rng, cal, ctx, specs } = g;
  const latest = addMinutes(cal.now, -1);
  for (const spec of specs) planTimeline(rng, spec, cal);

  for (const spec of specs) {
    if (spec.ownerLevel === "county") continue;
    const age = cal.today - spec.day;
    const p = spec.ownerLevel === "team" ? (age <= 2 ? 0.8 : age <= 7 ? 0.5 : age <= 14 ? 0.25 : age <= 21 ? 0.1 : 0) : age <= 7 ? 0.4 : age <= 21 ? 0.1 : 0;
    if (spec.reviewedAt > latest || rng.chance(p)) spec.status = "submitted";
  }

  const byDayDesc = (a: Spec, b: Spec) => b.day - a.day || b.createdAt.getTime() - a.createdAt.getTime();
  const teamsOf = (username: string) => ctx.units.flatMap((u) => u.teams).find((t) => t.leaderUsername === username);

  // The demo leaders' latest three team records wait for their unions; what came before has been
  // reviewed, and for `leader` the study session just before them was sent back, waiting to be fixed.
  for (const username of DEMO_LEADERS) {
    const team = teamsOf(username);
    const own = specs.filter((s) => s.team === team && s.ownerLevel === "team").sort(byDayDesc);
    own.forEach((s, i) => (s.status = i < 3 || s.reviewedAt > latest ? "submitted" : "approved"));
    if (username !== DEMO_LEADERS[0]) continue;
    const rejected =
      own.slice(3).find((s) => s.kind === "study_session" && s.reviewedAt <= latest) ??
      own.find((s) => s.kind === "study_session" && s.submittedAt < latest);
    if (rejected) {
      rejected.status = "rejected";
      rejected.reviewNote = DEMO_REJECTION_NOTE;
      if (rejected.reviewedAt > latest) rejected.reviewedAt = maxDate(rejected.submittedAt, minDate(addMinutes(rejected.submittedAt, 60), latest));
    }
  }

  // 红星集团 and 龙新公司 each have their latest unit record waiting for the office.
  for (const name of OFFICE_QUEUE_UNITS) {
    const latestOwn = specs.filter((s) => s.unit?.name === name && s.ownerLevel === "unit").sort(byDayDesc)[0];
    if (latestOwn && cal.today - latestOwn.day <= 21) latestOwn.status = "submitted";
  }

  // A couple of drafts: two teams' latest records and one unit's, still being written.
  const demoTeams = new Set(DEMO_LEADERS.map(teamsOf));
  const otherTeams = ctx.units.flatMap((u) => u.teams).filter((t) => !demoTeams.has(t));
  for (const team of sample(rng, otherTeams, 2)) {
    const last = specs.filter((s) => s.team === team && s.ownerLevel === "team").sort(byDayDesc)[0];
    if (last && cal.today - last.day <= 10) last.status = "draft";
  }
  const otherUnits = ctx.units.filter((u) => !(OFFICE_QUEUE_UNITS as readonly string[]).includes(u.name));
  const draftUnit = otherUnits.length ? rng.pick(otherUnits) : null;
  const lastUnit = specs.filter((s) => s.unit === draftUnit && s.ownerLevel === "unit").sort(byDayDesc)[0];
  if (lastUnit && cal.today - lastUnit.day <= 10) lastUnit.status = "draft";
}

/**
 * A finished year: every record approved, the last December's reviewed in the first days of January
 * (never after `reviewedBy`, the seeding moment). About one record in nine is left out, so the
 * campaign grows a little from one year to the next and 同比 has a change to show.
 */
function settlePastYear(g: Generator, reviewedBy: Date) {
  const latest = addMinutes(reviewedBy, -1);
  for (const spec of g.specs) planTimeline(g.rng, spec, g.cal);
  const kept = g.specs.filter(() => !g.rng.chance(0.11));
  g.specs.length = 0;
  g.specs.push(...kept);
  for (const spec of g.specs) {
    spec.status = "approved";
    spec.reviewedAt = maxDate(spec.submittedAt, minDate(spec.reviewedAt, latest));
  }
}

// ---- rows ----

function toRows(spec: Spec, countyId: string) {
  const columns: Partial<NewRecordRow> = {};
  const details: Record<string, unknown> = {};
  const named: { recordId: string; workerId: string; role: RecordWorkerRole }[] = [];
  for (const field of KINDS[spec.kind].fields) {
    const v = spec.values[field.name];
    if (field.type === "workers") {
      const ids = (v as string[] | undefined) ?? [];
      for (const workerId of ids) named.push({ recordId: spec.id, workerId, role: field.role });
      if (field.countInto) columns.participants = ids.length;
    } else if (field.type === "team") {
      // stored in team_id
    } else if ("column" in field && field.column) {
      (columns as Record<string, unknown>)[field.column] = v ?? null;
    } else {
      details[field.name] = v ?? null;
    }
  }

  const { status } = spec;
  const submitted = status !== "draft";
  const reviewed = status === "approved" || status === "rejected";
  const version = 1 + (submitted && spec.draftFirst ? 1 : 0) + (reviewed && spec.ownerLevel !== "county" ? 1 : 0);
  const lastChange = reviewed ? spec.reviewedAt : submitted ? spec.submittedAt : spec.createdAt;
  const record: NewRecordRow = {
    id: spec.id,
    kind: spec.kind,
    status,
    version,
    ownerLevel: spec.ownerLevel,
    countyId,
    unitId: spec.unit?.id ?? null,
    teamId: spec.team?.id ?? null,
    title: spec.values.title as string,
    occurredOn: isoOf(spec.day),
    hours: null,
    participants: null,
    quantity: null,
    benefitYuan: null,
    adopted: null,
    ...columns,
    details,
    createdBy: spec.createdBy,
    submittedAt: submitted ? spec.submittedAt : null,
    reviewedBy: reviewed ? (spec.reviewerId ?? spec.createdBy) : null,
    reviewedAt: reviewed ? spec.reviewedAt : null,
    reviewNote: spec.reviewNote,
    createdAt: spec.createdAt,
    updatedAt: lastChange,
  };

  const audit: (typeof auditLog.$inferInsert)[] = [];
  const entry = { entity: "record", entityId: spec.id, countyId };
  audit.push({ ...entry, actorId: spec.createdBy, action: "record.created", at: spec.createdAt, after: { kind: spec.kind, ...spec.values } });
  if (submitted) {
    if (spec.ownerLevel === "county") {
      // The office's own records are approved as they are submitted (as lib/records/mutations.ts logs it).
      audit.push({ ...entry, actorId: spec.createdBy, action: "record.submitted_approved", at: spec.submittedAt, after: { status: "approved" } });
    } else {
      audit.push({ ...entry, actorId: spec.createdBy, action: "record.submitted", at: spec.submittedAt, after: spec.draftFirst ? { status: "submitted" } : null });
    }
  }
  if (reviewed && spec.ownerLevel !== "county") {
    audit.push({
      ...entry,
      actorId: spec.reviewerId,
      action: status === "approved" ? "record.approved" : "record.rejected",
      at: spec.reviewedAt,
      after: status === "approved" ? { status } : { status, reason: spec.reviewNote },
    });
  }
  return { record, named, audit };
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let i = 0; i < rows.length; i += BATCH) await insert(rows.slice(i, i + BATCH));
}

/** Grows the demo county's year of records inside the seeding transaction. */
export async function seedDemoRecords(tx: Transaction, ctx: DemoRecordsContext): Promise<DemoRecordsSummary> {
  const cal = calendarOf(ctx.today);
  const summary: DemoRecordsSummary = { records: 0, byKind: {}, byStatus: {} };
  if (cal.last < cal.first) return summary; // New Year's morning: nothing has happened yet.

  const g = new Generator(createRandom(ctx.pastYear ? DEMO_RECORDS_SEED - cal.year : DEMO_RECORDS_SEED), ctx, cal);
  genStudySessions(g);
  genProposals(g);
  genInnovations(g);
  genTraining(g);
  genCompetitions(g);
  genCulture(g);
  genPublicity(g);
  if (ctx.pastYear) settlePastYear(g, ctx.pastYear.reviewedBy);
  else decideStatuses(g);

  const monthBegan = at(dayOf(cal.year, monthOf(cal.last), 1), 0, 0);
  // Oldest first, so lists ordered by insertion read naturally too.
  const specs = g.specs.filter((s) => ctx.pastYear || !(isLateThisMonth(s) && s.submittedAt >= monthBegan)).sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.day - b.day);
  const recordRows: NewRecordRow[] = [];
  const workerRows: (typeof recordWorkers.$inferInsert)[] = [];
  const auditRows: (typeof auditLog.$inferInsert)[] = [];
  for (const spec of specs) {
    const { record, named, audit } = toRows(spec, ctx.countyId);
    recordRows.push(record);
    workerRows.push(...named);
    auditRows.push(...audit);
    summary.byKind[spec.kind] = (summary.byKind[spec.kind] ?? 0) + 1;
    summary.byStatus[spec.status] = (summary.byStatus[spec.status] ?? 0) + 1;
  }
  summary.records = recordRows.length;
  auditRows.sort((a, b) => a.at!.getTime() - b.at!.getTime());

  await insertInBatches(recordRows, (b) => tx.insert(records).values(b));
  await insertInBatches(workerRows, (b) => tx.insert(recordWorkers).values(b));
  await insertInBatches(auditRows, (b) => tx.insert(auditLog).values(b));
  return summary;
}
