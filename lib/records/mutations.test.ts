import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { and, asc, count, eq, gt, max } from "drizzle-orm";
import sharp from "sharp";
import { attachments, auditLog, periods, recordWorkers, records, workers } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/load-user";
import type { RecordKind, RecordStatus } from "@/lib/domain/enums";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_DAY, LAST_YEAR, THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { addEvidence, approveMany, createRecord, removeEvidence, transitionRecord, updateRecord } from "./mutations";
import { chinaToday } from "@/lib/time";
import { type ActionResult, invalid, message, refuse } from "@/lib/actions/result";
import { errorTexts } from "@/test/messages";

/*
 * Integration tests of the record data layer (lib/records/mutations.ts) on every test database:
 * who may do what, forged and bad input, double submits, racing reviewers, the audit trail, evidence.
 * Every refusal is checked against a snapshot of the rows it could have touched.
 */

// ---------------------------------------------------------------------------------------------
// Form input, shaped the way readRecordForm hands it over (numbers as text, as FormData has them)
// ---------------------------------------------------------------------------------------------

const DAY = FIXTURE_DAY;
const REASON = "材料不全，请补充签到表";

type Input = Record<string, unknown>;

const studyInput = (attendees: string[], over: Input = {}): Input => ({
  title: "班组学习：安全操作规程",
  occurredOn: DAY,
  contents: ["technology", "business"],
  form: "on_the_job",
  hours: "2",
  presenter: "王师傅",
  location: "",
  summary: "",
  attendees,
  ...over,
});

const proposalInput = (proposers: string[], over: Input = {}): Input => ({
  title: "改进下料工序",
  occurredOn: DAY,
  team: "",
  content: "调整下料顺序，减少边角料。",
  proposers,
  adopted: true,
  implemented: false,
  benefitYuan: "1200.50",
  ...over,
});

const trainingInput = (over: Input = {}): Input => ({
  title: "焊工技能培训班",
  occurredOn: DAY,
  specialty: "焊接",
  classes: "2",
  trainees: "30",
  hours: "16",
  reemployment: false,
  employedAfter: "",
  ...over,
});

const competitionInput = (over: Input = {}): Input => ({
  title: "车工技能比武",
  occurredOn: DAY,
  trade: "车工",
  level: "county",
  participants: "20",
  winners: "3",
  ...over,
});

const cultureInput = (over: Input = {}): Input => ({ title: "职工象棋赛", occurredOn: DAY, eventType: "chess", participants: "40", ...over });

const publicityInput = (over: Input = {}): Input => ({ title: "劳模宣讲", occurredOn: DAY, channel: "forum", quantity: "3", note: "", ...over });

