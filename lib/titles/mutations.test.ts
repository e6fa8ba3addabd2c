import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, evaluationPublications, evaluationSchemes, evaluations, periods, titles, type Period } from "@/db/schema";
import { DEFAULT_SCHEMES } from "@/lib/evaluations/default-schemes";
import { insertSchemeTree } from "@/lib/evaluations/scheme-tree";
import { chinaToday } from "@/lib/time";
import { getRankings } from "@/lib/rankings/queries";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { nameTitles, publishResults, reschedulePublication, withdrawTitle } from "./mutations";
import { getPublication, listPublications, listTitlesOf } from "./queries";
import { addDays, canNameNow, defaultWindow, publicationPhase, windowProblems } from "./rules";
import { invalid, message, refuse } from "@/lib/actions/result";

describe("公示 rules", () => {
  it("defaults to seven days from today and checks the window", () => {
    expect(defaultWindow("2026-03-30")).toEqual({ startsOn: "2026-03-30", endsOn: "2026-04-05" });
    expect(windowProblems({ startsOn: "2026-03-30", endsOn: "2026-03-29" }, "2026-03-30")).toEqual([{ field: "endsOn", message: "publications.error.endBeforeStart" }]);
    expect(windowProblems({ startsOn: "2026-03-01", endsOn: "2026-03-31" }, "2026-03-01")).toEqual([{ field: "endsOn", message: "publications.error.windowTooLong", params: { n: 30 } }]);
    expect(windowProblems({ startsOn: "2026-03-01", endsOn: "2026-03-30" }, "2026-03-01")).toEqual([]);
    expect(windowProblems({ startsOn: "2026-06-01", endsOn: "2026-06-07" }, "2026-03-01")).toEqual([{ field: "startsOn", message: "publications.error.startTooLate", params: { n: 60 } }]);
    expect(windowProblems({ startsOn: "2025-01-01", endsOn: "2025-01-07" }, "2026-03-01")).toEqual([]);
    expect(windowProblems({ startsOn: "2024-12-31", endsOn: "2025-01-06" }, "2026-03-01")).toEqual([{ field: "startsOn", message: "publications.error.startTooEarly" }]);
  });
  it("lets naming happen only the day after the window's last day", () => {
    const p = { status: "posted" as const, startsOn: "2026-03-01", endsOn: "2026-03-07" };
    expect(["2026-02-28", "2026-03-01", "2026-03-07", "2026-03-08"].map((d) => publicationPhase(p, d))).toEqual(["upcoming", "posting", "posting", "ended"]);
    expect(canNameNow(p, "2026-03-07")).toBe(false);
    expect(canNameNow(p, "2026-03-08")).toBe(true);
    expect(canNameNow({ ...p, status: "named" }, "2026-03-08")).toBe(false);
  });
});

