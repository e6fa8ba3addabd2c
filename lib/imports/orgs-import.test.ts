import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, count, eq, isNull, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { auditLog, orgs } from "@/db/schema";
import { importOrgs } from "@/lib/imports/orgs-import";
import type { ImportOutcome } from "@/lib/imports/types";
import { orgWorkbook } from "@/lib/org/export";
import { listOrgTreeForExport } from "@/lib/org/queries";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { excelStyleXlsx, makeXlsx } from "@/test/xlsx";
import zh from "@/messages/zh-CN.json";

const HEADER = ["单位名称", "单位类型", "行业", "联系人", "联系电话", "班组（科室）名称", "班组类别"];

describe.each(TEST_DATABASES)("units-and-teams import on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
  });
  afterAll(() => db.dispose());

  const run = async (rows: unknown[][], username = "office_a"): Promise<ImportOutcome> =>
    importOrgs(await f.user(username), await makeXlsx([HEADER, ...rows], { sheetName: "单位与班组" }), { filename: "单位.xlsx", onProgress: () => {} });
  const liveOrgsOfA = async () => {
    const [{ n }] = await db.db.select({ n: count() }).from(orgs).where(and(eq(orgs.countyId, f.org.A), isNull(orgs.archivedAt)));
    return n;
  };

  const file = [
    ["龙新公司", "企业", "化学原料制造", "孙志强", "0455-8355120", "聚合车间一班", "班组"],
    ["龙新公司", "企业", "", "", "", "技术质量科", "科室"],
    ["安达市财政局", "机关", "财政", "马晓东", "", "预算科", "科室"],
    ["安达市职工中专", "事业单位", "教育", "", "", "", ""],
    ["一厂", "企业", "", "", "0455-0000001", "一厂丙班", "班组"],
  ];

  it("creates new units with their teams, adds teams to known units, and fills in their details", async () => {
    const before = await liveOrgsOfA();
    expect(await run(file)).toEqual({ ok: true, rows: 5, summary: { unitsCreated: 3, unitsUpdated: 1, teamsCreated: 4, teamsUpdated: 0, unchanged: 0 } });
    expect(await liveOrgsOfA()).toBe(before + 7);
    const [longxin] = await db.db.select().from(orgs).where(eq(orgs.name, "龙新公司"));
    expect(longxin).toMatchObject({ level: "unit", unitKind: "enterprise", industry: "化学原料制造", parentId: f.org.A, countyId: f.org.A });
    expect(longxin!.unitId).toBe(longxin!.id);
    const teams = await db.db.select({ name: orgs.name, kind: orgs.teamKind }).from(orgs).where(eq(orgs.parentId, longxin!.id));
    expect(teams.sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { name: "技术质量科", kind: "section" },
      { name: "聚合车间一班", kind: "team" },
    ]);
    // A known unit keeps its kind and industry (blank cells), takes the phone, and gains the team.
    const [u1] = await db.db.select().from(orgs).where(eq(orgs.id, f.org.U1));
    expect(u1).toMatchObject({ industry: "机械", contactPhone: "0455-0000001", version: 2 });
    expect(await db.db.select({ id: orgs.id }).from(orgs).where(and(eq(orgs.parentId, f.org.U1), eq(orgs.name, "一厂丙班")))).toHaveLength(1);
    const [audit] = await db.db.select().from(auditLog).where(and(eq(auditLog.action, "orgs.imported"), eq(auditLog.entityId, f.org.A)));
    expect(audit!.after).toMatchObject({ unitsCreated: 3, createdTeams: expect.arrayContaining(["龙新公司 / 聚合车间一班"]) });
  });

  it("changes nothing when the same file is imported again", async () => {
    const before = await liveOrgsOfA();
    expect(await run(file)).toEqual({ ok: true, rows: 5, summary: { unitsCreated: 0, unitsUpdated: 0, teamsCreated: 0, teamsUpdated: 0, unchanged: 8 } });
    expect(await liveOrgsOfA()).toBe(before);
  });

  it("lists rows that contradict each other or lack a team's kind, and writes nothing", async () => {
    const before = await liveOrgsOfA();
    const outcome = await run([
      ["五金厂", "企业", "五金", "", "", "冲压班", "班组"],
      ["五金厂", "机关", "", "", "", "", ""],
      ["五金厂", "企业", "机械", "", "", "", ""],
      ["五金厂", "企业", "", "", "", "冲压班", "班组"],
      ["六厂", "工厂", "", "", "", "", ""],
      ["七厂", "企业", "", "", "", "装配班", ""],
    ]);
    expect(outcome.ok).toBe(false);
    if (outcome.ok || !("problems" in outcome)) throw new Error("expected row problems");
    expect(outcome.problems.map((p) => [p.row, p.column, p.message, p.params?.first ?? null])).toEqual([
      [3, "单位类型", "imports.error.conflictsWithRow", 2],
      [4, "行业", "imports.error.conflictsWithRow", 2],
      [5, "班组（科室）名称", "imports.error.repeatedTeam", 2],
      [6, "单位类型", "imports.error.notAChoice", null],
      [7, "班组类别", "validation.required", null],
    ]);
    expect(await liveOrgsOfA()).toBe(before);
  });

  it("is the office's alone, and stays within its county", async () => {
    for (const who of ["union_u1", "leader_t1"]) {
      expect(await run(file, who)).toEqual({ ok: false, fileProblem: { message: "errors.forbidden" } });
    }
    // County B's office gets its own 龙新公司, leaving county A's alone.
    expect(await run([["龙新公司", "企业", "", "", "", "", ""]], "office_b")).toMatchObject({ ok: true, summary: { unitsCreated: 1 } });
    expect(await db.db.select({ c: orgs.countyId }).from(orgs).where(eq(orgs.name, "龙新公司"))).toHaveLength(2);
  });

  it("takes back its own export as unchanged", async () => {
    const office = await f.user("office_a");
    const rows = await listOrgTreeForExport(office);
    const t = (key: string) => key.split(".").reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], zh) as string;
    const buf = await orgWorkbook(rows, [], { locale: "zh-CN", t });
    const outcome = await importOrgs(office, buf, { filename: "export.xlsx", onProgress: () => {} });
    expect(outcome).toMatchObject({ ok: true, summary: { unitsCreated: 0, unitsUpdated: 0, teamsCreated: 0, teamsUpdated: 0 } });
  });

  it("imports 3,000 rows of Chinese, written as Excel and WPS write them, character for character", async () => {
    const rows = Array.from({ length: 3_000 }, (_, i) => {
      const unit = Math.floor(i / 30);
      return [`第${unit}号乳制品有限责任公司`, "企业", "乳制品制造", `联系人${unit}`, "", `液态奶车间第${i}号灌装班组`, "班组"];
    });
    const buf = await excelStyleXlsx([HEADER, ...rows], { sheetName: "单位与班组" });
    expect(await importOrgs(await f.user("office_b"), buf, { filename: "单位.xlsx", onProgress: () => {} })).toMatchObject({
      ok: true,
      summary: { unitsCreated: 100, teamsCreated: 3_000 },
    });
    const unit = alias(orgs, "unit");
    const teams = await db.db
      .select({ team: orgs.name, unit: unit.name })
      .from(orgs)
      .innerJoin(unit, eq(unit.id, orgs.unitId))
      .where(and(eq(orgs.countyId, f.org.B), eq(orgs.level, "team"), sql`${orgs.name} like '液态奶车间%'`));
    const written = new Set(rows.map((r) => `${r[0]}|${r[5]}`));
    expect(teams.filter((t) => !written.has(`${t.unit}|${t.team}`))).toEqual([]);
    expect(teams).toHaveLength(3_000);
  }, 60_000);
});
