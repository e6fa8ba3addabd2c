import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { openDatabase } from "@/db/client";
import { auditLog, evaluationPublications, evaluationSchemes, evaluations, periods, records, titles, type Period } from "@/db/schema";
import { DEFAULT_SCHEMES } from "@/lib/evaluations/default-schemes";
import { returnEvaluation } from "@/lib/evaluations/mutations";
import { copyScheme } from "@/lib/evaluations/scheme-mutations";
import { insertSchemeTree } from "@/lib/evaluations/scheme-tree";
import { getCurrentPeriod } from "@/lib/periods/queries";
import { getEvaluationDetail } from "@/lib/evaluations/queries";
import { createRecord, transitionRecord, updateRecord } from "@/lib/records/mutations";
import { getRecordDetail } from "@/lib/records/queries";
import { reviewQueueFiltersSchema } from "@/lib/records/queue-filters";
import { listReviewQueue } from "@/lib/records/review-queue";
import { publishResults, withdrawTitle } from "@/lib/titles/mutations";
import { setClockForTests } from "@/lib/time";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { ensureYears, latestOpenableYear, yearsDue } from "./cycle";
import { closeYear, listYears, openDueYears, prepareSchemes, reopenYear } from "./years";
import { invalid, refuse } from "@/lib/actions/result";

/*
 * The yearly cycle on every test database, with the clock moved across 1 December and 31 December:
 * years open themselves once however many servers try, records dated in the old year are still taken
 * in January, and a closed year refuses every change (records, evaluations, postings, titles, schemes).
 */

const NEXT = THIS_YEAR + 1;
/** An instant given as China wall-clock time. */
const china = (local: string) => new Date(`${local}+08:00`);

describe("which years are due", () => {
  it("adds next year from 1 December in China, while it is still 30 November in UTC", () => {
    expect(yearsDue(china("2026-11-30T23:59:00"))).toEqual([2026]);
    expect(yearsDue(china("2026-12-01T00:00:00"))).toEqual([2026, 2027]);
    expect(yearsDue(new Date("2026-11-30T16:30:00Z"))).toEqual([2026, 2027]);
    expect(yearsDue(china("2027-01-01T00:10:00"))).toEqual([2027]);
    expect(latestOpenableYear(china("2026-12-31T23:00:00"))).toBe(2027);
  });
});

