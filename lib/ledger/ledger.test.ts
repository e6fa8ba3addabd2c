import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import ExcelJS from "exceljs";
import { attachments, recordWorkers, records, users, workers } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/load-user";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { translatorFor } from "@/test/translate";
import { getLedger } from "./queries";
import { ledgerWorkbook } from "./xlsx";

const YEAR = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));

describe.each(TEST_DATABASES)("台账 on %s", (kind) => {
  let db: TestDatabase;
  let leader: CurrentUser;
  const t = translatorFor("zh-CN");
  const userNamed = async (username: string) => {
    const [u] = await db.db.select({ id: users.id }).from(users).where(eq(users.username, username));
    return (await loadActiveUser(db.db, u!.id))!;
  };

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    await seedDemo(db.db);
    leader = await userNamed("leader");
  });
  afterAll(() => db.dispose());

  it("holds every approved record of the team's year, a sheet per kind, attendees by name and evidence linked", async () => {
    const sessions = await db.db
      .select({ id: records.id, title: records.title, occurredOn: records.occurredOn, hours: records.hours })
      .from(records)
      .where(and(eq(records.teamId, leader.teamId!), eq(records.kind, "study_session"), eq(records.status, "approved"), sql`extract(year from ${records.occurredOn}) = ${YEAR}`))
      .orderBy(asc(records.occurredOn), asc(records.createdAt));
    expect(sessions.length).toBeGreaterThan(3);
    const first = sessions[0]!;
    const attendees = await db.db
      .select({ name: workers.name })
      .from(recordWorkers)
      .innerJoin(workers, eq(workers.id, recordWorkers.workerId))
      .where(and(eq(recordWorkers.recordId, first.id), eq(recordWorkers.role, "attendee")))
      .orderBy(asc(workers.employeeNo));
    const [file] = await db.db.insert(attachments).values({ recordId: first.id, filename: "学习照片.jpg", mimeType: "image/jpeg", size: 3, data: Buffer.from("abc"), uploadedBy: leader.id }).returning({ id: attachments.id });

    const ledger = (await getLedger(leader, leader.teamId!, YEAR))!;
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await ledgerWorkbook(ledger, t, "zh-CN", "https://cz.example.test")) as never);
    expect(wb.worksheets.map((w) => w.name)).toEqual(["学习活动", "合理化建议", "创新成果", "职业培训", "劳动竞赛", "文体活动", "宣传活动"]);
    const ws = wb.getWorksheet("学习活动")!;
    const header = (ws.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.slice(0, 5)).toEqual(["序号", "日期", "标题（主题）", "所属单位", "所属班组（科室）"]);
    for (const h of ["学习内容（五学）", "学习形式", "学时", "主讲人", "参加人员", "参加人员人数", "审核人", "佐证材料1"]) expect(header).toContain(h);
    expect(new Set(header).size).toBe(header.length);
    expect(ws.rowCount - 1).toBe(sessions.length);
    const row = ws.getRow(2);
    const cell = (h: string) => row.getCell(header.indexOf(h) + 1).value;
    expect(cell("标题（主题）")).toBe(first.title);
    expect(cell("日期")).toBe(first.occurredOn);
    expect(cell("学时")).toBe(first.hours);
    expect(cell("参加人员")).toBe(attendees.map((a) => a.name).join("、"));
    expect(cell("参加人员人数")).toBe(attendees.length);
    expect(cell("所属班组（科室）")).toBe("液态奶车间灌装甲班");
    expect(cell("佐证材料1")).toEqual({ text: "学习照片.jpg", hyperlink: `https://cz.example.test/records/${first.id}/evidence/${file!.id}` });
    // Only approved records: nothing submitted or drafted shows.
    const ids = ledger.records.map((r) => r.row.id);
    const statuses = await db.db.selectDistinct({ status: records.status }).from(records).where(inArray(records.id, ids));
    expect(statuses).toEqual([{ status: "approved" }]);
    const [pending] = await db.db.select({ n: sql<number>`count(*)::int` }).from(records).where(and(eq(records.teamId, leader.teamId!), sql`${records.status} <> 'approved'`));
    expect(pending!.n).toBeGreaterThan(0);
  });

  it("opens within one's subtree only", async () => {
    const union = await userNamed("union");
    const union2 = await userNamed("union2");
    const leader2 = await userNamed("leader2");
    const office = await userNamed("office");
    expect(await getLedger(office, leader.teamId!, YEAR)).not.toBeNull();
    expect(await getLedger(union, leader.teamId!, YEAR)).not.toBeNull();
    expect(await getLedger(union, union.unitId!, YEAR)).not.toBeNull();
    expect(await getLedger(union2, leader.teamId!, YEAR)).toBeNull();
    expect(await getLedger(union2, union.unitId!, YEAR)).toBeNull();
    expect(await getLedger(leader2, leader.teamId!, YEAR)).toBeNull();
    expect(await getLedger(leader, union.unitId!, YEAR)).toBeNull();
    expect(await getLedger(leader, office.countyId, YEAR)).toBeNull();
    // A unit's ledger holds its teams' records and its own.
    const unitLedger = (await getLedger(union, union.unitId!, YEAR))!;
    expect(unitLedger.records.every((r) => r.row.unitId === union.unitId)).toBe(true);
    expect(new Set(unitLedger.records.map((r) => r.row.ownerLevel))).toEqual(new Set(["team", "unit"]));
  });
});
