import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, sql } from "drizzle-orm";
import { orgMonthStats, records, workerYearStats } from "@/db/schema";
import { createRandom } from "@/db/seed/random";
import type { CurrentUser } from "@/lib/auth/load-user";
import type { RecordKind } from "@/lib/domain/enums";
import { createRecord, transitionRecord, updateRecord } from "@/lib/records/mutations";
import { chinaToday } from "@/lib/time";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { RECORD_KINDS } from "@/lib/domain/enums";
import { activityListHref, summariseApprovedActivity } from "@/lib/home/queries";
import { listRecords } from "@/lib/records/queries";
import { recordListFiltersSchema } from "@/lib/records/schemas";
import { KINDS } from "@/lib/records/kinds";
import { recordScopeFor } from "@/lib/records/scope";
import { KIND_ACTIVITY_STATS, ORG_STAT_KEYS, recomputeCountyStats } from "./aggregates";

/*
 * The maintained aggregates must equal a from-scratch recomputation after any sequence of approvals,
 * rejections, reopenings, edits and office records, on every test database.
 */

type Input = Record<string, unknown>;

/** A day of this year up to today, spread over the months so several month rows exist. */
function dayOf(rng: ReturnType<typeof createRandom>): string {
  const today = chinaToday();
  const start = Date.UTC(THIS_YEAR, 0, 1);
  const end = Date.parse(`${today}T00:00:00Z`);
  return new Date(start + Math.floor(rng.next() * ((end - start) / 86_400_000 + 1)) * 86_400_000).toISOString().slice(0, 10);
}

