import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, count, eq, gte, lt, sql } from "drizzle-orm";
import { appMeta, auditLog, evaluationPublications, evaluationSchemes, titles, evaluationScores, evaluations, orgMonthStats, orgs, periods, recordWorkers, records, users, workerYearStats, workers } from "@/db/schema";
import { attemptLogin } from "@/lib/auth/login";
import { RECORD_KINDS } from "@/lib/domain/enums";
import { KINDS } from "@/lib/records/kinds";
import { recordInputSchema } from "@/lib/records/schemas";
import { TEST_DATABASES, createTestDatabase, type TestDatabase } from "@/test/databases";
import { DEMO_ACCOUNTS, seedDemo } from "./demo";
import { DEMO_PASSWORD, DEMO_UNITS } from "./demo-county";
import { chinaMidnight } from "@/lib/time";

const TODAY = new Date("2026-11-24T08:00:00Z");
const TODAY_ISO = "2026-11-24";

/** The records' content without ids, to compare two seeded databases. */
async function recordFingerprint(d: TestDatabase) {
  const rows = await d.db
    .select({
      kind: records.kind,
      status: records.status,
      title: records.title,
      occurredOn: records.occurredOn,
      hours: records.hours,
      participants: records.participants,
      quantity: records.quantity,
      benefitYuan: records.benefitYuan,
      details: records.details,
      team: orgs.name,
      submittedAt: records.submittedAt,
    })
    .from(records)
    .leftJoin(orgs, eq(orgs.id, records.teamId));
  return rows.map((r) => JSON.stringify(r)).sort();
}

