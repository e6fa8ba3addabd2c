import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { auditLog, recordWorkers, records, workers } from "@/db/schema";
import { createWorker, deleteWorker, setWorkerStatus, updateWorker } from "@/lib/workers/mutations";
import { getWorker, listWorkers } from "@/lib/workers/queries";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { FIXTURE_DAY, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { done, invalid, message, refuse } from "@/lib/actions/result";

describe.each(TEST_DATABASES)("keeping the roster on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  const input = (over: object = {}) => ({
    name: "刘新",
    employeeNo: "N001",
    teamId: f.org.T1,
    gender: "female",
    education: "college",
    skillLevel: "",
    post: "装配工",
    birthDate: "1990-06-01",
    ...over,
  });

  it("a union adds a worker to one of its teams and edits it; the version guards the edit", async () => {
    const union = await f.user("union_u1");
    const created = await createWorker(union, input());
    expect(created.ok).toBe(true);
    const id = created.ok ? created.data!.id : "";
    expect(await getWorker(union, id)).toMatchObject({ name: "刘新", skillLevel: "none", teamId: f.org.T1, unitName: "一厂", version: 1, recordCount: 0 });
    expect(await updateWorker(union, id, 1, input({ post: "质检员" }))).toEqual({ ok: true, data: { id } });
    expect(await updateWorker(union, id, 1, input({ post: "叉车司机" }))).toEqual(refuse("conflict", "errors.conflict"));
    expect((await getWorker(union, id))!.post).toBe("质检员");
  });

  it("moves a worker between the unit's teams, and says so in the trail", async () => {
    const union = await f.user("union_u1");
    const [w] = await db.db.select({ id: workers.id, version: workers.version }).from(workers).where(eq(workers.employeeNo, "N001"));
    expect(await updateWorker(union, w!.id, w!.version, input({ teamId: f.org.T2, post: "质检员" }))).toMatchObject({ ok: true });
    expect((await getWorker(union, w!.id))!.teamId).toBe(f.org.T2);
    const [audit] = await db.db.select().from(auditLog).where(and(eq(auditLog.action, "worker.moved"), eq(auditLog.entityId, w!.id)));
    expect(audit!.before).toEqual({ teamId: f.org.T1 });
    expect(audit!.after).toEqual({ teamId: f.org.T2 });
  });

  it("refuses a team of another unit, a repeated employee number and bad fields, on the field", async () => {
    const union = await f.user("union_u1");
    expect(await createWorker(union, input({ employeeNo: "N002", teamId: f.org.T3 }))).toMatchObject(invalid({ teamId: ["validation.invalidOption"] }));
    expect(await createWorker(union, input())).toMatchObject(invalid({ employeeNo: ["workers.error.employeeNoTaken"] }));
    expect(await createWorker(union, input({ employeeNo: "N 3", gender: "", birthDate: "2030-01-01" }))).toMatchObject(invalid({ employeeNo: ["validation.employeeNo"], gender: ["validation.required"], birthDate: [message("validation.birthDateRange", { n: 16 })] }));
    for (const birthDate of ["0000-01-01", "1985-02-30", "1985-13-01", "1985-03-12T00:00:00Z"]) {
      expect(await createWorker(union, input({ employeeNo: "N003", birthDate })), birthDate).toMatchObject(invalid({ birthDate: ["validation.date"] }));
    }
    expect(await createWorker(union, input({ employeeNo: "N003", birthDate: "9999-12-31" }))).toMatchObject(invalid({ birthDate: [message("validation.birthDateRange", { n: 16 })] }));
    // The same employee number in another unit is another worker.
    expect(await createWorker(await f.user("union_u2"), input({ teamId: f.org.T3 }))).toMatchObject({ ok: true });
  });

  it("leaves the roster to the union: the office and leaders only read it", async () => {
    const [w] = await db.db.select({ id: workers.id }).from(workers).where(eq(workers.teamId, f.org.T1)).limit(1);
    for (const who of ["office_a", "leader_t1"]) {
      const user = await f.user(who);
      expect(await createWorker(user, input({ employeeNo: "X1" }))).toEqual(refuse("forbidden", "errors.forbidden"));
      expect(await updateWorker(user, w!.id, 1, input({ employeeNo: "X1" }))).toEqual(refuse("forbidden", "errors.forbidden"));
      expect(await setWorkerStatus(user, w!.id, 1, "left")).toEqual(refuse("forbidden", "errors.forbidden"));
      expect(await deleteWorker(user, w!.id)).toEqual(refuse("forbidden", "errors.forbidden"));
      expect(await getWorker(user, w!.id)).not.toBeNull();
    }
    // Another unit's union: not found, exactly like a missing worker.
    const other = await f.user("union_u2");
    expect(await getWorker(other, w!.id)).toBeNull();
    expect(await updateWorker(other, w!.id, 1, input({ employeeNo: "X1", teamId: f.org.T3 }))).toEqual(refuse("not_found", "errors.notFound"));
    expect(await deleteWorker(other, w!.id)).toEqual(refuse("not_found", "errors.notFound"));
  });

  it("never deletes a worker who attended anything: marks them as left, keeping the history", async () => {
    const union = await f.user("union_u1");
    const [attendee] = f.workersOf(f.org.T1);
    const [rec] = await db.db
      .insert(records)
      .values({ kind: "study_session", ownerLevel: "team", countyId: f.org.A, unitId: f.org.U1, teamId: f.org.T1, title: "安全学习", occurredOn: FIXTURE_DAY, createdBy: f.userIds["leader_t1"]! })
      .returning({ id: records.id });
    await db.db.insert(recordWorkers).values({ recordId: rec!.id, workerId: attendee!, role: "attendee" });
    expect((await getWorker(union, attendee!))!.recordCount).toBe(1);
    expect(await deleteWorker(union, attendee!)).toEqual(refuse("conflict", "workers.error.hasHistory"));
    expect(await setWorkerStatus(union, attendee!, 1, "left")).toEqual(done("workers.done.left"));
    expect(await setWorkerStatus(union, attendee!, 1, "left")).toEqual(refuse("conflict", "errors.conflict"));
    expect((await listWorkers(union, { status: "active", page: 1, team: f.org.T1 })).total).toBe(2);
    expect((await listWorkers(union, { status: "left", page: 1, team: f.org.T1 })).rows.map((r) => r.id)).toEqual([attendee]);
    expect(await db.db.select().from(recordWorkers).where(eq(recordWorkers.workerId, attendee!))).toHaveLength(1);
    expect(await setWorkerStatus(union, attendee!, 2, "active")).toEqual(done("workers.done.rejoined"));
  });

  it("deletes a worker entered by mistake, with the row kept in the trail", async () => {
    const union = await f.user("union_u1");
    const created = await createWorker(union, input({ employeeNo: "OOPS1" }));
    const id = created.ok ? created.data!.id : "";
    expect(await deleteWorker(union, id)).toEqual(done("workers.done.deleted"));
    expect(await getWorker(union, id)).toBeNull();
    const [audit] = await db.db.select().from(auditLog).where(and(eq(auditLog.action, "worker.deleted"), eq(auditLog.entityId, id)));
    expect(audit!.before).toMatchObject({ employeeNo: "OOPS1", name: "刘新" });
  });
});
