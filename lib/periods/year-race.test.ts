import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { and, desc, eq, gte, lte } from "drizzle-orm";
import { auditLog, periods, records, type Period } from "@/db/schema";
import { invalid, refuse } from "@/lib/actions/result";
import { createRecord, transitionRecord } from "@/lib/records/mutations";
import { setClockForTests } from "@/lib/time";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { closeYear, listYears, reopenYear, type YearChecklist } from "./years";

/*
 * Closing a year races the writes into it (lib/periods/guard.ts): a write either lands before the
 * close, and the close's checklist counts it (or the close is refused for it), or it is refused as a
 * write into a closed year. Never a write recorded into a year after the checklist it was closed on.
 */

const NEXT = THIS_YEAR + 1;
const ROUNDS = 12;

/** Both at once, the close started first in even rounds and second in odd ones. */
async function race<A, B>(round: number, close: () => Promise<A>, write: () => Promise<B>): Promise<[A, B]> {
  if (round % 2 === 0) return Promise.all([close(), write()]);
  const [b, a] = await Promise.all([write(), close()]);
  return [a, b];
}

describe.each(TEST_DATABASES)("closing a year while writes race into it, %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let yearId: string;

  const period = async () => (await db.db.select().from(periods).where(eq(periods.id, yearId)))[0] as Period;
  const checklistNow = async () => (await listYears(await f.user("office_a")))!.find((y) => y.period.id === yearId)!.checklist;
  const yearRecords = () =>
    db.db
      .select({ id: records.id, status: records.status, version: records.version })
      .from(records)
      .where(and(eq(records.countyId, f.org.A), gte(records.occurredOn, `${THIS_YEAR}-01-01`), lte(records.occurredOn, `${THIS_YEAR}-12-31`)));
  /** What the latest close recorded as still open: it must be what the closed year holds. */
  const closedOn = async (): Promise<YearChecklist> => {
    const [row] = await db.db
      .select({ after: auditLog.after })
      .from(auditLog)
      .where(and(eq(auditLog.action, "period.closed"), eq(auditLog.entityId, yearId)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    return (row!.after as { openItems: YearChecklist }).openItems;
  };
  const reopen = async () => {
    const p = await period();
    if (p.status === "closed") expect(await reopenYear(await f.user("office_a"), p.id, p.version, { reason: "并发测试：重新开放" })).toEqual({ ok: true });
  };

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    yearId = (await db.db.select({ id: periods.id }).from(periods).where(and(eq(periods.countyId, f.org.A), eq(periods.year, THIS_YEAR))))[0]!.id;
    // Early January: the old year has ended and can be closed; December's sessions still come in.
    setClockForTests(new Date(`${NEXT}-01-05T10:00:00+08:00`));
  });
  afterEach(async () => {
    // Each test leaves the year open for the next.
    await reopen();
  });
  afterAll(async () => {
    setClockForTests(null);
    await db.dispose();
  });

  const session = (title: string) => {
    const [w1, w2] = f.workersOf(f.org.T1);
    return { title, occurredOn: `${THIS_YEAR}-12-30`, contents: ["technology"], form: "on_the_job", hours: "2", presenter: "王师傅", location: "", summary: "", attendees: [w1, w2] };
  };

  it("a late submission and a close without acknowledgement: exactly one of them goes through", async () => {
    const [office, leader, union] = await Promise.all([f.user("office_a"), f.user("leader_t1"), f.user("union_u1")]);
    const outcomes = { closed: 0, submitted: 0 };
    for (let i = 0; i < ROUNDS; i++) {
      // Nothing open in the year: a close without "I know" goes through unless a submission beats it.
      expect(await checklistNow()).toEqual({ recordsWaiting: 0, recordsUnsent: 0, evaluationsOpen: 0, postingsUnnamed: 0 });
      const p = await period();
      const before = await yearRecords();
      // Started in turn in either order (PGlite runs one transaction at a time: who starts first wins there).
      const [close, create] = await race(i, () => closeYear(office, p.id, p.version, {}), () => createRecord(leader, "study_session", session(`年末补记 ${i}`), { submit: true }));
      if (close.ok) {
        outcomes.closed++;
        // The close came first: the submission is refused as a write into a closed year, and nothing landed.
        expect(create).toMatchObject(invalid({ occurredOn: ["validation.periodClosed"] }));
        expect(await yearRecords()).toEqual(before);
        expect(await closedOn()).toEqual(await checklistNow());
        await reopen();
      } else {
        outcomes.submitted++;
        // The submission came first: the close saw it waiting and asked for the acknowledgement.
        expect(create.ok).toBe(true);
        expect(close).toMatchObject(invalid({ acknowledge: ["years.validation.acknowledge"] }));
        expect((await period()).status).toBe("open");
        // Approve it so the year has nothing open again for the next round.
        expect(await transitionRecord(union, create.ok ? create.data!.id : "", "approve", { version: 1 })).toEqual({ ok: true });
      }
    }
    expect(outcomes.closed + outcomes.submitted).toBe(ROUNDS);
  });

  it("approvals racing a close with acknowledgement: each approval lands before the close (and its checklist counts it) or is refused", async () => {
    const [office, leader, union] = await Promise.all([f.user("office_a"), f.user("leader_t1"), f.user("union_u1")]);
    for (let i = 0; i < ROUNDS; i++) {
      const waiting: string[] = [];
      for (let j = 0; j < 3; j++) {
        const made = await createRecord(leader, "study_session", session(`年末学习 ${i}-${j}`), { submit: true });
        expect(made.ok).toBe(true);
        waiting.push(made.ok ? made.data!.id : "");
      }
      const p = await period();
      const [close, approvals] = await race(
        i,
        () => closeYear(office, p.id, p.version, { acknowledge: "on" }),
        () => Promise.all(waiting.map((id) => transitionRecord(union, id, "approve", { version: 1 }))),
      );
      expect(close).toEqual({ ok: true });
      for (const a of approvals) expect([JSON.stringify({ ok: true }), JSON.stringify(refuse("period_closed", "years.error.closed"))]).toContain(JSON.stringify(a));
      const after = await yearRecords();
      const approvedNow = after.filter((r) => waiting.includes(r.id) && r.status === "approved").length;
      expect(approvedNow).toBe(approvals.filter((a) => a.ok).length);
      // What the close recorded as still waiting is exactly what the closed year holds.
      expect(await closedOn()).toEqual(await checklistNow());
      await reopen();
      // Leave nothing waiting for the next round.
      for (const r of await yearRecords()) if (r.status === "submitted") expect(await transitionRecord(union, r.id, "approve", { version: r.version })).toEqual({ ok: true });
    }
  });
});