describe.each(TEST_DATABASES)("demo county on %s", (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
  });
  afterAll(() => db.dispose());

  it("seeds the county once; a second run changes nothing", async () => {
    expect(await seedDemo(db.db, TODAY)).toBe("seeded");
    const before = await db.db.select({ n: count() }).from(workers);
    expect(await seedDemo(db.db)).toBe("already-seeded");
    expect(await db.db.select({ n: count() }).from(workers)).toEqual(before);
  });

  it("has the units, team sizes and accounts the issue asks for", async () => {
    const units = await db.db.select().from(orgs).where(eq(orgs.level, "unit"));
    expect(units.map((u) => u.name)).toEqual(expect.arrayContaining(["红星集团", "龙新公司", "化工机械厂", "腾达机电", "迪龙制药"]));
    expect(new Set(units.map((u) => u.unitKind))).toEqual(new Set(["enterprise", "organ", "institution"]));
    for (const unit of DEMO_UNITS) {
      expect(unit.teams.length).toBeGreaterThanOrEqual(3);
      expect(unit.teams.length).toBeLessThanOrEqual(6);
      for (const team of unit.teams) {
        expect(team.size).toBeGreaterThanOrEqual(10);
        expect(team.size).toBeLessThanOrEqual(30);
      }
    }
    const accounts = await db.db.select({ username: users.username, role: users.role }).from(users);
    for (const name of DEMO_ACCOUNTS) expect(accounts.map((a) => a.username)).toContain(name);
    const outcome = await attemptLogin(db.db, "leader", DEMO_PASSWORD, "127.0.0.1");
    expect(outcome.ok).toBe(true);
    expect(await db.db.select({ year: periods.year }).from(periods)).toEqual(expect.arrayContaining([{ year: 2026 }, { year: 2025 }]));
  });

  it("grows a year of records of every kind, in plausible ranges, up to today", async () => {
    const all = await db.db.select().from(records).where(gte(records.occurredOn, "2026-01-01"));
    const byKind = new Map<string, number>();
    for (const r of all) byKind.set(r.kind, (byKind.get(r.kind) ?? 0) + 1);
    for (const kind of RECORD_KINDS) expect(byKind.get(kind) ?? 0, kind).toBeGreaterThan(0);
    expect(byKind.get("study_session")).toBeGreaterThan(500);

    for (const r of all) {
      expect(r.occurredOn >= "2026-01-01" && r.occurredOn <= TODAY_ISO, r.title).toBe(true);
      expect(r.createdAt.getTime()).toBeLessThanOrEqual(TODAY.getTime());
      expect(r.updatedAt.getTime()).toBeGreaterThanOrEqual(r.createdAt.getTime());
      // Timestamps follow the record's date, not the seeding moment.
      expect(r.createdAt.getTime()).toBeGreaterThanOrEqual(chinaMidnight(r.occurredOn).getTime());
      if (r.status === "draft") expect(r.submittedAt).toBeNull();
      else expect(r.submittedAt!.getTime()).toBeGreaterThanOrEqual(r.createdAt.getTime());
      if (r.status === "approved" || r.status === "rejected") {
        expect(r.reviewedBy).not.toBeNull();
        expect(r.reviewedAt!.getTime()).toBeGreaterThanOrEqual(r.submittedAt!.getTime());
        expect(r.reviewedAt!.getTime()).toBeLessThanOrEqual(TODAY.getTime());
      } else {
        expect(r.reviewedAt).toBeNull();
      }
      if (r.ownerLevel === "team") expect(r.teamId && r.unitId).toBeTruthy();
      if (r.ownerLevel === "unit") expect(r.unitId).toBeTruthy();
      if (r.ownerLevel === "county") expect([r.unitId, r.teamId, r.status]).toEqual([null, null, "approved"]);
      if (r.kind === "competition") expect((r.details.winners as number) ?? 0).toBeLessThanOrEqual(r.participants!);
      if (r.kind === "training" && r.details.employedAfter != null) {
        expect(r.details.reemployment).toBe(true);
        expect(r.details.employedAfter as number).toBeLessThanOrEqual(r.participants!);
      }
      if (r.kind === "proposal") {
        if (r.adopted) expect(r.benefitYuan ?? 0).toBeLessThanOrEqual(200_000);
        else expect([r.benefitYuan, r.details.implemented]).toEqual([null, false]);
      }
      if (r.kind === "study_session") {
        expect(r.hours! >= 1 && r.hours! <= 3 && (r.hours! * 2) % 1 === 0).toBe(true);
      }
    }
    const proposals = all.filter((r) => r.kind === "proposal");
    const adoptedShare = proposals.filter((r) => r.adopted).length / proposals.length;
    expect(adoptedShare).toBeGreaterThan(0.25);
    expect(adoptedShare).toBeLessThan(0.55);
    expect(all.some((r) => r.kind === "innovation" && r.details.result === "主产品产量比设计值提高28.86%，主原料消耗降低35%")).toBe(true);
    expect(all.filter((r) => r.kind === "innovation" && r.benefitYuan! >= 10_000).length).toBeGreaterThan(3);
  });

  it("fills the maintained aggregates from the approved records", async () => {
    const [fromRecords] = await db.db
      .select({
        approved: sql<number>`count(*)::int`,
        sessions: sql<number>`(count(*) filter (where ${records.kind} = 'study_session'))::int`,
        trainees: sql<number>`coalesce(sum(${records.participants}) filter (where ${records.kind} = 'training'), 0)::int`,
      })
      .from(records)
      .where(and(eq(records.status, "approved"), gte(records.occurredOn, "2026-01-01")));
    const [fromStats] = await db.db
      .select({
        approved: sql<number>`sum(${orgMonthStats.records})::int`,
        sessions: sql<number>`sum(${orgMonthStats.sessions})::int`,
        trainees: sql<number>`sum(${orgMonthStats.trainingTrainees})::int`,
      })
      .from(orgMonthStats)
      .where(gte(orgMonthStats.month, "2026-01-01"));
    expect(fromStats).toEqual(fromRecords);
    expect(fromRecords!.sessions).toBeGreaterThan(400);
    const [attended] = await db.db
      .select({ n: sql<number>`count(distinct ${recordWorkers.workerId})::int` })
      .from(recordWorkers)
      .innerJoin(records, eq(records.id, recordWorkers.recordId))
      .where(and(eq(records.status, "approved"), eq(recordWorkers.role, "attendee"), gte(records.occurredOn, "2026-01-01")));
    const [withSessions] = await db.db.select({ n: sql<number>`count(*)::int` }).from(workerYearStats).where(and(eq(workerYearStats.year, 2026), sql`${workerYearStats.sessions} > 0`));
    expect(withSessions).toEqual(attended);
  });

  it("seeds the default schemes and evaluations at every stage, totals adding up; leader's team not started", async () => {
    const [thisYear] = await db.db.select().from(periods).where(eq(periods.year, 2026));
    const schemes = await db.db.select().from(evaluationSchemes).where(eq(evaluationSchemes.periodId, thisYear!.id));
    expect(schemes.map((x) => x.target).sort()).toEqual(["enterprise", "organ_institution", "team", "worker"]);
    expect(schemes.every((x) => x.status === "published")).toBe(true);
    const all = await db.db.select().from(evaluations).where(eq(evaluations.periodId, thisYear!.id));
    expect(new Set(all.map((e) => e.status))).toEqual(new Set(["draft", "submitted", "returned", "accepted", "confirmed"]));
    const accounts = new Map((await db.db.select().from(users)).map((u) => [u.username, u]));
    expect(all.filter((e) => e.subjectId === accounts.get("leader")!.orgId)).toEqual([]);
    expect(all.some((e) => e.status === "submitted" && e.target === "team" && e.unitId === accounts.get("union")!.orgId)).toBe(true);
    expect(all.some((e) => e.status === "submitted" && e.target !== "team")).toBe(true);
    // 知识型职工: nominated in several teams at several stages, one waiting for `union`; none yet in `leader`'s team.
    const workerEvals = all.filter((e) => e.target === "worker");
    expect(workerEvals.every((e) => e.workerId === e.subjectId && e.teamId !== null)).toBe(true);
    expect(workerEvals.filter((e) => e.status === "confirmed").length).toBeGreaterThan(5);
    expect(workerEvals.some((e) => e.status === "submitted" && e.unitId === accounts.get("union")!.orgId)).toBe(true);
    expect(workerEvals.filter((e) => e.teamId === accounts.get("leader")!.orgId)).toEqual([]);
    const scores = await db.db.select().from(evaluationScores);
    for (const e of all) {
      const mine = scores.filter((s) => s.evaluationId === e.id);
      const tenths = (xs: (number | null)[]) => xs.reduce<number>((a, x) => a + Math.round((x ?? 0) * 10), 0) / 10;
      expect(e.selfTotal, e.id).toBe(tenths(mine.map((s) => s.selfPoints)));
      if (e.status === "confirmed") {
        expect(e.finalTotal).toBe(tenths(mine.map((s) => s.reviewPoints)));
        expect(e.grade).toBe(e.finalTotal! >= 90 ? "excellent" : e.finalTotal! >= 75 ? "good" : e.finalTotal! >= 60 ? "pass" : "fail");
      }
    }
    const trail = await db.db.select().from(auditLog).where(eq(auditLog.entity, "evaluation"));
    const ofThisYear = new Set(all.map((e) => e.id));
    expect(trail.filter((a) => a.action === "evaluation.confirmed" && ofThisYear.has(a.entityId)).length).toBe(all.filter((e) => e.status === "confirmed").length);
    expect(trail.every((a) => a.at.getTime() <= TODAY.getTime())).toBe(true);
  });

  it("names only the team's own workers as attendees, and every record passes its form's validation", async () => {
    const attendance = await db.db
      .select({ recordTeam: records.teamId, workerTeam: workers.teamId, status: workers.status })
      .from(recordWorkers)
      .innerJoin(records, eq(records.id, recordWorkers.recordId))
      .innerJoin(workers, eq(workers.id, recordWorkers.workerId))
      .where(and(eq(records.kind, "study_session"), eq(recordWorkers.role, "attendee")));
    expect(attendance.length).toBeGreaterThan(0);
    expect(attendance.filter((a) => a.recordTeam !== a.workerTeam || a.status !== "active")).toEqual([]);

    const all = await db.db.select().from(records);
    const named = await db.db.select().from(recordWorkers);
    const namedBy = new Map<string, typeof named>();
    for (const n of named) namedBy.set(n.recordId, [...(namedBy.get(n.recordId) ?? []), n]);
    for (const r of all) {
      const input: Record<string, unknown> = {};
      for (const field of KINDS[r.kind].fields) {
        if (field.type === "workers") {
          input[field.name] = (namedBy.get(r.id) ?? []).filter((n) => n.role === field.role).map((n) => n.workerId);
          if (field.countInto) expect(r.participants).toBe((input[field.name] as string[]).length);
        } else if (field.type === "team") input[field.name] = r.ownerLevel === "unit" ? (r.teamId ?? "") : "";
        else {
          const v = "column" in field && field.column ? (r as Record<string, unknown>)[field.column] : r.details[field.name];
          input[field.name] = typeof v === "number" ? String(v) : (v ?? (field.type === "boolean" ? false : field.type === "multiselect" ? [] : ""));
        }
      }
      const parsed = recordInputSchema(r.kind, TODAY_ISO).safeParse(input);
      expect(parsed.success ? null : { title: r.title, issues: parsed.error.issues }).toBeNull();
    }
  });

  it("leaves review queues for the demo accounts: one rejected session, submissions for union, union2 and office", async () => {
    const accounts = new Map((await db.db.select().from(users)).map((u) => [u.username, u]));
    const leaderTeam = accounts.get("leader")!.orgId;
    const all = await db.db.select().from(records);

    const rejected = all.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect(rejected[0]).toMatchObject({ kind: "study_session", ownerLevel: "team", teamId: leaderTeam, reviewedBy: accounts.get("union")!.id });
    expect(rejected[0]!.reviewNote).toMatch(/签到表/);

    for (const [leader, union] of [["leader", "union"], ["leader2", "union2"]] as const) {
      const waiting = all.filter((r) => r.status === "submitted" && r.ownerLevel === "team" && r.unitId === accounts.get(union)!.orgId);
      expect(waiting.filter((r) => r.teamId === accounts.get(leader)!.orgId).length, leader).toBeGreaterThanOrEqual(2);
      for (const r of waiting) expect(TODAY.getTime() - r.submittedAt!.getTime()).toBeLessThan(28 * 86_400_000);
    }
    const forOffice = all.filter((r) => r.status === "submitted" && r.ownerLevel === "unit");
    expect(forOffice.length).toBeGreaterThanOrEqual(3);
    for (const union of ["union", "union2"]) expect(forOffice.some((r) => r.unitId === accounts.get(union)!.orgId), union).toBe(true);
    expect(all.filter((r) => r.status === "draft").length).toBeGreaterThanOrEqual(1);

    // Reviewers: the unit's union for team records, the office for unit records.
    const unionOf = new Map([...accounts.values()].filter((u) => u.role === "union").map((u) => [u.orgId, u.id]));
    for (const r of all.filter((x) => x.status === "approved")) {
      if (r.ownerLevel === "team") expect(r.reviewedBy).toBe(unionOf.get(r.unitId!));
      else expect(r.reviewedBy).toBe(accounts.get("office")!.id);
    }
  });

  it("keeps an audit trail of every record's life, dated with the record", async () => {
    const all = await db.db.select().from(records);
    const trail = await db.db.select().from(auditLog).where(eq(auditLog.entity, "record")).orderBy(asc(auditLog.id));
    const byRecord = new Map<string, typeof trail>();
    for (const a of trail) byRecord.set(a.entityId, [...(byRecord.get(a.entityId) ?? []), a]);
    const expected = {
      draft: ["record.created"],
      submitted: ["record.created", "record.submitted"],
      approved: ["record.created", "record.submitted", "record.approved"],
      rejected: ["record.created", "record.submitted", "record.rejected"],
    };
    for (const r of all) {
      const rows = byRecord.get(r.id) ?? [];
      const actions = r.ownerLevel === "county" ? ["record.created", "record.submitted_approved"] : expected[r.status];
      expect(rows.map((a) => a.action), r.title).toEqual(actions);
      expect(rows.every((a) => a.countyId === r.countyId)).toBe(true);
      expect(rows[0]).toMatchObject({ actorId: r.createdBy, at: r.createdAt });
      if (r.submittedAt) expect(rows[1]!.at).toEqual(r.submittedAt);
      if (r.ownerLevel !== "county" && r.reviewedAt) expect(rows[2]).toMatchObject({ actorId: r.reviewedBy, at: r.reviewedAt });
    }
  });

  it("holds all of last year, approved, evaluated, named and closed, a little smaller than this year", async () => {
    const [last] = await db.db.select().from(periods).where(eq(periods.year, 2025));
    expect(last).toMatchObject({ status: "closed", closedBy: expect.any(String) });
    expect(last!.closedAt!.getTime()).toBeLessThanOrEqual(TODAY.getTime());
    const old = await db.db.select().from(records).where(lt(records.occurredOn, "2026-01-01"));
    expect(old.every((r) => r.status === "approved" && r.occurredOn >= "2025-01-01" && r.reviewedAt!.getTime() <= TODAY.getTime())).toBe(true);
    const months = new Set(old.map((r) => r.occurredOn.slice(5, 7)));
    expect(months.size).toBe(12);
    const sessions = (rows: typeof old) => rows.filter((r) => r.kind === "study_session").length;
    const thisYear = await db.db.select().from(records).where(and(gte(records.occurredOn, "2026-01-01"), lt(records.occurredOn, "2026-11-01")));
    const lastYearSameMonths = old.filter((r) => r.occurredOn < "2025-11-01");
    // Growth, year on year, of a plausible size.
    expect(sessions(thisYear) / sessions(lastYearSameMonths)).toBeGreaterThan(1);
    expect(sessions(thisYear) / sessions(lastYearSameMonths)).toBeLessThan(1.3);
    const evals = await db.db.select().from(evaluations).where(eq(evaluations.periodId, last!.id));
    expect(evals.length).toBeGreaterThan(30);
    expect(evals.every((e) => e.status === "confirmed" && e.grade !== null)).toBe(true);
    const postings = await db.db.select().from(evaluationPublications).where(eq(evaluationPublications.periodId, last!.id));
    expect(postings.map((p) => [p.target, p.status]).sort()).toEqual([["enterprise", "named"], ["organ_institution", "named"], ["team", "named"], ["worker", "named"]]);
    const held = await db.db.select().from(titles).where(eq(titles.periodId, last!.id));
    expect(held.length).toBeGreaterThanOrEqual(4);
    expect(held.every((t) => t.year === 2025 && t.status === "held")).toBe(true);
  });

  it("is reproducible: the same roster and records on every machine", async () => {
    const other = await createTestDatabase("pglite");
    try {
      await seedDemo(other.db, TODAY);
      const names = (d: TestDatabase) => d.db.select({ n: workers.name, e: workers.employeeNo }).from(workers).orderBy(workers.employeeNo, workers.unitId);
      const a = (await names(db)).map((r) => `${r.e}${r.n}`).sort();
      const b = (await names(other)).map((r) => `${r.e}${r.n}`).sort();
      expect(a).toEqual(b);
      expect(await recordFingerprint(other)).toEqual(await recordFingerprint(db));
    } finally {
      await other.dispose();
    }
  });

  it("refuses to mix demo data into a database that holds real counties", async () => {
    const other = await createTestDatabase(kind);
    try {
      await other.db.insert(orgs).values({ id: "11111111-1111-4111-8111-111111111111", level: "county", name: "实县", countyId: "11111111-1111-4111-8111-111111111111" });
      expect(await seedDemo(other.db)).toBe("not-empty");
      expect(await other.db.select().from(appMeta)).toEqual([]);
    } finally {
      await other.dispose();
    }
  });
});