describe.each(TEST_DATABASES)("maintained aggregates on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  /** The aggregates of county A as comparable text, all-zero rows (everything subtracted again) left out. */
  async function snapshot() {
    const orgRows = await db.db
      .select()
      .from(orgMonthStats)
      .where(eq(orgMonthStats.countyId, f.org.A))
      .orderBy(asc(orgMonthStats.orgId), asc(orgMonthStats.ownerLevel), asc(orgMonthStats.month));
    const workerRows = await db.db
      .select()
      .from(workerYearStats)
      .where(eq(workerYearStats.countyId, f.org.A))
      .orderBy(asc(workerYearStats.workerId), asc(workerYearStats.year));
    const nonZero = (row: Record<string, unknown>, keys: string[]) => keys.some((k) => Number(row[k]) !== 0);
    return {
      org: orgRows.filter((r) => nonZero(r, ORG_STAT_KEYS)).map((r) => JSON.stringify(r)),
      worker: workerRows
        .filter((r) => nonZero(r, ["sessions", "studyHours", "proposals", "proposalsAdopted", "innovations", "innovations10k"]))
        .map((r) => JSON.stringify(r)),
    };
  }

  async function recomputed() {
    await db.db.transaction((tx) => recomputeCountyStats(tx, f.org.A));
    return snapshot();
  }

  it("equal a from-scratch recomputation after a random sequence of approvals, rejections and reopenings", async () => {
    const rng = createRandom(4242);
    const leaders = ["leader_t1", "leader_t2", "leader_t3"] as const;
    const teams = { leader_t1: f.org.T1, leader_t2: f.org.T2, leader_t3: f.org.T3 };
    const unionOf = { leader_t1: "union_u1", leader_t2: "union_u1", leader_t3: "union_u2" } as const;
    const office = await f.user("office_a");
    const ids: { id: string; owner: CurrentUser; reviewer: CurrentUser | null; kind: RecordKind }[] = [];

    const teamInput = (k: RecordKind, team: string): Input => {
      const roster = f.workersOf(team);
      const some = roster.filter(() => rng.chance(0.6));
      const named = some.length ? some : [roster[0]!];
      if (k === "study_session") {
        return { title: "班组学习", occurredOn: dayOf(rng), contents: ["technology"], form: "on_the_job", hours: String(rng.pick([1, 1.5, 2, 2.5])), attendees: named };
      }
      if (k === "proposal") {
        const adopted = rng.chance(0.5);
        return { title: "合理化建议", occurredOn: dayOf(rng), team: "", content: "改进工序", proposers: named, adopted, implemented: false, benefitYuan: adopted ? String(rng.int(0, 30_000)) : "" };
      }
      return { title: "技术革新", occurredOn: dayOf(rng), team: "", description: "改造设备", result: "", members: named, benefitYuan: String(rng.pick([5_000, 10_000, 25_000.5])) };
    };
    const unitInput = (k: RecordKind): Input => {
      switch (k) {
        case "training": {
          const reemployment = rng.chance(0.5);
          const trainees = rng.int(5, 60);
          return { title: "培训班", occurredOn: dayOf(rng), specialty: "焊接", classes: String(rng.int(1, 3)), trainees: String(trainees), hours: "16", reemployment, employedAfter: reemployment ? String(rng.int(0, trainees)) : "" };
        }
        case "competition": {
          const participants = rng.int(5, 40);
          return { title: "技能比武", occurredOn: dayOf(rng), trade: "车工", level: "unit", participants: String(participants), winners: String(rng.int(0, participants)) };
        }
        case "culture":
          return { title: "文艺汇演", occurredOn: dayOf(rng), eventType: "gala", participants: String(rng.int(10, 200)) };
        default:
          return { title: "宣传", occurredOn: dayOf(rng), channel: rng.pick(["forum", "banner", "leaflet", "media"]), quantity: String(rng.int(1, 500)), note: "" };
      }
    };

    // Records of every owner level and kind.
    for (let i = 0; i < 24; i++) {
      const leader = rng.pick(leaders);
      const k = rng.pick(["study_session", "study_session", "proposal", "innovation"] as const);
      const made = await createRecord(await f.user(leader), k, teamInput(k, teams[leader]), { submit: rng.chance(0.7) });
      expect(made.ok).toBe(true);
      if (made.ok) ids.push({ id: made.data!.id, owner: await f.user(leader), reviewer: await f.user(unionOf[leader]), kind: k });
    }
    for (let i = 0; i < 10; i++) {
      const k = rng.pick(["training", "competition", "culture", "publicity"] as const);
      const made = await createRecord(await f.user("union_u1"), k, unitInput(k), { submit: true });
      expect(made.ok).toBe(true);
      if (made.ok) ids.push({ id: made.data!.id, owner: await f.user("union_u1"), reviewer: office, kind: k });
    }
    // A proposal the union logs itself, attributed to team T2.
    const attributed = await createRecord(
      await f.user("union_u1"),
      "proposal",
      { title: "工会收集的建议", occurredOn: dayOf(rng), team: f.org.T2, content: "节能", proposers: f.workersOf(f.org.T2).slice(0, 1), adopted: true, implemented: true, benefitYuan: "8800" },
      { submit: true },
    );
    expect(attributed.ok).toBe(true);
    if (attributed.ok) ids.push({ id: attributed.data!.id, owner: await f.user("union_u1"), reviewer: office, kind: "proposal" });
    // The office's own records count as they are submitted.
    for (let i = 0; i < 4; i++) {
      const k = rng.pick(["training", "publicity", "culture"] as const);
      expect((await createRecord(office, k, unitInput(k), { submit: true })).ok).toBe(true);
    }

    // A random walk through the workflow.
    let approvals = 0;
    let reopenings = 0;
    for (let step = 0; step < 160; step++) {
      const rec = rng.pick(ids);
      const [row] = await db.db.select({ status: records.status, version: records.version }).from(records).where(eq(records.id, rec.id));
      const v = { version: row!.version };
      let result;
      switch (row!.status) {
        case "draft":
          result = await transitionRecord(rec.owner, rec.id, "submit", v);
          break;
        case "submitted":
          if (rng.chance(0.7)) {
            result = await transitionRecord(rec.reviewer!, rec.id, "approve", v);
            approvals++;
          } else result = await transitionRecord(rec.reviewer!, rec.id, "reject", { ...v, reason: "请补充材料" });
          break;
        case "approved":
          result = await transitionRecord(office, rec.id, "reopen", { ...v, reason: "数据有误，重新核对" });
          reopenings++;
          break;
        case "rejected": {
          // Edit a figure on the way back, so what is approved next differs from what was subtracted.
          if (rec.kind === "study_session") {
            const team = rec.owner.teamId!;
            const input = teamInput("study_session", team);
            result = await updateRecord(rec.owner, rec.id, row!.version, input, { submit: true });
          } else result = await transitionRecord(rec.owner, rec.id, "submit", v);
          break;
        }
      }
      expect(result, `step ${step}`).toMatchObject({ ok: true });
      if (step % 40 === 39) {
        const maintained = await snapshot();
        expect(await recomputed()).toEqual(maintained);
      }
    }
    expect(approvals).toBeGreaterThan(20);
    expect(reopenings).toBeGreaterThan(5);

    const maintained = await snapshot();
    expect(maintained.org.length).toBeGreaterThan(5);
    expect(maintained.worker.length).toBeGreaterThan(1);
    expect(await recomputed()).toEqual(maintained);

    // And the aggregates say what the records say, figure by figure.
    const [fromRecords] = await db.db
      .select({
        sessions: sql<number>`count(*) filter (where ${records.kind} = 'study_session')::int`,
        attendance: sql<number>`coalesce(sum(${records.participants}) filter (where ${records.kind} = 'study_session'), 0)::int`,
        benefit: sql<number>`coalesce(sum(${records.benefitYuan}) filter (where ${records.kind} = 'proposal'), 0)::float8`,
        trainees: sql<number>`coalesce(sum(${records.participants}) filter (where ${records.kind} = 'training'), 0)::int`,
      })
      .from(records)
      .where(and(eq(records.countyId, f.org.A), eq(records.status, "approved")));
    const [fromStats] = await db.db
      .select({
        sessions: sql<number>`sum(${orgMonthStats.sessions})::int`,
        attendance: sql<number>`sum(${orgMonthStats.attendance})::int`,
        benefit: sql<number>`sum(${orgMonthStats.proposalBenefit})::float8`,
        trainees: sql<number>`sum(${orgMonthStats.trainingTrainees})::int`,
      })
      .from(orgMonthStats)
      .where(eq(orgMonthStats.countyId, f.org.A));
    expect(fromStats).toEqual(fromRecords);
    expect(fromRecords!.sessions).toBeGreaterThan(0);

    // The homes' activity per kind, read from the aggregates, says what the approved records say, in each role's scope,
    // once every record of the walk is approved (so each kind has figures).
    for (const rec of ids) {
      for (;;) {
        const [row] = await db.db.select({ status: records.status, version: records.version }).from(records).where(eq(records.id, rec.id));
        if (row!.status === "approved") break;
        const actor = row!.status === "submitted" ? rec.reviewer! : rec.owner;
        expect(await transitionRecord(actor, rec.id, row!.status === "submitted" ? "approve" : "submit", { version: row!.version })).toMatchObject({ ok: true });
      }
    }
    for (const username of ["office_a", "union_u1", "union_u2", "leader_t1", "leader_t3"] as const) {
      const user = await f.user(username);
      const fromAggregates = await summariseApprovedActivity(user, `${THIS_YEAR}-01-01`, `${THIS_YEAR}-12-31`);
      const raw = await db.db
        .select({
          kind: records.kind,
          records: sql<number>`count(*)::int`,
          hours: sql<number>`coalesce(sum(${records.hours}), 0)::float8`,
          participants: sql<number>`coalesce(sum(${records.participants}), 0)::float8`,
          quantity: sql<number>`coalesce(sum(${records.quantity}), 0)::float8`,
          benefitYuan: sql<number>`coalesce(sum(${records.benefitYuan}), 0)::float8`,
        })
        .from(records)
        .where(and(recordScopeFor(user), eq(records.status, "approved")))
        .groupBy(records.kind);
      const expected = RECORD_KINDS.map((kind) => {
        const r = raw.find((x) => x.kind === kind);
        const takesPart = KIND_ACTIVITY_STATS[kind].participants.length > 0;
        return { kind, records: r?.records ?? 0, headline: r?.[KINDS[kind].headline.column] ?? 0, participants: takesPart ? (r?.participants ?? 0) : 0 };
      });
      expect(fromAggregates, username).toEqual(expected);
      // Each tile opens the approved records it counts: the list behind its link totals the tile's count,
      // over a span that leaves this year's later records out as the home's leaves out other years'.
      const firstHalf = { from: `${THIS_YEAR}-01-01`, to: `${THIS_YEAR}-06-30` };
      for (const a of await summariseApprovedActivity(user, firstHalf.from, firstHalf.to)) {
        const link = new URL(activityListHref(a.kind, firstHalf), "http://home.test");
        const listed = await listRecords(user, recordListFiltersSchema.parse(Object.fromEntries(link.searchParams)));
        expect(listed.total, `${username} ${a.kind}`).toBe(a.records);
      }
      if (username === "office_a") expect(fromAggregates.filter((a) => a.records > 0 && a.headline > 0).map((a) => a.kind)).toEqual(RECORD_KINDS);
    }
  });

  it("subtracts exactly what a reopened record had added", async () => {
    const leader = await f.user("leader_t1");
    const union = await f.user("union_u1");
    const office = await f.user("office_a");
    const attendees = f.workersOf(f.org.T1).slice(0, 3);
    const day = chinaToday();
    const teamMonth = and(eq(orgMonthStats.orgId, f.org.T1), eq(orgMonthStats.ownerLevel, "team"), eq(orgMonthStats.month, `${day.slice(0, 7)}-01`));
    const read = async () => {
      const [row] = await db.db.select({ sessions: orgMonthStats.sessions, hours: orgMonthStats.sessionHours, attendance: orgMonthStats.attendance }).from(orgMonthStats).where(teamMonth);
      const [worker] = await db.db.select({ sessions: workerYearStats.sessions, hours: workerYearStats.studyHours }).from(workerYearStats).where(and(eq(workerYearStats.workerId, attendees[0]!), eq(workerYearStats.year, THIS_YEAR)));
      return { row: row ?? { sessions: 0, hours: 0, attendance: 0 }, worker: worker ?? { sessions: 0, hours: 0 } };
    };
    const before = await read();
    const made = await createRecord(leader, "study_session", { title: "班前会", occurredOn: day, contents: ["technology"], form: "on_the_job", hours: "2.5", attendees }, { submit: true });
    const id = made.ok ? made.data!.id : "";
    expect(await read()).toEqual(before); // submitted is not approved: nothing counts yet
    expect(await transitionRecord(union, id, "approve", { version: 1 })).toMatchObject({ ok: true });
    expect(await read()).toEqual({
      row: { sessions: before.row.sessions + 1, hours: before.row.hours + 2.5, attendance: before.row.attendance + 3 },
      worker: { sessions: before.worker.sessions + 1, hours: before.worker.hours + 2.5 },
    });
    expect(await transitionRecord(office, id, "reopen", { version: 2, reason: "签到表有误" })).toMatchObject({ ok: true });
    expect(await read()).toEqual(before);
  });

  it("does not count a refused approval (stale version) twice", async () => {
    const leader = await f.user("leader_t2");
    const union = await f.user("union_u1");
    const made = await createRecord(leader, "study_session", { title: "安全学习", occurredOn: chinaToday(), contents: ["practice"], form: "on_the_job", hours: "1", attendees: f.workersOf(f.org.T2) }, { submit: true });
    const id = made.ok ? made.data!.id : "";
    const results = await Promise.all([transitionRecord(union, id, "approve", { version: 1 }), transitionRecord(union, id, "approve", { version: 1 })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const maintained = await snapshot();
    expect(await recomputed()).toEqual(maintained);
  });
});