/** The day after today in China (the schema's idea of "today"). */
function tomorrow(): string {
  const d = new Date(`${chinaToday()}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

// ---------------------------------------------------------------------------------------------
// Evidence files
// ---------------------------------------------------------------------------------------------

const file = (bytes: Uint8Array | string, name: string, type: string) =>
  new File([typeof bytes === "string" ? bytes : new Uint8Array(bytes)], name, { type });

async function jpegFile(name = "photo.jpg", width = 800, height = 600): Promise<File> {
  const buf = await sharp({ create: { width, height, channels: 3, background: "#c33" } }).jpeg().toBuffer();
  return file(buf, name, "image/jpeg");
}

const PDF_BYTES = Buffer.from(
  "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n" +
    "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n",
);
const pdfFile = (name = "minutes.pdf") => file(PDF_BYTES, name, "application/pdf");
const textPretendingToBeJpeg = () => file("这不是图片，只是文字。", "fake.jpg", "image/jpeg");
const sixMegabytes = () => file(new Uint8Array(6 * 1024 * 1024).fill(0xff), "huge.jpg", "image/jpeg");

const isJpeg = (b: Buffer) => b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
const isWebp = (b: Buffer) => b.toString("ascii", 0, 4) === "RIFF" && b.toString("ascii", 8, 12) === "WEBP";

// ---------------------------------------------------------------------------------------------
// The transition matrix: who may do what, to a team record (leader_t1's) and a unit record (union_u1's)
// ---------------------------------------------------------------------------------------------

const ACTIONS = ["edit", "submit", "approve", "reject", "reopen", "withdraw"] as const;
type Action = (typeof ACTIONS)[number];

/** The state each action is tried from (the state it is meant for). */
const STARTS_FROM: Record<Action, RecordStatus> = { edit: "draft", submit: "draft", approve: "submitted", reject: "submitted", reopen: "approved", withdraw: "submitted" };
/** Where an allowed action takes the record, and the audit row it writes. */
const LEADS_TO: Record<Action, [RecordStatus, string]> = {
  edit: ["draft", "record.updated"],
  submit: ["submitted", "record.submitted"],
  approve: ["approved", "record.approved"],
  reject: ["rejected", "record.rejected"],
  reopen: ["rejected", "record.reopened"],
  withdraw: ["draft", "record.withdrawn"],
};

const OK = "ok";
const NOT_FOUND = "records.error.notFound"; // outside the actor's scope: answered as if it did not exist
const FORBIDDEN = "errors.forbidden"; // visible, but not the actor's to do
const LOCKED = "records.error.locked"; // approved: nobody but the office may move it
type Outcome = typeof OK | typeof NOT_FOUND | typeof FORBIDDEN | typeof LOCKED;
type MatrixRow = [username: string, relation: string, edit: Outcome, submit: Outcome, approve: Outcome, reject: Outcome, reopen: Outcome, withdraw: Outcome];

const TEAM_RECORD_MATRIX: MatrixRow[] = [
  ["leader_t1", "owner", OK, OK, FORBIDDEN, FORBIDDEN, LOCKED, OK],
  ["union_u1", "reviewer (its unit's union)", FORBIDDEN, FORBIDDEN, OK, OK, LOCKED, FORBIDDEN],
  ["union_u2", "sibling unit's union", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  ["union_u3", "other county's union", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  ["leader_t2", "sibling team's leader", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  ["leader_t4", "other county's leader", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  ["office_a", "county office (not the reviewer)", FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN, OK, FORBIDDEN],
  ["office_b", "other county's office", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
];

const UNIT_RECORD_MATRIX: MatrixRow[] = [
  ["union_u1", "owner", OK, OK, FORBIDDEN, FORBIDDEN, LOCKED, OK],
  ["office_a", "reviewer (the county office)", FORBIDDEN, FORBIDDEN, OK, OK, OK, FORBIDDEN],
  ["union_u2", "sibling unit's union", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  ["union_u3", "other county's union", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  ["leader_t1", "leader of a team in the unit", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
  ["office_b", "other county's office", NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND, NOT_FOUND],
];

function expandMatrix(rows: MatrixRow[]): [Action, string, string, Outcome][] {
  return rows.flatMap(([username, relation, ...outcomes]) => ACTIONS.map((a, i) => [a, username, relation, outcomes[i]!] as [Action, string, string, Outcome]));
}

// ---------------------------------------------------------------------------------------------

describe.each(TEST_DATABASES)("record data layer on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  // ---- users and org lookups ----------------------------------------------------------------

  const as = (username: string): Promise<CurrentUser> => f.user(username);
  const teamOfLeader = (username: string) => f.org[`T${username.slice(-1)}` as "T1" | "T2" | "T3" | "T4"];
  const REVIEWER_OF_LEADER: Record<string, string> = { leader_t1: "union_u1", leader_t2: "union_u1", leader_t3: "union_u2", leader_t4: "union_u3" };

  // ---- reading the database -----------------------------------------------------------------

  async function rowOf(id: string) {
    const [row] = await db.db.select().from(records).where(eq(records.id, id));
    return row!;
  }

  async function workersOn(id: string) {
    return db.db
      .select({ workerId: recordWorkers.workerId, role: recordWorkers.role })
      .from(recordWorkers)
      .where(eq(recordWorkers.recordId, id))
      .orderBy(asc(recordWorkers.workerId), asc(recordWorkers.role));
  }

  async function evidenceOn(id: string) {
    return db.db.select().from(attachments).where(eq(attachments.recordId, id)).orderBy(asc(attachments.filename), asc(attachments.id));
  }

  /** Everything a change to record `id` could touch: its row, its workers, its evidence, and the whole audit log. */
  async function snapshot(id: string) {
    return {
      record: await db.db.select().from(records).where(eq(records.id, id)),
      workers: await workersOn(id),
      evidence: (await evidenceOn(id)).map((a) => ({ id: a.id, filename: a.filename, size: a.size })),
      audit: await db.db.select().from(auditLog).orderBy(asc(auditLog.id)),
    };
  }

  /** Row counts of every table the data layer writes. */
  async function tableCounts() {
    const n = async (t: typeof records | typeof recordWorkers | typeof attachments | typeof auditLog) => (await db.db.select({ n: count() }).from(t))[0]!.n;
    return { records: await n(records), recordWorkers: await n(recordWorkers), attachments: await n(attachments), audit: await n(auditLog) };
  }

  async function auditMark(): Promise<number> {
    const [{ m }] = await db.db.select({ m: max(auditLog.id) }).from(auditLog);
    return m ?? 0;
  }

  async function auditSince(mark: number) {
    return db.db.select().from(auditLog).where(gt(auditLog.id, mark)).orderBy(asc(auditLog.id));
  }

  const actionsSince = async (mark: number) => (await auditSince(mark)).map((a) => a.action);

  // ---- making records in a given state ------------------------------------------------------

  function expectOk<T>(result: ActionResult<T>): T | undefined {
    expect(result).toMatchObject({ ok: true });
    return result.ok ? result.data : undefined;
  }

  async function version(id: string) {
    return (await rowOf(id)).version;
  }

  /** Takes a fresh draft to `status` the regular way: owner submits, reviewer approves or rejects. */
  async function bringTo(id: string, status: RecordStatus, owner: CurrentUser, reviewer: CurrentUser) {
    if (status === "draft") return id;
    expectOk(await transitionRecord(owner, id, "submit", { version: await version(id) }));
    if (status === "approved") expectOk(await transitionRecord(reviewer, id, "approve", { version: await version(id) }));
    if (status === "rejected") expectOk(await transitionRecord(reviewer, id, "reject", { version: await version(id), reason: REASON }));
    expect((await rowOf(id)).status).toBe(status);
    return id;
  }

  /** A study session of `leader`'s team (first two workers attending), in `status`. */
  async function teamRecord(status: RecordStatus, leader = "leader_t1", over: Input = {}): Promise<string> {
    const team = teamOfLeader(leader);
    const union = REVIEWER_OF_LEADER[leader]!;
    const created = expectOk(await createRecord(await as(leader), "study_session", studyInput(f.workersOf(team).slice(0, 2), over), { submit: false }));
    return bringTo(created!.id, status, await as(leader), await as(union));
  }

  /** A training record of union_u1's unit, in `status`. */
  async function unitRecord(status: RecordStatus, over: Input = {}): Promise<string> {
    const created = expectOk(await createRecord(await as("union_u1"), "training", trainingInput(over), { submit: false }));
    return bringTo(created!.id, status, await as("union_u1"), await as("office_a"));
  }

  // ==========================================================================================

  describe("transition matrix", () => {
    /** Tries `action` on record `id` as `user`; edits change the title and the named people. */
    async function perform(action: Action, user: CurrentUser, id: string, level: "team" | "unit") {
      const v = await version(id);
      switch (action) {
        case "edit":
          return updateRecord(
            user,
            id,
            v,
            level === "team" ? studyInput([f.workersOf(f.org.T1)[2]!], { title: "改过的标题" }) : trainingInput({ title: "改过的标题", trainees: "45" }),
            { submit: false },
          );
        case "reject":
        case "reopen":
          return transitionRecord(user, id, action, { version: v, reason: REASON });
        default:
          return transitionRecord(user, id, action, { version: v });
      }
    }

    async function check(level: "team" | "unit", action: Action, username: string, outcome: Outcome) {
      const id = level === "team" ? await teamRecord(STARTS_FROM[action]) : await unitRecord(STARTS_FROM[action]);
      const user = await as(username);
      const before = await snapshot(id);
      const mark = await auditMark();

      const result = await perform(action, user, id, level);

      if (outcome !== OK) {
        expect(result).toMatchObject({ ok: false, message: { key: outcome } });
        expect(await snapshot(id)).toEqual(before);
        return;
      }
      expectOk(result);
      const after = await rowOf(id);
      const [status, auditAction] = LEADS_TO[action];
      expect(after.status).toBe(status);
      expect(after.version).toBe(before.record[0]!.version + 1);
      const audit = await auditSince(mark);
      expect(audit.map((a) => [a.action, a.entity, a.entityId, a.actorId, a.countyId])).toEqual([[auditAction, "record", id, user.id, f.org.A]]);
      if (action === "edit") {
        expect(after.title).toBe("改过的标题");
        if (level === "team") expect(await workersOn(id)).toEqual([{ workerId: f.workersOf(f.org.T1)[2], role: "attendee" }]);
        else expect(after.participants).toBe(45);
        expect(audit[0]!.after).toMatchObject({ title: "改过的标题" });
        expect(audit[0]!.before).toMatchObject({ title: before.record[0]!.title });
      }
      if (action === "approve") expect([after.reviewedBy, after.reviewNote]).toEqual([user.id, null]);
      if (action === "reject" || action === "reopen") {
        expect([after.reviewedBy, after.reviewNote]).toEqual([user.id, REASON]);
        expect(audit[0]!.after).toEqual({ status: "rejected", reason: REASON });
      }
      if (action === "submit") expect(after.submittedAt).not.toBeNull();
      // Withdrawn, it is the owner's draft again and out of the reviewer's queue.
      if (action === "withdraw") expect([after.submittedAt, after.reviewedBy]).toEqual([null, null]);
    }

    it.each(expandMatrix(TEAM_RECORD_MATRIX))("team record: %s by %s (%s) → %s", async (action, username, _relation, outcome) => {
      await check("team", action, username, outcome);
    });

    it.each(expandMatrix(UNIT_RECORD_MATRIX))("unit record: %s by %s (%s) → %s", async (action, username, _relation, outcome) => {
      await check("unit", action, username, outcome);
    });

    it.each([
      ["team", "union_u1", "reject"],
      ["team", "office_a", "reopen"],
      ["unit", "office_a", "reject"],
      ["unit", "office_a", "reopen"],
    ] as const)("%s record: %s cannot %s without a reason", async (level, username, action) => {
      const from = STARTS_FROM[action];
      const id = level === "team" ? await teamRecord(from) : await unitRecord(from);
      const before = await snapshot(id);
      for (const reason of [undefined, "", "   "]) {
        const result = await transitionRecord(await as(username), id, action, { version: before.record[0]!.version, reason });
        expect(result).toMatchObject(invalid({ reason: ["validation.reasonRequired"] }));
      }
      expect(await snapshot(id)).toEqual(before);
    });

    it("refuses each action from a state it is not meant for, changing nothing", async () => {
      const leader = await as("leader_t1");
      const union = await as("union_u1");
      const office = await as("office_a");
      const tries: [RecordStatus, CurrentUser, Exclude<Action, "edit">, string][] = [
        ["draft", union, "approve", FORBIDDEN],
        ["draft", union, "reject", FORBIDDEN],
        ["draft", office, "reopen", FORBIDDEN],
        ["submitted", leader, "submit", FORBIDDEN],
        ["submitted", office, "reopen", FORBIDDEN],
        ["approved", leader, "submit", LOCKED],
        ["approved", union, "approve", LOCKED],
        ["approved", union, "reject", LOCKED],
        ["rejected", union, "approve", FORBIDDEN],
        ["rejected", office, "reopen", FORBIDDEN],
      ];
      for (const [status, user, action, message] of tries) {
        const id = await teamRecord(status);
        const before = await snapshot(id);
        const result = await transitionRecord(user, id, action, { version: before.record[0]!.version, reason: REASON });
        expect({ status, action, result }).toMatchObject({ status, action, result: { ok: false, message: { key: message } } });
        expect(await snapshot(id)).toEqual(before);
      }
    });

    it("lets the owner edit a rejected record and send it back, clearing the review note", async () => {
      const id = await teamRecord("rejected");
      expect((await rowOf(id)).reviewNote).toBe(REASON);
      const mark = await auditMark();
      expectOk(await updateRecord(await as("leader_t1"), id, await version(id), studyInput(f.workersOf(f.org.T1), { hours: "3" }), { submit: true }));
      const row = await rowOf(id);
      expect([row.status, row.reviewNote, row.hours]).toEqual(["submitted", null, 3]);
      expect(await actionsSince(mark)).toEqual(["record.updated", "record.submitted"]);
    });

    it("answers a stale version with alreadyHandled and writes nothing", async () => {
      const id = await teamRecord("draft");
      const leader = await as("leader_t1");
      const v = await version(id);
      expectOk(await updateRecord(leader, id, v, studyInput(f.workersOf(f.org.T1), { title: "第一次保存" }), { submit: false }));
      const before = await snapshot(id);
      expect(await updateRecord(leader, id, v, studyInput(f.workersOf(f.org.T1), { title: "旧页面上的保存" }), { submit: false })).toEqual(refuse("conflict", "records.error.alreadyHandled"));
      expect(await transitionRecord(leader, id, "submit", { version: v })).toEqual(refuse("conflict", "records.error.alreadyHandled"));
      expect(await snapshot(id)).toEqual(before);
    });
  });

  // ==========================================================================================

  describe("forged input", () => {
    it("ignores forged org ids, status, reviewer and owner level on create", async () => {
      const leader = await as("leader_t1");
      const forgedId = randomUUID();
      const forged = {
        ...studyInput(f.workersOf(f.org.T1).slice(0, 1)),
        id: forgedId,
        countyId: f.org.B,
        unitId: f.org.U2,
        teamId: f.org.T3,
        ownerLevel: "county",
        status: "approved",
        version: 42,
        reviewedBy: f.userIds["office_a"],
        reviewedAt: new Date(),
        reviewNote: "已审",
        createdBy: f.userIds["leader_t3"],
      };
      for (const submit of [false, true]) {
        const { id } = expectOk(await createRecord(leader, "study_session", forged, { submit }))!;
        expect(id).not.toBe(forgedId);
        expect(await rowOf(id)).toMatchObject({
          countyId: f.org.A,
          unitId: f.org.U1,
          teamId: f.org.T1,
          ownerLevel: "team",
          status: submit ? "submitted" : "draft",
          version: 1,
          reviewedBy: null,
          reviewedAt: null,
          reviewNote: null,
          createdBy: leader.id,
        });
      }
    });

    it("ignores forged org ids on a union's record, and forged status on update", async () => {
      const union = await as("union_u1");
      const { id } = expectOk(
        await createRecord(union, "training", { ...trainingInput(), countyId: f.org.B, unitId: f.org.U2, teamId: f.org.T3, team: f.org.T3, status: "approved" }, { submit: false }),
      )!;
      expect(await rowOf(id)).toMatchObject({ countyId: f.org.A, unitId: f.org.U1, teamId: null, ownerLevel: "unit", status: "draft", reviewedBy: null });
      expectOk(await updateRecord(union, id, 1, { ...trainingInput(), status: "approved", reviewedBy: f.userIds["office_a"], unitId: f.org.U2 }, { submit: false }));
      expect(await rowOf(id)).toMatchObject({ unitId: f.org.U1, status: "draft", reviewedBy: null, version: 2 });
    });

    it("lets a union attribute a record to a team of its own unit", async () => {
      const { id } = expectOk(await createRecord(await as("union_u1"), "proposal", proposalInput(f.workersOf(f.org.T2).slice(0, 1), { team: f.org.T2 }), { submit: false }))!;
      expect(await rowOf(id)).toMatchObject({ ownerLevel: "unit", unitId: f.org.U1, teamId: f.org.T2 });
    });

    it.each([
      ["union_u1", "a team of another unit", "T3"],
      ["union_u1", "a team of another county", "T4"],
      ["union_u1", "a unit instead of a team", "U1"],
      ["leader_t1", "any team (leaders cannot attribute)", "T2"],
    ] as const)("refuses %s attributing a record to %s, writing nothing", async (username, _what, target) => {
      const before = await tableCounts();
      const result = await createRecord(await as(username), "proposal", proposalInput(f.workersOf(f.org.T1).slice(0, 1), { team: f.org[target] }), { submit: true });
      expect(result).toMatchObject(invalid({ team: ["validation.invalidOption"] }));
      expect(await tableCounts()).toEqual(before);
    });

    it("refuses re-attributing an existing record to another unit's team on update", async () => {
      const union = await as("union_u1");
      const { id } = expectOk(await createRecord(union, "proposal", proposalInput(f.workersOf(f.org.T1).slice(0, 1), { team: f.org.T1 }), { submit: false }))!;
      const before = await snapshot(id);
      const result = await updateRecord(union, id, 1, proposalInput(f.workersOf(f.org.T1).slice(0, 1), { team: f.org.T3 }), { submit: false });
      expect(result).toMatchObject(invalid({ team: ["validation.invalidOption"] }));
      expect(await snapshot(id)).toEqual(before);
    });

    it.each([
      ["leader_t1", "training"],
      ["leader_t1", "culture"],
      ["union_u1", "study_session"],
      ["office_a", "proposal"],
    ] as const)("refuses %s logging a %s record", async (username, recordKind) => {
      const before = await tableCounts();
      const input = recordKind === "study_session" ? studyInput(f.workersOf(f.org.T1)) : recordKind === "proposal" ? proposalInput(f.workersOf(f.org.T1)) : trainingInput();
      expect(await createRecord(await as(username), recordKind, input, { submit: false })).toEqual(refuse("forbidden", "errors.forbidden"));
      expect(await tableCounts()).toEqual(before);
    });
  });

  // ==========================================================================================

  describe("bad input", () => {
    it("accepts the baseline input of every kind (so the refusals below are about the one bad field)", async () => {
      const leader = await as("leader_t1");
      const union = await as("union_u1");
      const office = await as("office_a");
      const w = f.workersOf(f.org.T1);
      expectOk(await createRecord(leader, "study_session", studyInput(w), { submit: false }));
      expectOk(await createRecord(leader, "proposal", proposalInput(w), { submit: false }));
      expectOk(await createRecord(leader, "innovation", { title: "夹具改进", occurredOn: DAY, team: "", description: "新夹具", result: "", members: [], benefitYuan: "" }, { submit: false }));
      expectOk(await createRecord(union, "training", trainingInput({ employedAfter: "30" }), { submit: false }));
      expectOk(await createRecord(union, "competition", competitionInput({ winners: "20" }), { submit: false }));
      expectOk(await createRecord(office, "culture", cultureInput(), { submit: false }));
      expectOk(await createRecord(union, "publicity", publicityInput(), { submit: false }));
    });

    // [what, kind, user, change to the baseline, field (array items are keyed "field.index"), expected message]
    const cases: [string, RecordKind, string, Input, string, string][] = [
      ["empty title", "study_session", "leader_t1", { title: "" }, "title", "validation.required"],
      ["blank title", "study_session", "leader_t1", { title: "   " }, "title", "validation.required"],
      ["101-character title", "study_session", "leader_t1", { title: "标".repeat(101) }, "title", "validation.tooLong|100"],
      ["empty date", "study_session", "leader_t1", { occurredOn: "" }, "occurredOn", "validation.required"],
      ["malformed date", "study_session", "leader_t1", { occurredOn: DAY.replaceAll("-", "/") }, "occurredOn", "validation.date"],
      ["impossible date (30 February)", "study_session", "leader_t1", { occurredOn: `${THIS_YEAR}-02-30` }, "occurredOn", "validation.date"],
      ["date in the future", "study_session", "leader_t1", { occurredOn: tomorrow() }, "occurredOn", "validation.futureDate"],
      ["date two years back", "study_session", "leader_t1", { occurredOn: "2024-06-01" }, "occurredOn", "validation.tooOld"],
      ["no study content", "study_session", "leader_t1", { contents: [] }, "contents", "validation.chooseOne|1"],
      ["unknown study content", "study_session", "leader_t1", { contents: ["astrology"] }, "contents", "validation.invalidOption"],
      ["empty study form", "study_session", "leader_t1", { form: "" }, "form", "validation.required"],
      ["empty hours", "study_session", "leader_t1", { hours: "" }, "hours", "validation.required"],
      ["negative hours", "study_session", "leader_t1", { hours: "-1" }, "hours", "validation.min|0.5"],
      ["zero hours", "study_session", "leader_t1", { hours: "0" }, "hours", "validation.min|0.5"],
      ["more than 24 hours", "study_session", "leader_t1", { hours: "24.5" }, "hours", "validation.max|24"],
      ["hours in words", "study_session", "leader_t1", { hours: "两小时" }, "hours", "validation.number"],
      ["no attendees", "study_session", "leader_t1", { attendees: [] }, "attendees", "validation.minWorkers|1"],
      ["attendee that is not an id", "study_session", "leader_t1", { attendees: ["1 or 1=1"] }, "attendees", "validation.invalidOption"],
      ["empty proposal content", "proposal", "leader_t1", { content: "" }, "content", "validation.required"],
      ["no proposers", "proposal", "leader_t1", { proposers: [] }, "proposers", "validation.minWorkers|1"],
      ["negative benefit", "proposal", "leader_t1", { benefitYuan: "-5" }, "benefitYuan", "validation.min|0"],
      ["empty specialty", "training", "union_u1", { specialty: "" }, "specialty", "validation.required"],
      ["zero classes", "training", "union_u1", { classes: "0" }, "classes", "validation.min|1"],
      ["fractional classes", "training", "union_u1", { classes: "1.5" }, "classes", "validation.integer"],
      ["empty trainees", "training", "union_u1", { trainees: "" }, "trainees", "validation.required"],
      ["more employed than trained", "training", "union_u1", { trainees: "30", employedAfter: "31" }, "employedAfter", "validation.notMoreThan.employedAfter"],
      ["more winners than participants", "competition", "union_u1", { participants: "20", winners: "21" }, "winners", "validation.notMoreThan.winners"],
      ["empty competition level", "competition", "union_u1", { level: "" }, "level", "validation.required"],
      ["unknown competition level", "competition", "union_u1", { level: "world" }, "level", "validation.required"],
      ["negative participants", "competition", "union_u1", { participants: "-1", winners: "" }, "participants", "validation.min|0"],
      ["empty culture event type", "culture", "office_a", { eventType: "" }, "eventType", "validation.required"],
      ["zero publicity items", "publicity", "union_u1", { quantity: "0" }, "quantity", "validation.min|1"],
    ];

    const baseline = (k: RecordKind, over: Input): Input => {
      const w = f.workersOf(f.org.T1);
      switch (k) {
        case "study_session":
          return studyInput(w, over);
        case "proposal":
          return proposalInput(w, over);
        case "training":
          return trainingInput(over);
        case "competition":
          return competitionInput(over);
        case "culture":
          return cultureInput(over);
        default:
          return publicityInput(over);
      }
    };

    it.each(cases)("refuses %s (%s) with an error on that field, writing nothing", async (_what, recordKind, username, over, field, message) => {
      const before = await tableCounts();
      const result = await createRecord(await as(username), recordKind, baseline(recordKind, over), { submit: true });
      expect(result.ok).toBe(false);
      const errors = result.ok ? {} : errorTexts(result.fieldErrors);
      expect(Object.keys(errors)).toEqual([field]);
      expect(errors[field]).toContain(message);
      expect(await tableCounts()).toEqual(before);
    });

    it("refuses bad input on update too, leaving the record as it was", async () => {
      const id = await teamRecord("draft");
      const before = await snapshot(id);
      const result = await updateRecord(await as("leader_t1"), id, before.record[0]!.version, studyInput(f.workersOf(f.org.T1), { hours: "25", title: "" }), { submit: true });
      expect(result).toMatchObject(invalid({ title: ["validation.required"], hours: [message("validation.max", { n: 24 })] }));
      expect(await snapshot(id)).toEqual(before);
    });

    it.each([
      ["a worker of the sibling team", "T2"],
      ["a worker of another unit", "T3"],
      ["a worker of the other county", "T4"],
    ] as const)("refuses naming %s as attendee, writing nothing", async (_what, otherTeam) => {
      const before = await tableCounts();
      const attendees = [f.workersOf(f.org.T1)[0]!, f.workersOf(f.org[otherTeam])[0]!];
      const result = await createRecord(await as("leader_t1"), "study_session", studyInput(attendees), { submit: true });
      expect(result).toMatchObject(invalid({ attendees: ["validation.workerOutsideTeam"] }));
      expect(await tableCounts()).toEqual(before);
    });

    it("refuses unknown and departed workers", async () => {
      const leader3 = await as("leader_t3");
      const [stays, , leaves] = f.workersOf(f.org.T3);
      await db.db.update(workers).set({ status: "left", leftAt: new Date() }).where(eq(workers.id, leaves!));
      const before = await tableCounts();
      for (const attendees of [[stays!, leaves!], [stays!, randomUUID()]]) {
        expect(await createRecord(leader3, "study_session", studyInput(attendees), { submit: false })).toMatchObject(invalid({ attendees: ["validation.workerOutsideTeam"] }));
      }
      expect(await tableCounts()).toEqual(before);
    });

    it("refuses other units' workers as proposers on a union's proposal", async () => {
      const before = await tableCounts();
      const result = await createRecord(await as("union_u1"), "proposal", proposalInput([f.workersOf(f.org.T3)[0]!]), { submit: false });
      expect(result).toMatchObject(invalid({ proposers: ["validation.workerOutsideTeam"] }));
      expect(await tableCounts()).toEqual(before);
    });

    it("refuses a date in a closed evaluation year or one that does not exist, writing nothing", async () => {
      await db.db.insert(periods).values({ countyId: f.org.A, year: LAST_YEAR, startsOn: `${LAST_YEAR}-01-01`, endsOn: `${LAST_YEAR}-12-31`, status: "closed" });
      const before = await tableCounts();
      // County A: last year exists but is closed. County B: there is no last year at all.
      for (const leader of ["leader_t1", "leader_t4"]) {
        const result = await createRecord(await as(leader), "study_session", studyInput(f.workersOf(teamOfLeader(leader)), { occurredOn: `${LAST_YEAR}-06-01` }), { submit: true });
        expect(result).toMatchObject(invalid({ occurredOn: ["validation.periodClosed"] }));
      }
      expect(await tableCounts()).toEqual(before);
    });
  });

  // ==========================================================================================

  describe("double submit", () => {
    it("makes one record of two sends with the same client token", async () => {
      const leader = await as("leader_t1");
      const token = randomUUID();
      const input = studyInput(f.workersOf(f.org.T1).slice(0, 2));
      const before = await tableCounts();
      const mark = await auditMark();
      const [a, b] = await Promise.all([
        createRecord(leader, "study_session", input, { submit: true, clientToken: token }),
        createRecord(leader, "study_session", input, { submit: true, clientToken: token }),
      ]);
      const idA = expectOk(a)!.id;
      expect(expectOk(b)!.id).toBe(idA);
      const rows = await db.db.select().from(records).where(and(eq(records.createdBy, leader.id), eq(records.clientToken, token)));
      expect(rows.map((r) => r.id)).toEqual([idA]);
      expect(await tableCounts()).toEqual({ ...before, records: before.records + 1, recordWorkers: before.recordWorkers + 2, audit: before.audit + 2 });
      expect((await auditSince(mark)).map((r) => [r.action, r.entityId])).toEqual([
        ["record.created", idA],
        ["record.submitted", idA],
      ]);
      // A later resend still answers with the same record.
      expect(await createRecord(leader, "study_session", input, { submit: true, clientToken: token })).toEqual({ ok: true, data: { id: idA } });
      expect((await tableCounts()).records).toBe(before.records + 1);
    });

    it("answers a resend with the record the first send made, even when the record would now be refused", async () => {
      // The first send arrived but its answer was lost; meanwhile an attendee left the roster.
      const leader = await as("leader_t2");
      const token = randomUUID();
      const [stays, leaves] = f.workersOf(f.org.T2);
      const input = studyInput([stays!, leaves!]);
      const id = expectOk(await createRecord(leader, "study_session", input, { submit: true, clientToken: token }))!.id;
      await db.db.update(workers).set({ status: "left", leftAt: new Date() }).where(eq(workers.id, leaves!));
      try {
        const before = await tableCounts();
        expect(await createRecord(leader, "study_session", input, { submit: true, clientToken: token })).toEqual({ ok: true, data: { id } });
        expect(await tableCounts()).toEqual(before);
        // A new record naming the departed worker is still refused.
        expect(await createRecord(leader, "study_session", input, { submit: true, clientToken: randomUUID() })).toMatchObject(invalid({ attendees: ["validation.workerOutsideTeam"] }));
      } finally {
        await db.db.update(workers).set({ status: "active", leftAt: null }).where(eq(workers.id, leaves!));
      }
    });

    it("refuses a token that made a record of another kind, writing nothing", async () => {
      const leader = await as("leader_t1");
      const token = randomUUID();
      expectOk(await createRecord(leader, "study_session", studyInput(f.workersOf(f.org.T1)), { submit: false, clientToken: token }));
      const before = await tableCounts();
      expect(await createRecord(leader, "proposal", proposalInput(f.workersOf(f.org.T1).slice(0, 1)), { submit: false, clientToken: token })).toEqual(refuse("conflict", "errors.unexpected"));
      expect(await tableCounts()).toEqual(before);
    });

    it("keeps tokens per user, and makes separate records without a token", async () => {
      const token = randomUUID();
      const before = await tableCounts();
      const a = expectOk(await createRecord(await as("leader_t1"), "study_session", studyInput(f.workersOf(f.org.T1)), { submit: false, clientToken: token }))!;
      const b = expectOk(await createRecord(await as("leader_t2"), "study_session", studyInput(f.workersOf(f.org.T2)), { submit: false, clientToken: token }))!;
      const c = expectOk(await createRecord(await as("leader_t1"), "study_session", studyInput(f.workersOf(f.org.T1)), { submit: false }))!;
      const d = expectOk(await createRecord(await as("leader_t1"), "study_session", studyInput(f.workersOf(f.org.T1)), { submit: false }))!;
      expect(new Set([a.id, b.id, c.id, d.id]).size).toBe(4);
      expect((await tableCounts()).records).toBe(before.records + 4);
    });
  });

  // ==========================================================================================

  describe("racing reviewers", () => {
    it.runIf(kind === "postgres")("lets exactly one of 20 simultaneous approvals win", async () => {
      const id = await teamRecord("submitted");
      const reviewer = await as("union_u1");
      const v = await version(id);
      const mark = await auditMark();
      const results = await Promise.all(Array.from({ length: 20 }, () => transitionRecord(reviewer, id, "approve", { version: v })));
      expect(results.filter((r) => r.ok)).toEqual([{ ok: true }]);
      expect(results.filter((r) => !r.ok)).toEqual(Array.from({ length: 19 }, () => (refuse("conflict", "records.error.alreadyHandled"))));
      expect(await rowOf(id)).toMatchObject({ status: "approved", version: v + 1, reviewedBy: reviewer.id });
      expect(await actionsSince(mark)).toEqual(["record.approved"]);
    });

    it.runIf(kind === "postgres")("lets exactly one of simultaneous approvals and rejections win, consistently", async () => {
      const id = await teamRecord("submitted");
      const reviewer = await as("union_u1");
      const v = await version(id);
      const mark = await auditMark();
      const attempts = Array.from({ length: 20 }, (_, i) => (i % 2 ? ("approve" as const) : ("reject" as const)));
      const results = await Promise.all(attempts.map((action) => transitionRecord(reviewer, id, action, { version: v, reason: REASON })));
      const winners = attempts.filter((_, i) => results[i]!.ok);
      expect(winners).toHaveLength(1);
      expect(results.filter((r) => !r.ok).every((r) => !r.ok && r.message?.key === "records.error.alreadyHandled")).toBe(true);
      const row = await rowOf(id);
      expect(row.status).toBe(winners[0] === "approve" ? "approved" : "rejected");
      expect(row.version).toBe(v + 1);
      expect(await actionsSince(mark)).toEqual([winners[0] === "approve" ? "record.approved" : "record.rejected"]);
    });

    it("refuses a second approval with the stale version as alreadyHandled", async () => {
      const id = await teamRecord("submitted");
      const reviewer = await as("union_u1");
      const v = await version(id);
      expect(await transitionRecord(reviewer, id, "approve", { version: v })).toEqual({ ok: true });
      const after = await snapshot(id);
      expect(await transitionRecord(reviewer, id, "approve", { version: v })).toEqual(refuse("conflict", "records.error.alreadyHandled"));
      expect(await transitionRecord(reviewer, id, "reject", { version: v, reason: REASON })).toEqual(refuse("conflict", "records.error.alreadyHandled"));
      expect(await snapshot(id)).toEqual(after);
      expect(after.record[0]).toMatchObject({ status: "approved", version: v + 1 });
      expect(after.audit.filter((a) => a.entityId === id && a.action === "record.approved")).toHaveLength(1);
    });
  });

  // ==========================================================================================

  describe("withdrawing (撤回) until the union has handled it", () => {
    it("is refused once the union approved or sent it back, even with the version the leader saw", async () => {
      for (const handled of ["approve", "reject"] as const) {
        const id = await teamRecord("submitted");
        const leader = await as("leader_t1");
        const seen = await version(id);
        expectOk(await transitionRecord(await as("union_u1"), id, handled, { version: seen, reason: REASON }));
        const after = await snapshot(id);
        expect(await transitionRecord(leader, id, "withdraw", { version: seen })).toEqual(refuse("conflict", "records.error.alreadyHandled"));
        // With the new version: an approved record is locked, a rejected one is the leader's to edit, not to withdraw.
        expect(await transitionRecord(leader, id, "withdraw", { version: seen + 1 })).toMatchObject({ ok: false, message: { key: handled === "approve" ? LOCKED : FORBIDDEN } });
        expect(await snapshot(id)).toEqual(after);
      }
    });

    it("lets the union act on the record no more once withdrawn, and the leader submit it again", async () => {
      const id = await teamRecord("submitted");
      const leader = await as("leader_t1");
      const union = await as("union_u1");
      const seen = await version(id);
      expectOk(await transitionRecord(leader, id, "withdraw", { version: seen }));
      expect(await transitionRecord(union, id, "approve", { version: seen })).toEqual(refuse("conflict", "records.error.alreadyHandled"));
      expect(await transitionRecord(union, id, "approve", { version: seen + 1 })).toMatchObject({ ok: false, message: { key: FORBIDDEN } });
      expectOk(await transitionRecord(leader, id, "submit", { version: seen + 1 }));
      expect(await rowOf(id)).toMatchObject({ status: "submitted", version: seen + 2 });
    });

    it.runIf(kind === "postgres")("of a withdrawal and an approval at the same moment, exactly one wins", async () => {
      for (let round = 0; round < 5; round++) {
        const id = await teamRecord("submitted");
        const v = await version(id);
        const mark = await auditMark();
        const [withdrawn, approved] = await Promise.all([
          transitionRecord(await as("leader_t1"), id, "withdraw", { version: v }),
          transitionRecord(await as("union_u1"), id, "approve", { version: v }),
        ]);
        expect([withdrawn.ok, approved.ok].filter(Boolean)).toHaveLength(1);
        expect((await rowOf(id)).status).toBe(withdrawn.ok ? "draft" : "approved");
        expect(await actionsSince(mark)).toEqual([withdrawn.ok ? "record.withdrawn" : "record.approved"]);
      }
    });
  });

  // ==========================================================================================

  describe("audit trail", () => {
    it("writes exactly one row per step through a record's life", async () => {
      const leader = await as("leader_t1");
      const union = await as("union_u1");
      const office = await as("office_a");
      const w = f.workersOf(f.org.T1);
      let mark = await auditMark();
      const step = async (expected: string[], actor: CurrentUser) => {
        const rows = await auditSince(mark);
        expect(rows.map((r) => r.action)).toEqual(expected);
        for (const r of rows) expect([r.entity, r.entityId, r.actorId, r.countyId]).toEqual(["record", id, actor.id, f.org.A]);
        mark = await auditMark();
      };

      const { id } = expectOk(await createRecord(leader, "study_session", studyInput(w.slice(0, 1)), { submit: false }))!;
      await step(["record.created"], leader);
      expectOk(await updateRecord(leader, id, await version(id), studyInput(w.slice(0, 2), { title: "补充了参加人" }), { submit: false }));
      await step(["record.updated"], leader);
      expectOk(await transitionRecord(leader, id, "submit", { version: await version(id) }));
      await step(["record.submitted"], leader);
      expectOk(await transitionRecord(union, id, "reject", { version: await version(id), reason: REASON }));
      await step(["record.rejected"], union);
      expectOk(await addEvidence(leader, id, [await jpegFile()]));
      await step(["record.evidence_added"], leader);
      const [att] = await evidenceOn(id);
      expectOk(await removeEvidence(leader, att!.id));
      await step(["record.evidence_removed"], leader);
      expectOk(await updateRecord(leader, id, await version(id), studyInput(w), { submit: true, files: [pdfFile()] }));
      await step(["record.updated", "record.submitted", "record.evidence_added"], leader);
      expectOk(await transitionRecord(union, id, "approve", { version: await version(id) }));
      await step(["record.approved"], union);
      expectOk(await transitionRecord(office, id, "reopen", { version: await version(id), reason: REASON }));
      await step(["record.reopened"], office);
      expect((await rowOf(id)).version).toBe(7); // evidence changes do not bump the version
    });

    it("records what an edit changed, and only that", async () => {
      const id = await teamRecord("draft");
      const mark = await auditMark();
      // the same two attendees as before, listed in the opposite order to how they are stored
      const sameAttendees = f.workersOf(f.org.T1).slice(0, 2).sort().reverse();
      expectOk(await updateRecord(await as("leader_t1"), id, await version(id), studyInput(sameAttendees, { hours: "3.5" }), { submit: false }));
      const [row] = await auditSince(mark);
      expect(row!.before).toEqual({ hours: 2 });
      expect(row!.after).toEqual({ hours: 3.5 });
    });

    it("logs a create with submit and evidence as created, submitted and evidence added", async () => {
      const leader = await as("leader_t1");
      const mark = await auditMark();
      const { id } = expectOk(await createRecord(leader, "study_session", studyInput(f.workersOf(f.org.T1)), { submit: true, files: [pdfFile("签到表.pdf")] }))!;
      const rows = await auditSince(mark);
      expect(rows.map((r) => [r.action, r.entityId])).toEqual([
        ["record.created", id],
        ["record.submitted", id],
        ["record.evidence_added", id],
      ]);
      expect(rows[0]!.after).toMatchObject({ kind: "study_session", title: studyInput([]).title });
      expect(rows[2]!.after).toEqual({ files: ["签到表.pdf"] });
    });

    it("logs the office's own record as created and submitted_approved, by either path", async () => {
      const office = await as("office_a");
      let mark = await auditMark();
      const direct = expectOk(await createRecord(office, "culture", cultureInput(), { submit: true }))!;
      expect(await actionsSince(mark)).toEqual(["record.created", "record.submitted_approved"]);

      const draft = expectOk(await createRecord(office, "publicity", publicityInput(), { submit: false }))!;
      mark = await auditMark();
      expectOk(await transitionRecord(office, draft.id, "submit", { version: 1 }));
      expect(await actionsSince(mark)).toEqual(["record.submitted_approved"]);
      for (const id of [direct.id, draft.id]) expect(await rowOf(id)).toMatchObject({ status: "approved", reviewedBy: office.id });
    });

    it("writes nothing when create is refused inside the transaction", async () => {
      const leader = await as("leader_t1");
      const before = await tableCounts();
      const tries = [
        createRecord(leader, "study_session", studyInput([f.workersOf(f.org.T2)[0]!]), { submit: true, files: [await jpegFile()] }),
        createRecord(await as("union_u1"), "proposal", proposalInput(f.workersOf(f.org.T1).slice(0, 1), { team: f.org.T3 }), { submit: true }),
        createRecord(leader, "study_session", studyInput(f.workersOf(f.org.T1), { occurredOn: `${LAST_YEAR}-03-01` }), { submit: true }),
      ];
      for (const result of await Promise.all(tries)) expect(result.ok).toBe(false);
      expect(await tableCounts()).toEqual(before);
    });

    it("writes nothing when update is refused inside the transaction", async () => {
      const leader = await as("leader_t1");
      const w = f.workersOf(f.org.T1);
      const images = await Promise.all(Array.from({ length: 9 }, (_, i) => jpegFile(`p${i}.jpg`, 200, 150)));
      const { id } = expectOk(await createRecord(leader, "study_session", studyInput(w.slice(0, 1)), { submit: false, files: images }))!;
      const before = await snapshot(id);
      const counts = await tableCounts();
      const v = before.record[0]!.version;

      // a tenth file, named workers from another team, and a closed period: each with a changed title and attendees
      const tenth = await updateRecord(leader, id, v, studyInput(w, { title: "新标题" }), { submit: true, files: [pdfFile()] });
      expect(tenth).toMatchObject(invalid({ evidence: ["evidence.tooMany"] }));
      const outsider = await updateRecord(leader, id, v, studyInput([w[0]!, f.workersOf(f.org.T2)[0]!], { title: "新标题" }), { submit: true });
      expect(outsider).toMatchObject(invalid({ attendees: ["validation.workerOutsideTeam"] }));
      const closed = await updateRecord(leader, id, v, studyInput(w, { title: "新标题", occurredOn: `${LAST_YEAR}-12-31` }), { submit: true });
      expect(closed).toMatchObject(invalid({ occurredOn: ["validation.periodClosed"] }));

      expect(await snapshot(id)).toEqual(before);
      expect(await tableCounts()).toEqual(counts);
      expect(before.evidence).toHaveLength(9);
    });
  });

  // ==========================================================================================

  describe("the office's own records and locking", () => {
    it("approves the office's own record on submit, locks it, and lets the office reopen it", async () => {
      const office = await as("office_a");
      const { id } = expectOk(await createRecord(office, "culture", cultureInput(), { submit: true }))!;
      const row = await rowOf(id);
      expect(row).toMatchObject({ ownerLevel: "county", countyId: f.org.A, unitId: null, teamId: null, status: "approved", reviewedBy: office.id, participants: 40 });
      expect(row.reviewedAt).not.toBeNull();
      expect(row.submittedAt).not.toBeNull();

      const locked = await snapshot(id);
      expect(await updateRecord(office, id, row.version, cultureInput({ title: "改一改" }), { submit: false })).toMatchObject({ ok: false, message: { key: LOCKED } });
      expect(await transitionRecord(office, id, "submit", { version: row.version })).toMatchObject({ ok: false, message: { key: LOCKED } });
      expect(await transitionRecord(await as("office_b"), id, "reopen", { version: row.version, reason: REASON })).toMatchObject({ ok: false, message: { key: NOT_FOUND } });
      expect(await snapshot(id)).toEqual(locked);

      expectOk(await transitionRecord(office, id, "reopen", { version: row.version, reason: `  ${REASON}  ` }));
      expect(await rowOf(id)).toMatchObject({ status: "rejected", reviewNote: REASON, version: row.version + 1 });

      // reopened: the office may edit it again, and resubmitting approves it again and clears the note
      const mark = await auditMark();
      expectOk(await updateRecord(office, id, row.version + 1, cultureInput({ participants: "55" }), { submit: true }));
      expect(await rowOf(id)).toMatchObject({ status: "approved", reviewNote: null, participants: 55, reviewedBy: office.id });
      expect(await actionsSince(mark)).toEqual(["record.updated", "record.submitted_approved"]);
    });

    it("locks an approved team record for its owner until the office reopens it", async () => {
      const id = await teamRecord("approved");
      const leader = await as("leader_t1");
      const before = await snapshot(id);
      const v = before.record[0]!.version;
      expect(await updateRecord(leader, id, v, studyInput(f.workersOf(f.org.T1), { title: "批准后偷偷改" }), { submit: false })).toMatchObject({ ok: false, message: { key: LOCKED } });
      expect(await snapshot(id)).toEqual(before);

      expectOk(await transitionRecord(await as("office_a"), id, "reopen", { version: v, reason: REASON }));
      expect(await rowOf(id)).toMatchObject({ status: "rejected", reviewNote: REASON, reviewedBy: f.userIds["office_a"] });
      expectOk(await updateRecord(leader, id, v + 1, studyInput(f.workersOf(f.org.T1), { title: "按要求修改" }), { submit: true }));
      expect(await rowOf(id)).toMatchObject({ status: "submitted", title: "按要求修改", reviewNote: null });
    });
  });

  // ==========================================================================================

  describe("evidence", () => {
    it("stores images re-encoded as upright JPEG without metadata, with a thumbnail; PDFs as they are", async () => {
      const leader = await as("leader_t1");
      const original = await sharp({ create: { width: 800, height: 600, channels: 3, background: "#c33" } })
        .withExif({ IFD0: { Copyright: "secret-location" } })
        .jpeg()
        .toBuffer();
      expect((await sharp(original).metadata()).exif).toBeDefined();
      const png = await sharp({ create: { width: 2400, height: 1200, channels: 4, background: "#3c3" } }).png().toBuffer();
      const files = [file(original, "现场照片.jpeg", "image/jpeg"), file(png, "banner.png", "image/png"), pdfFile("minutes.pdf")];
      const { id } = expectOk(await createRecord(leader, "study_session", studyInput(f.workersOf(f.org.T1)), { submit: false, files }))!;

      const stored = await evidenceOn(id);
      expect(stored.map((a) => [a.filename, a.mimeType, a.width, a.height])).toEqual([
        ["banner.jpg", "image/jpeg", 1600, 800],
        ["minutes.pdf", "application/pdf", null, null],
        ["现场照片.jpg", "image/jpeg", 800, 600],
      ]);
      for (const img of [stored[0]!, stored[2]!]) {
        expect(isJpeg(img.data)).toBe(true);
        expect(img.size).toBe(img.data.length);
        expect(img.uploadedBy).toBe(leader.id);
        expect(isWebp(img.thumbnail!)).toBe(true);
        expect(await sharp(img.thumbnail!).metadata()).toMatchObject({ width: 320, height: 320, format: "webp" });
        expect((await sharp(img.data).metadata()).exif).toBeUndefined();
      }
      expect(stored[2]!.data.equals(original)).toBe(false);
      expect(stored[1]!.data.equals(PDF_BYTES)).toBe(true);
      expect(stored[1]!.thumbnail).toBeNull();
    });

    it.each([
      ["a text file named .jpg", () => [textPretendingToBeJpeg()], "evidence.badType"],
      ["a file of an unaccepted type", () => [file("a,b\n1,2\n", "data.csv", "text/csv")], "evidence.badType"],
      ["a 6 MB file", () => [sixMegabytes()], "evidence.tooBig"],
      ["an empty file", () => [file("", "empty.jpg", "image/jpeg")], "evidence.empty"],
      ["a broken image", () => [file(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.alloc(64, 7)]), "broken.jpg", "image/jpeg")], "evidence.unreadable"],
      ["ten files at once", () => Array.from({ length: 10 }, () => pdfFile()), "evidence.tooMany"],
      ["a good file alongside a bad one", () => [pdfFile(), textPretendingToBeJpeg()], "evidence.badType"],
    ] as const)("refuses %s on create, saving nothing", async (_what, files, message) => {
      const before = await tableCounts();
      const result = await createRecord(await as("leader_t1"), "study_session", studyInput(f.workersOf(f.org.T1)), { submit: true, files: [...files()] });
      expect(result).toMatchObject(invalid({ evidence: [message] }));
      expect(await tableCounts()).toEqual(before);
    });

    it("refuses bad files and a tenth file on addEvidence, saving nothing", async () => {
      const leader = await as("leader_t1");
      const id = await teamRecord("draft");
      const before = await snapshot(id);
      for (const [files, message] of [
        [[textPretendingToBeJpeg()], "evidence.badType"],
        [[sixMegabytes()], "evidence.tooBig"],
        [[await jpegFile(), textPretendingToBeJpeg()], "evidence.badType"],
        [[], "evidence.none"],
      ] as const) {
        expect(await addEvidence(leader, id, [...files])).toMatchObject({ ok: false, message: { key: message } });
      }
      expect(await snapshot(id)).toEqual(before);

      // fill up to nine, one call at a time and several at once
      expectOk(await addEvidence(leader, id, [await jpegFile("a.jpg")]));
      expectOk(await addEvidence(leader, id, Array.from({ length: 8 }, (_, i) => pdfFile(`p${i}.pdf`))));
      expect(await evidenceOn(id)).toHaveLength(9);
      const full = await snapshot(id);
      expect(await addEvidence(leader, id, [await jpegFile("tenth.jpg")])).toEqual(refuse("invalid_input", "evidence.tooMany"));
      expect(await snapshot(id)).toEqual(full);
    });

    it("refuses adding evidence to a record that is not the user's or not editable", async () => {
      const approved = await teamRecord("approved");
      const submitted = await teamRecord("submitted");
      const draft = await teamRecord("draft");
      const tries: [string, string, string][] = [
        [approved, "leader_t1", LOCKED],
        [submitted, "leader_t1", FORBIDDEN],
        [draft, "union_u1", FORBIDDEN],
        [draft, "office_a", FORBIDDEN],
        [draft, "leader_t2", NOT_FOUND],
        [draft, "union_u2", NOT_FOUND],
        [draft, "office_b", NOT_FOUND],
      ];
      for (const [id, username, message] of tries) {
        const before = await snapshot(id);
        const result = await addEvidence(await as(username), id, [pdfFile()]);
        expect({ username, result }).toMatchObject({ username, result: { ok: false, message: { key: message } } });
        expect(await snapshot(id)).toEqual(before);
      }
    });

    it("lets only the owner remove evidence, and only while the record is editable", async () => {
      const leader = await as("leader_t1");
      const id = await teamRecord("draft");
      expectOk(await addEvidence(leader, id, [pdfFile("a.pdf"), pdfFile("b.pdf")]));
      const [a, b] = await evidenceOn(id);

      for (const username of ["leader_t2", "union_u1", "office_a", "office_b", "leader_t4"]) {
        const before = await snapshot(id);
        expect(await removeEvidence(await as(username), a!.id)).toMatchObject({ ok: false, message: { key: NOT_FOUND } });
        expect(await snapshot(id)).toEqual(before);
      }

      const mark = await auditMark();
      expectOk(await removeEvidence(leader, a!.id));
      expect((await evidenceOn(id)).map((x) => x.id)).toEqual([b!.id]);
      const [row] = await auditSince(mark);
      expect([row!.action, row!.entityId, row!.before]).toEqual(["record.evidence_removed", id, { file: "a.pdf" }]);
      expect(await removeEvidence(leader, a!.id)).toMatchObject({ ok: false, message: { key: NOT_FOUND } });

      await bringTo(id, "approved", leader, await as("union_u1"));
      const approved = await snapshot(id);
      expect(await removeEvidence(leader, b!.id)).toMatchObject({ ok: false, message: { key: NOT_FOUND } });
      expect(await snapshot(id)).toEqual(approved);
    });
  });

  // ==========================================================================================

  describe("approveMany", () => {
    it("approves the valid ones and skips the rest", async () => {
      const union = await as("union_u1");
      const done = await teamRecord("approved");
      const otherUnit = await teamRecord("submitted", "leader_t3");
      const valid1 = await teamRecord("submitted", "leader_t1");
      const valid2 = await teamRecord("submitted", "leader_t2");
      const untouched = [await snapshot(done), await snapshot(otherUnit)];
      const mark = await auditMark();

      const items = await Promise.all([done, otherUnit, valid1, valid2].map(async (id) => ({ id, version: await version(id) })));
      expect(await approveMany(union, items)).toEqual({ approved: 2, skipped: 2 });

      for (const id of [valid1, valid2]) expect(await rowOf(id)).toMatchObject({ status: "approved", reviewedBy: union.id });
      expect((await snapshot(done)).record).toEqual(untouched[0]!.record);
      expect((await snapshot(otherUnit)).record).toEqual(untouched[1]!.record);
      expect((await auditSince(mark)).map((a) => [a.action, a.entityId])).toEqual([
        ["record.approved", valid1],
        ["record.approved", valid2],
      ]);
    });

    it("skips a record whose version moved on since the list was drawn", async () => {
      const union = await as("union_u1");
      const id = await teamRecord("submitted");
      const stale = await version(id);
      expectOk(await transitionRecord(union, id, "reject", { version: stale, reason: REASON }));
      expect(await approveMany(union, [{ id, version: stale }])).toEqual({ approved: 0, skipped: 1 });
      expect((await rowOf(id)).status).toBe("rejected");
    });
  });
});
