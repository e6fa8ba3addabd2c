import "fake-indexeddb/auto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { randomUUID } from "node:crypto";
import { and, count, eq, inArray } from "drizzle-orm";
import sharp from "sharp";
import { attachments, recordWorkers, records, workers } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/load-user";
import { filesOf } from "@/lib/records/http";
import { createRecord } from "@/lib/records/mutations";
import { readRecordForm } from "@/lib/records/schemas";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_DAY, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { forgetRecordsExcept } from "./forget";
import { enqueue, flushOutbox, pendingCount, type SendAnswer, type Transport } from "./outbox";
import { draftsOf, openOfflineDb, outboxOf, saveDraft, type OfflineDb, type OutboxRow, type StoredPhoto } from "./store";
import { recordFormData } from "./transport";

/*
 * The phone's outbox against the real record mutation: a row goes out as the multipart form the
 * route reads (recordFormData → readRecordForm / filesOf) into createRecord on each test database.
 * What the network does in between — nothing arrives, or the answer is lost after the server committed —
 * is the only thing these tests play, by throwing as fetch does.
 */

const offline = (): Promise<SendAnswer> => Promise.reject(new TypeError("Failed to fetch"));

describe.each(TEST_DATABASES)("the outbox on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let leader: CurrentUser;
  let photo: StoredPhoto;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    leader = await f.user("leader_t1");
    const jpeg = await sharp({ create: { width: 640, height: 480, channels: 3, background: "#36c" } }).jpeg().toBuffer();
    photo = { name: "签到.jpg", type: "image/jpeg", blob: new Blob([new Uint8Array(jpeg)], { type: "image/jpeg" }) };
  });
  afterAll(() => db.dispose());

  /** The server's side of POST /api/records (multipart): what the route hands createRecord. */
  const server =
    (user: () => CurrentUser, calls: { n: number } = { n: 0 }): Transport =>
    async (row: OutboxRow) => {
      calls.n++;
      const form = recordFormData(row);
      const result = await createRecord(user(), row.kind, readRecordForm(row.kind, form), {
        submit: form.get("submit") === "1",
        clientToken: String(form.get("clientToken")),
        files: filesOf(form, "evidence"),
      });
      return result.ok ? { kind: "created", id: result.data!.id } : { kind: "refused", refusal: { message: result.message, fieldErrors: result.fieldErrors } };
    };

  /** The server did the work, and the answer never reached the phone (the link dropped, the server stopped). */
  const answerLost =
    (send: Transport): Transport =>
    async (row) => {
      await send(row);
      throw new TypeError("network error");
    };

  async function phone(): Promise<OfflineDb> {
    return openOfflineDb(`test-${randomUUID()}`);
  }

  function study(over: Partial<OutboxRow> = {}) {
    return {
      clientToken: randomUUID(),
      userId: leader.id,
      kind: "study_session" as const,
      values: {
        title: `班前学习 ${randomUUID().slice(0, 8)}`,
        occurredOn: FIXTURE_DAY,
        contents: ["technology"],
        form: "on_the_job",
        hours: "1.5",
        presenter: "王师傅",
        location: "",
        summary: "",
        attendees: f.workersOf(f.org.T1).slice(0, 2),
      },
      photos: [photo],
      submit: true,
      ...over,
    };
  }

  async function recordsWithToken(token: string) {
    return db.db.select().from(records).where(and(eq(records.createdBy, leader.id), eq(records.clientToken, token)));
  }

  it("keeps a record submitted offline waiting, and sends it once with its photo when the network returns", async () => {
    const device = await phone();
    const item = study();
    await enqueue(device, item);
    await flushOutbox(device, leader.id, offline);
    expect((await outboxOf(device, leader.id)).map((r) => [r.state, r.attempts])).toEqual([["waiting", 1]]);
    expect(await recordsWithToken(item.clientToken)).toEqual([]);

    const calls = { n: 0 };
    await flushOutbox(device, leader.id, server(() => leader, calls));
    const [row] = await outboxOf(device, leader.id);
    const [created] = await recordsWithToken(item.clientToken);
    expect(row).toMatchObject({ state: "sent", recordId: created!.id, photos: [] });
    expect(created).toMatchObject({ status: "submitted", title: item.values.title, hours: 1.5 });
    expect((await db.db.select({ n: count() }).from(attachments).where(eq(attachments.recordId, created!.id)))[0]!.n).toBe(1);
    expect((await db.db.select({ n: count() }).from(recordWorkers).where(eq(recordWorkers.recordId, created!.id)))[0]!.n).toBe(2);

    // The next open, or a tap on 发送: nothing goes out again.
    await flushOutbox(device, leader.id, server(() => leader, calls));
    expect(calls.n).toBe(1);
    expect(pendingCount(await outboxOf(device, leader.id))).toBe(0);
  });

  it("sends a record whose answer was lost again, and the server answers with the record it made (one record, one photo)", async () => {
    const device = await phone();
    const item = study();
    await enqueue(device, item);
    await flushOutbox(device, leader.id, answerLost(server(() => leader)));
    expect((await outboxOf(device, leader.id))[0]!.state).toBe("waiting");
    const [made] = await recordsWithToken(item.clientToken);
    expect(made).toBeDefined();

    await flushOutbox(device, leader.id, server(() => leader));
    expect((await outboxOf(device, leader.id))[0]).toMatchObject({ state: "sent", recordId: made!.id });
    expect(await recordsWithToken(item.clientToken)).toHaveLength(1);
    expect((await db.db.select({ n: count() }).from(attachments).where(eq(attachments.recordId, made!.id)))[0]!.n).toBe(1);
  });

  it("sends each record once when two sends start together (a double tap, two tabs)", async () => {
    const device = await phone();
    const items = [study(), study(), study()];
    for (const item of items) await enqueue(device, item);
    const calls = { n: 0 };
    await Promise.all([flushOutbox(device, leader.id, server(() => leader, calls)), flushOutbox(device, leader.id, server(() => leader, calls))]);
    expect(calls.n).toBe(3);
    expect((await outboxOf(device, leader.id)).map((r) => r.state)).toEqual(["sent", "sent", "sent"]);
    for (const item of items) expect(await recordsWithToken(item.clientToken)).toHaveLength(1);
  });

  it("queues a record once when it is submitted twice, and the draft it came from is gone", async () => {
    const device = await phone();
    const item = study();
    await saveDraft(device, { clientToken: item.clientToken, userId: leader.id, kind: item.kind, values: item.values, photos: item.photos, updatedAt: 1 });
    await enqueue(device, item);
    await enqueue(device, { ...item, values: { ...item.values, title: "第二次点击" } });
    const rows = await outboxOf(device, leader.id);
    expect(rows.map((r) => r.values.title)).toEqual([item.values.title]);
    expect(await draftsOf(device, leader.id)).toEqual([]);
  });

  it("gives a record the server refuses on arrival back as a draft, as typed, with the reason", async () => {
    const device = await phone();
    const [leaving, staying] = f.workersOf(f.org.T1);
    const item = study({ values: { ...study().values, attendees: [leaving!, staying!] } });
    await enqueue(device, item);
    // While the phone was offline the union marked one attendee as left.
    await db.db.update(workers).set({ status: "left" }).where(eq(workers.id, leaving!));
    try {
      await flushOutbox(device, leader.id, server(() => leader));
    } finally {
      await db.db.update(workers).set({ status: "active" }).where(eq(workers.id, leaving!));
    }
    expect(await outboxOf(device, leader.id)).toEqual([]);
    const [draft] = await draftsOf(device, leader.id, "study_session");
    expect(draft).toMatchObject({ clientToken: item.clientToken, values: item.values, refusal: { fieldErrors: { attendees: [{ key: "validation.workerOutsideTeam" }] } } });
    expect(draft!.photos).toHaveLength(1);
    expect(await recordsWithToken(item.clientToken)).toEqual([]);

    // Corrected and submitted again under the same token (nothing was created under it): one record.
    await enqueue(device, { ...item, values: { ...item.values, attendees: [staying!] } });
    await flushOutbox(device, leader.id, server(() => leader));
    expect((await outboxOf(device, leader.id))[0]!.state).toBe("sent");
    expect(await recordsWithToken(item.clientToken)).toHaveLength(1);
  });

  it("sends a row left 'sending' by a page closed mid-send again, and it lands once", async () => {
    const device = await phone();
    const item = study();
    await enqueue(device, item);
    await server(() => leader)((await outboxOf(device, leader.id))[0]!);
    await device.put("outbox", { ...(await outboxOf(device, leader.id))[0]!, state: "sending" });
    await flushOutbox(device, leader.id, server(() => leader));
    expect((await outboxOf(device, leader.id))[0]!.state).toBe("sent");
    expect(await recordsWithToken(item.clientToken)).toHaveLength(1);
  });

  it("sends nothing of another user, and keeps only the signed-in user's rows on the phone", async () => {
    const device = await phone();
    const other = await f.user("leader_t2");
    const mine = study();
    const theirs = { ...study(), userId: other.id, values: { ...study().values, attendees: f.workersOf(f.org.T2).slice(0, 1) } };
    await enqueue(device, mine);
    await enqueue(device, theirs);
    const calls = { n: 0 };
    await flushOutbox(device, leader.id, server(() => leader, calls));
    expect(calls.n).toBe(1);
    await forgetRecordsExcept(device, leader.id);
    expect((await device.getAll("outbox")).map((r) => r.userId)).toEqual([leader.id]);
    await forgetRecordsExcept(device, null);
    expect(await device.getAll("outbox")).toEqual([]);
    const sent = await db.db.select({ id: records.id }).from(records).where(inArray(records.clientToken, [mine.clientToken, theirs.clientToken]));
    expect(sent).toHaveLength(1);
  });
});