describe.each(TEST_DATABASES)("公示 / 命名 / 摘牌 on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let period: Period;
  const today = chinaToday();
  const confirmedIds: string[] = [];
  let pubId = "";

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    [period] = (await db.db.select().from(periods).where(and(eq(periods.countyId, f.org.A), eq(periods.year, THIS_YEAR)))) as [Period];
    const office = await f.user("office_a");
    for (const scheme of DEFAULT_SCHEMES) {
      await insertSchemeTree(db.db, { ...scheme, countyId: f.org.A, periodId: period.id, version: 1, status: "published", createdBy: office.id, publishedAt: new Date() });
    }
    const [teamScheme] = await db.db.select().from(evaluationSchemes).where(and(eq(evaluationSchemes.countyId, f.org.A), eq(evaluationSchemes.target, "team")));
    // Three team evaluations: two confirmed (92 and 81 points), one still waiting for review.
    const rows = [
      { team: f.org.T1, unit: f.org.U1, status: "confirmed" as const, total: 92, grade: "excellent" as const },
      { team: f.org.T2, unit: f.org.U1, status: "confirmed" as const, total: 81, grade: "good" as const },
      { team: f.org.T3, unit: f.org.U2, status: "submitted" as const, total: null, grade: null },
    ];
    for (const r of rows) {
      const [e] = await db.db
        .insert(evaluations)
        .values({ countyId: f.org.A, unitId: r.unit, teamId: r.team, subjectId: r.team, target: "team", periodId: period.id, schemeId: teamScheme!.id, status: r.status, selfTotal: 85, reviewTotal: r.total, finalTotal: r.total, grade: r.grade, createdBy: office.id, confirmedAt: r.total ? new Date() : null })
        .returning({ id: evaluations.id });
      if (r.status === "confirmed") confirmedIds.push(e!.id);
    }
  });
  afterAll(() => db.dispose());

  const win = (startOffset: number, length = 7) => ({ startsOn: addDays(today, startOffset), endsOn: addDays(today, startOffset + length - 1) });

  it("refuses the wrong role, a bad window, and a kind with nothing confirmed", async () => {
    const input = { periodId: period.id, target: "team", ...win(0) };
    expect(await publishResults(await f.user("union_u1"), input)).toEqual(refuse("forbidden", "publications.error.notOffice"));
    expect(await publishResults(await f.user("leader_t1"), input)).toEqual(refuse("forbidden", "publications.error.notOffice"));
    const office = await f.user("office_a");
    expect(await publishResults(office, { ...input, endsOn: addDays(today, -1) })).toMatchObject(invalid({ endsOn: ["publications.error.endBeforeStart"] }));
    expect(await publishResults(office, { ...input, endsOn: addDays(today, 40) })).toMatchObject(invalid({ endsOn: [message("publications.error.windowTooLong", { n: 30 })] }));
    expect(await publishResults(office, { ...input, startsOn: "2026-02-30" })).toMatchObject(invalid({ startsOn: ["validation.date"] }));
  });

  it("refuses a window PostgreSQL cannot store or no one meant, with a field message and nothing published", async () => {
    const office = await f.user("office_a");
    const input = { periodId: period.id, target: "team", ...win(0) };
    // Year 0 passed the old check (JavaScript has a year 0; PostgreSQL does not) and the insert failed: a 500.
    expect(await publishResults(office, { ...input, startsOn: "0000-01-01", endsOn: "0000-01-07" })).toMatchObject(invalid({ startsOn: ["validation.date"], endsOn: ["validation.date"] }));
    expect(await publishResults(office, { ...input, startsOn: "0001-01-01", endsOn: "0001-01-07" })).toMatchObject(invalid({ startsOn: ["publications.error.startTooEarly"] }));
    expect(await publishResults(office, { ...input, startsOn: "2026-13-01" })).toMatchObject(invalid({ startsOn: ["validation.date"] }));
    expect(await publishResults(office, { ...input, endsOn: "9999-12-31" })).toMatchObject(invalid({ endsOn: [message("publications.error.windowTooLong", { n: 30 })] }));
    expect(await publishResults(office, { ...input, startsOn: `${input.startsOn}T08:00:00+08:00` })).toMatchObject(invalid({ startsOn: ["validation.date"] }));
    expect(await publishResults(office, { ...input, startsOn: "  " })).toMatchObject(invalid({ startsOn: ["validation.required"] }));
    expect(await publishResults(office, { ...input, startsOn: 20260101 })).toMatchObject(invalid({ startsOn: ["validation.date"] }));
    expect(await db.db.select().from(evaluationPublications)).toEqual([]);
    expect(await publishResults(office, { ...input, target: "worker" })).toEqual(refuse("conflict", "publications.error.nothingConfirmed"));
    expect(await publishResults(await f.user("office_b"), input)).toEqual(refuse("not_found", "publications.error.notFound"));
  });

  it("publishes the confirmed results once, even when clicked twice at once", async () => {
    const office = await f.user("office_a");
    const input = { periodId: period.id, target: "team", ...win(1) };
    const results = await Promise.all([publishResults(office, input), publishResults(office, input)]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.find((r) => !r.ok)).toEqual(refuse("conflict", "publications.error.alreadyPublished"));
    pubId = results.find((r) => r.ok)!.ok ? (results.find((r) => r.ok) as { data: { id: string } }).data.id : "";
    const detail = await getPublication(office, pubId);
    expect(detail!.entries.map((e) => [e.evaluationId, e.rank])).toEqual([[confirmedIds[0], 1], [confirmedIds[1], 2]]);
    expect(detail!.publication.phase).toBe("upcoming");
    expect(await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, pubId), eq(auditLog.action, "publication.published")))).toHaveLength(1);
  });

  it("shows the posting to everyone in the county only while it runs, never to another county", async () => {
    const union2 = await f.user("union_u2");
    expect(await getPublication(union2, pubId)).toBeNull(); // starts tomorrow
    expect(await listPublications(union2)).toEqual([]);
    expect(await getPublication(union2, pubId, addDays(today, 1))).not.toBeNull();
    expect((await getPublication(await f.user("leader_t3"), pubId, addDays(today, 7)))!.entries).toHaveLength(2);
    expect(await getPublication(await f.user("office_b"), pubId, addDays(today, 1))).toBeNull();
  });

  it("moves the window while posted, with a stale page refused", async () => {
    const office = await f.user("office_a");
    expect(await reschedulePublication(office, pubId, 1, { startsOn: addDays(today, -8), endsOn: addDays(today, -9) })).toMatchObject(invalid({ endsOn: ["publications.error.endBeforeStart"] }));
    expect(await reschedulePublication(await f.user("union_u1"), pubId, 1, win(-8))).toEqual(refuse("forbidden", "publications.error.notOffice"));
    expect(await reschedulePublication(office, pubId, 1, win(-8))).toEqual({ ok: true });
    expect(await reschedulePublication(office, pubId, 1, win(-8))).toEqual(refuse("conflict", "publications.error.alreadyHandled"));
  });

  it("names only after the window, only posted results, once", async () => {
    const office = await f.user("office_a");
    // The window is now today-8 … today-2: test naming on its last day first.
    expect(await nameTitles(office, pubId, 2, { evaluationIds: [confirmedIds[0]] }, addDays(today, -2))).toEqual(refuse("conflict", "publications.error.windowNotOver"));
    expect(await nameTitles(office, pubId, 2, { evaluationIds: [] })).toMatchObject(invalid({ evaluationIds: ["publications.error.pickOne"] }));
    const [notPosted] = await db.db.select({ id: evaluations.id }).from(evaluations).where(eq(evaluations.status, "submitted"));
    expect(await nameTitles(office, pubId, 2, { evaluationIds: [notPosted!.id] })).toMatchObject(invalid({ evaluationIds: ["publications.error.notPosted"] }));
    expect(await nameTitles(await f.user("union_u1"), pubId, 2, { evaluationIds: [confirmedIds[0]] })).toEqual(refuse("forbidden", "publications.error.notOffice"));
    const results = await Promise.all([nameTitles(office, pubId, 2, { evaluationIds: [confirmedIds[0]] }), nameTitles(office, pubId, 2, { evaluationIds: [confirmedIds[0]] })]);
    expect(results.filter((r) => r.ok)).toEqual([{ ok: true, data: { count: 1 } }]);
    expect(results.find((r) => !r.ok)).toEqual(refuse("conflict", "publications.error.alreadyHandled"));
    expect(await db.db.select().from(titles)).toHaveLength(1);
    expect((await listTitlesOf(await f.user("union_u1"), f.org.T1)).map((t) => [t.target, t.year, t.status])).toEqual([["team", THIS_YEAR, "held"]]);
    const ranking = await getRankings(office, period, { level: "team", by: "score", page: 1 });
    expect(ranking!.rows.filter((r) => r.titled).map((r) => r.orgId)).toEqual([f.org.T1]);
    // Named: the window can no longer move, and nobody can name again.
    expect(await reschedulePublication(office, pubId, 3, win(0))).toEqual(refuse("conflict", "publications.error.alreadyNamed"));
  });

  it("withdraws a title only with a reason, once", async () => {
    const office = await f.user("office_a");
    const [t] = await db.db.select().from(titles);
    expect(await withdrawTitle(office, t!.id, 1, { reason: "" })).toMatchObject(invalid({ reason: ["validation.reasonRequired"] }));
    expect(await withdrawTitle(await f.user("union_u1"), t!.id, 1, { reason: "安全事故" })).toEqual(refuse("forbidden", "publications.error.notOffice"));
    expect(await withdrawTitle(await f.user("office_b"), t!.id, 1, { reason: "安全事故" })).toEqual(refuse("not_found", "publications.error.titleNotFound"));
    const results = await Promise.all([withdrawTitle(office, t!.id, 1, { reason: "年内发生安全责任事故" }), withdrawTitle(office, t!.id, 1, { reason: "年内发生安全责任事故" })]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    const [after] = await db.db.select().from(titles);
    expect(after).toMatchObject({ status: "withdrawn", withdrawReason: "年内发生安全责任事故", withdrawnBy: office.id });
    expect(await withdrawTitle(office, t!.id, 2, { reason: "再摘一次" })).toEqual(refuse("conflict", "publications.error.alreadyWithdrawn"));
    expect(await db.db.select().from(auditLog).where(and(eq(auditLog.entityId, t!.id), eq(auditLog.action, "title.withdrawn")))).toHaveLength(1);
    expect((await getRankings(office, period, { level: "team", by: "score", page: 1 }))!.rows.filter((r) => r.titled)).toEqual([]);
  });
});
