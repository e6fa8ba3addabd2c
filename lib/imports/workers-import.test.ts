import fs from "node:fs";
import { inflateRawSync } from "node:zlib";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { and, count, eq, sql } from "drizzle-orm";
import { auditLog, workers } from "@/db/schema";
import { readBodyLimited } from "@/lib/imports/http";
import { MAX_IMPORT_BYTES, MAX_INFLATED_BYTES } from "@/lib/imports/read-sheet";
import type { ImportEvent, ImportOutcome } from "@/lib/imports/types";
import { rosterWorkbook } from "@/lib/workers/export";
import { importWorkers } from "@/lib/imports/workers-import";
import { listWorkersForExport } from "@/lib/workers/queries";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { deflateRepeated, excelStyleXlsx, makeXlsx, rawEntriesOf, rawZip, WORKER_HEADER, workerRow } from "@/test/xlsx";
import en from "@/messages/en.json";
import zh from "@/messages/zh-CN.json";

/** A translator over the real catalogues, enough for the export's labels. */
function translator(messages: Record<string, unknown>) {
  return (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], messages) as string;
}

describe.each(TEST_DATABASES)("roster import on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let events: ImportEvent[];

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());
  beforeEach(() => {
    events = [];
  });

  const run = async (buf: Buffer, username = "union_u1"): Promise<ImportOutcome> =>
    importWorkers(await f.user(username), buf, { filename: "名册.xlsx", onProgress: (e) => void events.push(e) });
  const unitRoster = async () => {
    const [{ n }] = await db.db.select({ n: count() }).from(workers).where(eq(workers.unitId, f.org.U1));
    return n;
  };
  const rowsOf = (n: number, start = 1, team = "一厂甲班") =>
    Array.from({ length: n }, (_, i) => workerRow(`A${String(start + i).padStart(4, "0")}`, `导入职工${start + i}`, i % 2 ? "一厂乙班" : team));

  /** Expects a refusal of the whole file and that nothing in the unit's roster changed. */
  async function expectFileRefused(buf: Buffer, message: string, headers?: string[]) {
    const before = await unitRoster();
    const outcome = await run(buf);
    expect(outcome).toMatchObject({ ok: false, fileProblem: { message, ...(headers ? { headers } : {}) } });
    expect(await unitRoster()).toBe(before);
  }

  it("imports a roster into the unit's teams, reporting progress, and audits it", async () => {
    const outcome = await run(await makeXlsx([WORKER_HEADER, ...rowsOf(200)], { extraSheet: true }));
    expect(outcome).toEqual({ ok: true, rows: 200, summary: { created: 200, updated: 0, unchanged: 0 } });
    expect(await unitRoster()).toBe(206);
    const [w] = await db.db.select().from(workers).where(eq(workers.employeeNo, "A0002"));
    expect(w).toMatchObject({ name: "导入职工2", teamId: f.org.T2, gender: "male", education: "senior_high", skillLevel: "intermediate", post: "操作工", birthDate: "1988-05-20" });
    expect(events.some((e) => e.type === "progress" && e.phase === "checking" && e.done === 200 && e.total === 200)).toBe(true);
    expect(events.some((e) => e.type === "progress" && e.phase === "writing" && e.done === 200)).toBe(true);
    const [audit] = await db.db.select().from(auditLog).where(and(eq(auditLog.action, "workers.imported"), eq(auditLog.entityId, f.org.U1)));
    expect(audit!.after).toMatchObject({ file: "名册.xlsx", rows: 200, created: 200, updated: 0, unchanged: 0 });
    expect((audit!.after as { createdEmployeeNos: string[] }).createdEmployeeNos).toHaveLength(200);
  });

  it("changes nothing when the same file is imported again", async () => {
    const buf = await makeXlsx([WORKER_HEADER, ...rowsOf(200)]);
    const stamp = await db.db.select({ max: sql<string>`max(${workers.updatedAt})::text` }).from(workers);
    expect(await run(buf)).toEqual({ ok: true, rows: 200, summary: { created: 0, updated: 0, unchanged: 200 } });
    expect(await unitRoster()).toBe(206);
    expect(await db.db.select({ max: sql<string>`max(${workers.updatedAt})::text` }).from(workers)).toEqual(stamp);
  });

  it("updates known employee numbers, moving them between teams; blank optional cells keep the roster's values", async () => {
    const rows = [
      workerRow("A0001", "导入职工1", "一厂乙班"), // moved from 甲班
      workerRow("A0003", "导入职工3（改名）", "一厂甲班", { skill: "", post: "", birth: "" }),
    ];
    expect(await run(await makeXlsx([WORKER_HEADER, ...rows]))).toEqual({ ok: true, rows: 2, summary: { created: 0, updated: 2, unchanged: 0 } });
    const [moved] = await db.db.select().from(workers).where(eq(workers.employeeNo, "A0001"));
    expect(moved!.teamId).toBe(f.org.T2);
    expect(moved!.version).toBe(2);
    const [renamed] = await db.db.select().from(workers).where(eq(workers.employeeNo, "A0003"));
    expect(renamed).toMatchObject({ name: "导入职工3（改名）", skillLevel: "intermediate", post: "操作工", birthDate: "1988-05-20" });
  });

  it("lists every bad row with its row number, column and reason, and writes nothing", async () => {
    const rows = rowsOf(20, 500);
    rows[2] = workerRow("A0502", "", "一厂甲班"); // row 4: no name
    rows[5] = workerRow("A0505", "错性别", "一厂甲班", { gender: "M?" }); // row 7
    rows[9] = workerRow("A0509", "生日错", "一厂甲班", { birth: "1985-02-30", education: "幼儿园" }); // row 11, two problems
    const before = await unitRoster();
    const outcome = await run(await makeXlsx([WORKER_HEADER, ...rows]));
    expect(outcome.ok).toBe(false);
    if (outcome.ok || !("problems" in outcome)) throw new Error("expected row problems");
    expect(outcome).toMatchObject({ rows: 20, badRows: 3, moreProblems: 0 });
    expect(outcome.problems.map((p) => [p.row, p.column, p.value, p.message])).toEqual([
      [4, "姓名", "", "validation.required"],
      [7, "性别", "M?", "imports.error.notAChoice"],
      [11, "学历", "幼儿园", "imports.error.notAChoice"],
      [11, "出生日期", "1985-02-30", "validation.date"],
    ]);
    expect(outcome.problems[1]!.params).toEqual({ choices: "男、女" });
    expect(await unitRoster()).toBe(before);
  });

  it("refuses a birth date cell that is no day or out of range, as a date or as text, and writes nothing", async () => {
    const births: unknown[] = [
      new Date(Date.UTC(9999, 11, 31)), // a date cell, as exceljs reads one
      new Date("0001-01-01T00:00:00Z"),
      "0000-01-01", // PostgreSQL has no year 0
      "2026-13-01",
      "2026年2月30日",
      "1985-03-12 08:30",
      " 1985-03-12 ", // spaces around a good day are no problem
    ];
    const rows = births.map((birth, i) => workerRow(`D${i}`, `日期${i}`, "一厂甲班", { birth }));
    const before = await unitRoster();
    const outcome = await run(await makeXlsx([WORKER_HEADER, ...rows]));
    if (outcome.ok || !("problems" in outcome)) throw new Error("expected row problems");
    expect(outcome.problems.map((p) => [p.row, p.column, p.message])).toEqual([
      [2, "出生日期", "validation.birthDateRange"],
      [3, "出生日期", "validation.birthDateRange"],
      [4, "出生日期", "validation.date"],
      [5, "出生日期", "validation.date"],
      [6, "出生日期", "validation.date"],
      [7, "出生日期", "validation.date"],
    ]);
    expect(await unitRoster()).toBe(before);
  });

  // The bad files of the issue, each refused whole with a clear message.
  it("refuses a file that is not an xlsx", async () => {
    await expectFileRefused(Buffer.from("工号,姓名,班组\nA1,张三,一厂甲班\n"), "imports.file.notXlsx");
    await expectFileRefused(Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(512)]), "imports.file.oldXls");
    const truncated = (await makeXlsx([WORKER_HEADER, ...rowsOf(5, 700)])).subarray(0, 1500);
    await expectFileRefused(truncated, "imports.file.notXlsx");
  });

  it("refuses wrong or missing headers, naming them", async () => {
    await expectFileRefused(await makeXlsx([["姓名", "性别", "学历"], ["张三", "男", "本科"]]), "imports.file.missingHeaders", ["工号", "班组（科室）"]);
    await expectFileRefused(await makeXlsx([[...WORKER_HEADER, "籍贯"], [...workerRow("A0800", "张三", "一厂甲班"), "黑龙江"]]), "imports.file.unknownHeaders", ["籍贯"]);
    // The organisation template used by mistake.
    await expectFileRefused(await makeXlsx([["单位名称", "单位类型"], ["一厂", "企业"]]), "imports.file.missingHeaders");
  });

  it("refuses an empty file, and one with headers but no rows", async () => {
    await expectFileRefused(Buffer.alloc(0), "imports.file.empty");
    await expectFileRefused(await makeXlsx([]), "imports.file.empty");
    await expectFileRefused(await makeXlsx([WORKER_HEADER, [], ["", " "]]), "imports.file.empty");
  });

  it("refuses duplicate employee numbers, pointing at the first occurrence", async () => {
    const rows = rowsOf(6, 900);
    rows[4] = workerRow("A0901", "重复者", "一厂甲班"); // row 6 repeats row 3 (A0901)
    const before = await unitRoster();
    const outcome = await run(await makeXlsx([WORKER_HEADER, ...rows]));
    expect(outcome).toMatchObject({
      ok: false,
      badRows: 1,
      problems: [{ row: 6, column: "工号", value: "A0901", message: "imports.error.repeatedEmployeeNo", params: { first: 3 } }],
    });
    expect(await unitRoster()).toBe(before);
  });

  it("refuses a team of another unit (or county), which looks like no team at all", async () => {
    const rows = [workerRow("B0001", "甲", "一厂甲班"), workerRow("B0002", "乙", "二局办公室"), workerRow("B0003", "丙", "三厂甲班")];
    const before = await unitRoster();
    const outcome = await run(await makeXlsx([WORKER_HEADER, ...rows]));
    expect(outcome).toMatchObject({
      ok: false,
      badRows: 2,
      problems: [
        { row: 3, column: "班组（科室）", value: "二局办公室", message: "imports.error.teamNotInUnit", params: { unit: "一厂" } },
        { row: 4, column: "班组（科室）", value: "三厂甲班", message: "imports.error.teamNotInUnit" },
      ],
    });
    expect(await unitRoster()).toBe(before);
    expect(await db.db.select().from(workers).where(eq(workers.employeeNo, "B0001"))).toEqual([]);
  });

  it("refuses a 50 MB file before reading it, and keeps serving", async () => {
    const huge = Buffer.alloc(50 * 1024 * 1024, 0x41);
    huge.write("PK\u0003\u0004", 0, "latin1");
    await expectFileRefused(huge, "imports.file.tooLarge");
    // The upload itself is cut off as soon as it passes the limit, declared or not.
    const declared = new Request("http://x/api/imports/workers", { method: "POST", body: huge, headers: { "content-length": String(huge.length) } });
    expect(await readBodyLimited(declared)).toBeNull();
    let sent = 0;
    const undeclared = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent >= 60) return controller.close();
        sent++;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    expect(await readBodyLimited(new Request("http://x", { method: "POST", body: undeclared, duplex: "half" } as RequestInit))).toBeNull();
    expect(sent).toBeLessThan(60);
    expect(await readBodyLimited(new Request("http://x", { method: "POST", body: Buffer.from("small") }))).toEqual(Buffer.from("small"));
    // And the next import still works.
    expect(await run(await makeXlsx([WORKER_HEADER, workerRow("A0001", "导入职工1", "一厂乙班")]))).toMatchObject({ ok: true });
    expect(MAX_IMPORT_BYTES).toBeLessThan(huge.length);
  });

  /**
   * A one-row roster whose `part` unpacks to its own XML followed by `mb` MB of spaces (legal XML
   * padding), compressed to about a kilobyte per MB. Its headers claim the padded size, or lie:
   * claim the part's original size, or a megabyte more than the part holds.
   */
  async function paddedRoster(part: string, mb: number, claim: "padded" | "original" | "more"): Promise<Buffer> {
    const entries = await rawEntriesOf(await makeXlsx([WORKER_HEADER, workerRow("Z0001", "炸弹", "一厂甲班")]));
    const original = entries.find((e) => e.name === part)!;
    const xml = inflateRawSync(original.deflated);
    const MB = 1024 * 1024;
    const swapped = { name: part, deflated: deflateRepeated(xml, Buffer.alloc(MB, 0x20), mb), size: xml.length + (claim === "padded" ? mb * MB : claim === "more" ? MB : 0) };
    const buf = rawZip(entries.map((e) => (e.name === part ? swapped : e)));
    expect(buf.length).toBeLessThan(MAX_IMPORT_BYTES);
    return buf;
  }

  it("refuses a zip bomb, a small file whose shared strings would unpack to a gigabyte, before unpacking it", async () => {
    const bomb = await paddedRoster("xl/sharedStrings.xml", 1024, "padded");
    await expectFileRefused(bomb, "imports.file.inflatesTooLarge");
    expect(await run(bomb)).toEqual({ ok: false, fileProblem: { message: "imports.file.inflatesTooLarge", params: { mb: MAX_INFLATED_BYTES / 1024 / 1024 } } });
  });

  it("refuses an entry that inflates past the size its header claims, cutting it off there", async () => {
    // Unpacked whole, either of these would take 2 GB; cut off at the claimed size, they take milliseconds.
    for (const part of ["xl/sharedStrings.xml", "xl/worksheets/sheet1.xml"]) {
      const liar = await paddedRoster(part, 2048, "original");
      const started = Date.now();
      await expectFileRefused(liar, "imports.file.notXlsx");
      expect(Date.now() - started, part).toBeLessThan(20_000);
      // A header claiming more than the entry holds is refused too (it used to take the server down).
      await expectFileRefused(await paddedRoster(part, 0, "more"), "imports.file.notXlsx");
    }
    // The worksheet's one row was readable before the padding: it is not imported for all that.
    expect(await db.db.select().from(workers).where(eq(workers.employeeNo, "Z0001"))).toEqual([]);
    // Honest headers over the same parts, unpadded, import fine.
    expect(await run(await paddedRoster("xl/worksheets/sheet1.xml", 0, "original"))).toMatchObject({ ok: true, rows: 1 });
  });

  it("refuses a row holding U+FFFD (a character lost before it reached us), naming its row and column", async () => {
    const rows = [workerRow("F0001", "完好", "一厂甲班"), workerRow("F0002", "受损", "一厂甲班", { post: "岗位2363号\ufffd\ufffd作工" })] as string[][];
    const before = await unitRoster();
    expect(await run(await excelStyleXlsx([WORKER_HEADER, ...rows]))).toMatchObject({
      ok: false,
      badRows: 1,
      problems: [{ row: 3, column: "岗位", value: "岗位2363号\ufffd\ufffd作工", message: "imports.error.unreadableText" }],
    });
    expect(await unitRoster()).toBe(before);
  });

  it("imports a roster saved by LibreOffice as it was typed", async () => {
    const csv = fs.readFileSync("test/files/roster-libreoffice.csv", "utf8").trim().split("\n").slice(1).map((line) => line.split(","));
    expect(await run(fs.readFileSync("test/files/roster-libreoffice.xlsx"))).toEqual({ ok: true, rows: csv.length, summary: { created: csv.length, updated: 0, unchanged: 0 } });
    const stored = await db.db
      .select({ no: workers.employeeNo, name: workers.name, post: workers.post, birth: workers.birthDate })
      .from(workers)
      .where(sql`${workers.employeeNo} like 'LO%'`);
    const typed = new Map(csv.map((c) => [c[0], `${c[1]}|${c[6]}|${c[7]}`]));
    expect(stored.filter((w) => typed.get(w.no) !== `${w.name}|${w.post}|${w.birth}`)).toEqual([]);
    expect(stored).toHaveLength(csv.length);
  });

  it("refuses a worker marked as left, and anyone but a union", async () => {
    await db.db.update(workers).set({ status: "left", leftAt: new Date() }).where(eq(workers.employeeNo, "A0010"));
    expect(await run(await makeXlsx([WORKER_HEADER, workerRow("A0010", "导入职工10", "一厂乙班")]))).toMatchObject({
      ok: false,
      problems: [{ row: 2, column: "工号", message: "imports.error.workerLeft", params: { name: "导入职工10" } }],
    });
    const buf = await makeXlsx([WORKER_HEADER, workerRow("Z0001", "甲", "一厂甲班")]);
    for (const who of ["office_a", "leader_t1"]) expect(await run(buf, who)).toEqual({ ok: false, fileProblem: { message: "errors.forbidden" } });
  });

  it("takes back its own export, in Chinese or English, as unchanged", async () => {
    const union = await f.user("union_u1");
    const rows = await listWorkersForExport(union, { status: "active", page: 1 });
    for (const [locale, messages] of [["zh-CN", zh], ["en", en]] as const) {
      const buf = await rosterWorkbook(rows, { locale, showUnit: true, t: translator(messages) });
      expect(await run(buf)).toEqual({ ok: true, rows: rows.length, summary: { created: 0, updated: 0, unchanged: rows.length } });
    }
  });

  it("imports 20,000 rows of Chinese, written as Excel and WPS write them, well under a minute and character for character", async () => {
    const big = Array.from({ length: 20_000 }, (_, i) =>
      workerRow(`L${String(i).padStart(5, "0")}`, `批量职工${i}`, i % 2 ? "一厂乙班" : "一厂甲班", { post: `岗位${i}号操作工（液态奶）` }),
    );
    const buf = await excelStyleXlsx([WORKER_HEADER, ...big] as string[][]);
    const started = Date.now();
    const outcome = await run(buf);
    const firstMs = Date.now() - started;
    expect(outcome).toMatchObject({ ok: true, summary: { created: 20_000 } });
    const again = Date.now();
    expect(await run(buf)).toMatchObject({ ok: true, summary: { created: 0, updated: 0, unchanged: 20_000 } });
    const secondMs = Date.now() - again;
    console.log(`[${kind}] 20,000-row import: ${firstMs} ms new, ${secondMs} ms re-import (${(buf.length / 1024).toFixed(0)} KB)`);
    const written = new Map(big.map((r) => [r[0], `${r[1]}|${r[6]}`]));
    const stored = (await db.db.select({ no: workers.employeeNo, name: workers.name, post: workers.post }).from(workers)).filter((w) => written.has(w.no));
    expect(stored.filter((w) => written.get(w.no) !== `${w.name}|${w.post}`)).toEqual([]);
    expect(stored).toHaveLength(20_000);
    expect(firstMs).toBeLessThan(60_000);
    expect(secondMs).toBeLessThan(60_000);
  }, 180_000);
});