describe.each(TEST_DATABASES)("the yearly cycle on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  const yearOf = async (county: string, year: number) =>
    (await db.db.select().from(periods).where(and(eq(periods.countyId, county), eq(periods.year, year))))[0] as Period | undefined;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterEach(() => setClockForTests(null));
  afterAll(() => db.dispose());

  it("opens next year on 1 December for every county, once, however many servers start at once", async () => {
    expect(await ensureYears(db.db, china(`${THIS_YEAR}-11-30T23:59:00`))).toEqual([]);
    // Two app servers: two connection pools on PostgreSQL (PGlite has one process by design).
    const second = db.url ? await openDatabase({ url: db.url, poolSize: 2 }) : null;
    try {
      const at = china(`${THIS_YEAR}-12-01T00:00:05`);
      const runs = await Promise.all([ensureYears(db.db, at), ensureYears((second ?? db).db, at), ensureYears(db.db, at)]);
      expect(runs.flat().map((r) => r.year).sort()).toEqual([NEXT, NEXT]);
    } finally {
      await second?.close();
    }
    for (const county of [f.org.A, f.org.B]) {
      const next = await yearOf(county, NEXT);
      expect(next).toMatchObject({ startsOn: `${NEXT}-01-01`, endsOn: `${NEXT}-12-31`, status: "open" });
      const opened = await db.db.select().from(auditLog).where(and(eq(auditLog.action, "period.opened"), eq(auditLog.entityId, next!.id)));
      expect(opened).toHaveLength(1);
    }
    // The office's fallback has nothing left to open.
    setClockForTests(china(`${THIS_YEAR}-12-02T09:00:00`));
    expect(await openDueYears(await f.user("office_a"))).toEqual(refuse("conflict", "years.error.nothingToOpen"));
    expect(await openDueYears(await f.user("union_u1"))).toEqual(refuse("forbidden", "errors.forbidden"));
  });

  it("takes a session dated in the new year on 4 January, and one dated 30 December until the old year is closed", async () => {
    setClockForTests(china(`${NEXT}-01-04T09:00:00`));
    const leader = await f.user("leader_t1");
    const union = await f.user("union_u1");
    expect((await getCurrentPeriod(leader))?.year).toBe(NEXT);
    const [w1, w2] = f.workersOf(f.org.T1);
    const session = (occurredOn: string) => ({ title: "班组学习", occurredOn, contents: ["technology"], form: "on_the_job", hours: "2", presenter: "王师傅", location: "", summary: "", attendees: [w1, w2] });
    const fresh = await createRecord(leader, "study_session", session(`${NEXT}-01-04`), { submit: true });
    expect(fresh.ok).toBe(true);
    const late = await createRecord(leader, "study_session", session(`${THIS_YEAR}-12-30`), { submit: true });
    expect(late.ok).toBe(true);
    expect(await transitionRecord(union, late.ok ? late.data!.id : "", "approve", { version: 1 })).toEqual({ ok: true });
  });

  it("opens the new year on 1 January when December went by without a server", async () => {
    setClockForTests(china(`${NEXT + 1}-01-01T00:30:00`));
    expect(await yearOf(f.org.A, NEXT + 1)).toBeUndefined();
    const opened = await ensureYears(db.db);
    expect(opened.map((o) => o.year)).toEqual([NEXT + 1, NEXT + 1]);
  });

  it("closes an ended year after its checklist, refuses every change in it, and reopens it with a reason", async () => {
    setClockForTests(china(`${NEXT}-01-05T10:00:00`));
    const office = await f.user("office_a");
    const leader = await f.user("leader_t1");
    const union = await f.user("union_u1");
    const period = (await yearOf(f.org.A, THIS_YEAR))!;
    const nextPeriod = (await yearOf(f.org.A, NEXT))!;
    const [w1] = f.workersOf(f.org.T1);
    const session = { title: "年末学习", occurredOn: `${THIS_YEAR}-12-29`, contents: ["technology"], form: "on_the_job", hours: "1.5", presenter: "李工", location: "", summary: "", attendees: [w1] };
    const draft = await createRecord(leader, "study_session", session, { submit: false });
    const waiting = await createRecord(leader, "study_session", { ...session, title: "年末学习二" }, { submit: true });
    // The year's evaluations, a posting and a title, as 命名 leaves them.
    const schemeIds: Record<string, string> = {};
    for (const scheme of DEFAULT_SCHEMES) {
      schemeIds[scheme.target] = await insertSchemeTree(db.db, { ...scheme, countyId: f.org.A, periodId: period.id, version: 1, status: "published", createdBy: office.id, publishedAt: new Date() });
    }
    const [named] = await db.db
      .insert(evaluations)
      .values({ countyId: f.org.A, unitId: f.org.U1, teamId: f.org.T1, subjectId: f.org.T1, target: "team", periodId: period.id, schemeId: schemeIds.team!, status: "confirmed", selfTotal: 93, reviewTotal: 92, finalTotal: 92, grade: "excellent", createdBy: office.id })
      .returning();
    const [submitted] = await db.db
      .insert(evaluations)
      .values({ countyId: f.org.A, unitId: f.org.U1, teamId: f.org.T2, subjectId: f.org.T2, target: "team", periodId: period.id, schemeId: schemeIds.team!, status: "submitted", selfTotal: 80, createdBy: office.id })
      .returning();
    const [posting] = await db.db
      .insert(evaluationPublications)
      .values({ countyId: f.org.A, periodId: period.id, target: "team", startsOn: `${THIS_YEAR}-12-10`, endsOn: `${THIS_YEAR}-12-16`, status: "named", evaluationIds: [named!.id], createdBy: office.id })
      .returning();
    const [title] = await db.db
      .insert(titles)
      .values({ countyId: f.org.A, unitId: f.org.U1, teamId: f.org.T1, subjectId: f.org.T1, target: "team", periodId: period.id, year: THIS_YEAR, publicationId: posting!.id, evaluationId: named!.id, namedBy: office.id })
      .returning();

    const row = (await listYears(office))!.find((y) => y.period.year === THIS_YEAR)!;
    expect(row.checklist).toEqual({ recordsWaiting: 1, recordsUnsent: 1, evaluationsOpen: 1, postingsUnnamed: 0 });
    expect(row.canClose).toBe(true);
    expect((await listYears(office))!.find((y) => y.period.year === NEXT)!.canClose).toBe(false);
    expect(await listYears(union)).toBeNull();

    const queued = async () => (await listReviewQueue(union, reviewQueueFiltersSchema.parse({}))).rows.map((r) => r.id);
    expect(await queued()).toContain(waiting.ok ? waiting.data!.id : "");
    // Open items: the office must say it knows. The current year cannot be closed.
    expect(await closeYear(office, period.id, period.version, {})).toMatchObject(invalid({ acknowledge: ["years.validation.acknowledge"] }));
    expect(await closeYear(office, nextPeriod.id, nextPeriod.version, { acknowledge: "on" })).toEqual(refuse("conflict", "years.error.notEnded"));
    expect(await closeYear(union, period.id, period.version, { acknowledge: "on" })).toEqual(refuse("forbidden", "errors.forbidden"));
    expect(await closeYear(office, period.id, period.version, { acknowledge: "on" })).toEqual({ ok: true });
    expect(await closeYear(office, period.id, period.version, { acknowledge: "on" })).toEqual(refuse("conflict", "years.error.alreadyHandled"));
    expect(await yearOf(f.org.A, THIS_YEAR)).toMatchObject({ status: "closed", closedBy: office.id, version: period.version + 1 });
    // County B's year is its own: still open.
    expect((await yearOf(f.org.B, THIS_YEAR))?.status).toBe("open");

    const closed = refuse("period_closed", "years.error.closed");
    const before = await db.db.select().from(records).where(eq(records.countyId, f.org.A));
    expect(await createRecord(leader, "study_session", { ...session, title: "补记" }, { submit: true })).toMatchObject(invalid({ occurredOn: ["validation.periodClosed"] }));
    expect(await updateRecord(leader, draft.ok ? draft.data!.id : "", 1, { ...session, title: "改标题" }, { submit: false })).toEqual(closed);
    // Moving an old record into the open year is an edit of the closed year's record too.
    expect(await updateRecord(leader, draft.ok ? draft.data!.id : "", 1, { ...session, occurredOn: `${NEXT}-01-05` }, { submit: true })).toEqual(closed);
    expect(await transitionRecord(union, waiting.ok ? waiting.data!.id : "", "approve", { version: 1 })).toEqual(closed);
    expect(await transitionRecord(union, waiting.ok ? waiting.data!.id : "", "reject", { version: 1, reason: "请补充签到表" })).toEqual(closed);
    expect(await db.db.select().from(records).where(eq(records.countyId, f.org.A))).toEqual(before);
    expect(await returnEvaluation(union, submitted!.id, submitted!.version, { reason: "请补充佐证材料" })).toEqual(closed);
    expect(await publishResults(office, { periodId: period.id, target: "enterprise", startsOn: `${NEXT}-01-05`, endsOn: `${NEXT}-01-11` }, `${NEXT}-01-05`)).toEqual(closed);
    expect(await withdrawTitle(office, title!.id, title!.version, { reason: "经核查材料不实" })).toEqual(closed);
    expect(await copyScheme(office, schemeIds.team!, period.id)).toEqual(closed);
    expect((await db.db.select().from(titles).where(eq(titles.id, title!.id)))[0]?.status).toBe("held");
    expect((await db.db.select().from(evaluations).where(eq(evaluations.id, submitted!.id)))[0]?.status).toBe("submitted");
    // The pages say so and offer nothing: the view models know the year is closed, and no queue waits on it.
    const draftPage = await getRecordDetail(leader, draft.ok ? draft.data!.id : "");
    expect(draftPage).toMatchObject({ closedYear: THIS_YEAR, actions: [] });
    expect(await getRecordDetail(union, waiting.ok ? waiting.data!.id : "")).toMatchObject({ closedYear: THIS_YEAR, actions: [] });
    expect(await queued()).not.toContain(waiting.ok ? waiting.data!.id : "");
    expect(await getEvaluationDetail(union, submitted!.id)).toMatchObject({ closedYear: THIS_YEAR, actions: [], canWithdraw: false });

    // Next year's schemes: copied from the closed year's published ones, as drafts.
    expect(await prepareSchemes(office, nextPeriod.id)).toEqual({ ok: true, data: { copied: DEFAULT_SCHEMES.length, fromDefault: 0 } });
    const drafts = await db.db.select().from(evaluationSchemes).where(eq(evaluationSchemes.periodId, nextPeriod.id));
    expect(drafts.map((d) => d.status)).toEqual(DEFAULT_SCHEMES.map(() => "draft"));
    expect(await prepareSchemes(office, nextPeriod.id)).toEqual(refuse("conflict", "years.error.schemesReady"));

    // Reopened with a reason (audited), the old year takes its late approvals again.
    const closedRow = (await yearOf(f.org.A, THIS_YEAR))!;
    expect(await reopenYear(office, closedRow.id, closedRow.version, { reason: "" })).toMatchObject(invalid({ reason: ["years.validation.reasonRequired"] }));
    expect(await reopenYear(office, closedRow.id, closedRow.version, { reason: "补审年末记录" })).toEqual({ ok: true });
    const [reopened] = await db.db.select().from(auditLog).where(and(eq(auditLog.action, "period.reopened"), eq(auditLog.entityId, period.id)));
    expect(reopened?.after).toMatchObject({ reason: "补审年末记录", year: THIS_YEAR });
    expect(await getRecordDetail(union, waiting.ok ? waiting.data!.id : "")).toMatchObject({ closedYear: null, actions: expect.arrayContaining(["approve"]) });
    expect(await transitionRecord(union, waiting.ok ? waiting.data!.id : "", "approve", { version: 1 })).toEqual({ ok: true });
  });
});
