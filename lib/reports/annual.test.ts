import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq, sql } from "drizzle-orm";
import type { Database } from "@/db/client";
import { periods, records, users } from "@/db/schema";
import { seedDemo } from "@/db/seed/demo";
import { loadActiveUser, type CurrentUser } from "@/lib/auth/load-user";
import { rowsOf } from "@/lib/db-rows";
import { recomputeCountyStats } from "@/lib/stats/aggregates";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { allText, readPdf, rowOf, type PdfContent } from "@/test/pdf";
import { translatorFor } from "@/test/translate";
import { getAnnualReport } from "./annual";
import { annualReportPdf } from "./annual-pdf";
import { statisticsWorkbook } from "./statistics-xlsx";
import ExcelJS from "exceljs";

const YEAR = Number(new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 4));
const zh = (n: number, digits = 0) => n.toLocaleString("zh-CN", { maximumFractionDigits: digits });

/**
 * What the report must say, counted straight from the records table (never from the aggregates the
 * report reads): the county's, or one unit's, approved records of a year.
 */
async function expectedFromRecords(db: Database, countyId: string, unitId: string | null, year: number) {
  const scope = unitId ? sql`and r.unit_id = ${unitId}` : sql``;
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const [f] = rowsOf<Record<string, string | number>>(
    await db.execute(sql`select
      count(*) filter (where kind = 'study_session') as sessions,
      coalesce(sum(participants) filter (where kind = 'study_session'), 0) as attendance,
      count(*) filter (where kind = 'study_session' and details->>'form' = 'on_the_job') as on_job_sessions,
      coalesce(sum(participants) filter (where kind = 'study_session' and details->>'form' = 'centralised'), 0) as centralised_attendance,
      count(*) filter (where kind = 'study_session' and details->'contents' ? 'technology') as technology_sessions,
      count(*) filter (where kind = 'proposal') as proposals,
      count(*) filter (where kind = 'proposal' and adopted) as adopted,
      count(*) filter (where kind = 'proposal' and (details->>'implemented')::boolean) as implemented,
      coalesce(sum(benefit_yuan) filter (where kind = 'proposal'), 0) as benefit,
      count(*) filter (where kind = 'innovation' and benefit_yuan >= 10000) as innovations_10k,
      coalesce(sum(participants) filter (where kind = 'training'), 0) as trainees,
      coalesce(sum(participants) filter (where kind = 'training' and details->>'reemployment' = 'true'), 0) as re_trainees,
      count(*) filter (where kind = 'competition') as competitions,
      coalesce(sum(participants) filter (where kind = 'competition'), 0) as competition_participants,
      coalesce(sum(participants) filter (where kind = 'competition' and details->>'level' = 'province'), 0) as province_participants,
      count(*) filter (where kind = 'culture') as culture_events,
      (select count(distinct r2.unit_id) from records r2 where r2.county_id = ${countyId} and r2.status = 'approved' and r2.occurred_on between ${from} and ${to}) as units_active,
      (select count(distinct rw.worker_id) from record_workers rw join records r4 on r4.id = rw.record_id join workers w on w.id = rw.worker_id and w.status = 'active'
         where r4.county_id = ${countyId} and r4.status = 'approved' and r4.occurred_on between ${from} and ${to} ${unitId ? sql`and w.unit_id = ${unitId}` : sql``}) as workers_active
    from records r where r.county_id = ${countyId} and r.status = 'approved' and r.occurred_on between ${from} and ${to} ${scope}`),
  );
  return Object.fromEntries(Object.entries(f!).map(([k, v]) => [k, Number(v)])) as Record<string, number>;
}

describe.each(TEST_DATABASES)("annual report on %s", (kind) => {
  let db: TestDatabase;
  let office: CurrentUser;
  let union: CurrentUser;
  const t = translatorFor("zh-CN");
  const userNamed = async (username: string) => {
    const [u] = await db.db.select({ id: users.id }).from(users).where(eq(users.username, username));
    return (await loadActiveUser(db.db, u!.id))!;
  };
  const pdfOf = async (user: CurrentUser) => {
    const bytes = await annualReportPdf((await getAnnualReport(user, YEAR))!, t, "zh-CN", `${YEAR}-12-31`);
    if (process.env.DOCUMENTS_OUT) (await import("node:fs")).writeFileSync(`${process.env.DOCUMENTS_OUT}/annual-${user.username}.pdf`, bytes);
    return readPdf(bytes);
  };

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    await seedDemo(db.db);
    office = await userNamed("office");
    union = await userNamed("union");
    // Last year's work, so the report has 同比 to show: a share of this year's approved records copied a year back.
    await db.db.execute(sql`insert into records (kind, status, owner_level, county_id, unit_id, team_id, title, occurred_on, hours, participants, quantity, benefit_yuan, adopted, details, created_by, submitted_at)
      select kind, status, owner_level, county_id, unit_id, team_id, title, (occurred_on - interval '1 year')::date, hours, participants, quantity, benefit_yuan, adopted, details, created_by, submitted_at
      from records where county_id = ${office.countyId} and status = 'approved' and extract(day from occurred_on)::int % 3 = 0`);
    await db.db.transaction((tx) => recomputeCountyStats(tx, office.countyId));
  });
  afterAll(() => db.dispose());

  function expectRow(pdf: PdfContent, label: string, current: string, previous?: string) {
    const row = rowOf(pdf, label);
    expect(row, label).toBeDefined();
    expect(row![1], label).toBe(current);
    if (previous !== undefined) expect(row![2], `${label} (last year)`).toBe(previous);
  }

  it("prints the county's figures as the approved records add up, with last year's beside them", async () => {
    const now = await expectedFromRecords(db.db, office.countyId, null, YEAR);
    const before = await expectedFromRecords(db.db, office.countyId, null, YEAR - 1);
    expect(now.sessions).toBeGreaterThan(0);
    expect(before.sessions).toBeGreaterThan(0);
    const pdf = await pdfOf(office);
    expectRow(pdf, "参与单位（家）", zh(now.units_active), zh(before.units_active));
    expectRow(pdf, "参与职工（人）", zh(now.workers_active), zh(before.workers_active));
    expectRow(pdf, "学习活动（次）", zh(now.sessions), zh(before.sessions));
    expectRow(pdf, "参学（人次）", zh(now.attendance), zh(before.attendance));
    expectRow(pdf, "职工培训（人次）", zh(now.trainees), zh(before.trainees));
    expectRow(pdf, "再就业培训（人次）", zh(now.re_trainees), zh(before.re_trainees));
    expectRow(pdf, "劳动竞赛、技能比武（场）", zh(now.competitions), zh(before.competitions));
    expectRow(pdf, "参赛（人次）", zh(now.competition_participants), zh(before.competition_participants));
    expectRow(pdf, "合理化建议·提出（条）", zh(now.proposals), zh(before.proposals));
    expectRow(pdf, "合理化建议·采纳（条）", zh(now.adopted), zh(before.adopted));
    expectRow(pdf, "合理化建议·实施（条）", zh(now.implemented), zh(before.implemented));
    expectRow(pdf, "合理化建议·经济效益（万元）", zh(now.benefit / 10_000, 2), zh(before.benefit / 10_000, 2));
    expectRow(pdf, "效益万元以上创新成果（项）", zh(now.innovations_10k), zh(before.innovations_10k));
    expectRow(pdf, "文体活动（场）", zh(now.culture_events), zh(before.culture_events));
    // 同比 of the sessions, as a reader would work it out.
    const change = ((now.sessions - before.sessions) / before.sessions) * 100;
    expect(rowOf(pdf, "学习活动（次）")![3]).toBe(`${change > 0 ? "+" : "−"}${zh(Math.abs(change), 1)}%`);
    // The breakdowns the aggregates do not keep.
    expectRow(pdf, "岗位学习", zh(now.on_job_sessions));
    expect(rowOf(pdf, "集中培训")![2]).toBe(zh(now.centralised_attendance));
    expectRow(pdf, "学技术", zh(now.technology_sessions));
    expect(rowOf(pdf, "省级")![2]).toBe(zh(now.province_participants));
    // Every unit of the county has its row.
    const text = allText(pdf);
    for (const unit of ["红星集团", "龙新公司"]) expect(text).toContain(unit);
    expect(text.replace(/\n/g, "")).toContain(`安达市${YEAR}年度创建学习型组织、争做知识型职工活动报告`);
  });

  it("is an A4 document whose every font is embedded", async () => {
    const pdf = await pdfOf(office);
    expect(pdf.pageSizes.length).toBeGreaterThan(1);
    for (const size of pdf.pageSizes) expect([Math.round(size.width), Math.round(size.height)]).toEqual([595, 842]);
    expect(pdf.fonts.length).toBeGreaterThan(0);
    for (const font of pdf.fonts) {
      expect(font.name).toMatch(/NotoSerifSC/);
      expect(font.embedded, font.name).toBe(true);
    }
    // Page numbers at the foot and the running header from page two.
    const text = allText(pdf);
    expect(text).toContain("— 2 —");
    expect(pdf.pages[1]!.some((line) => line.join("").includes(`安达市 · ${YEAR}年度创争活动报告`))).toBe(true);
  });

  it("holds only the union's own unit, and its figures", async () => {
    const mine = await expectedFromRecords(db.db, office.countyId, union.unitId, YEAR);
    const report = (await getAnnualReport(union, YEAR))!;
    expect(report.scope).toMatchObject({ level: "unit", unitId: union.unitId, name: "红星集团" });
    const pdf = await pdfOf(union);
    expectRow(pdf, "学习活动（次）", zh(mine.sessions));
    expectRow(pdf, "参学（人次）", zh(mine.attendance));
    expectRow(pdf, "参与职工（人）", zh(mine.workers_active));
    expectRow(pdf, "合理化建议·提出（条）", zh(mine.proposals));
    expectRow(pdf, "合理化建议·实施（条）", zh(mine.implemented));
    expect(rowOf(pdf, "参与单位（家）")).toBeUndefined();
    const text = allText(pdf);
    expect(text.replace(/\n/g, "")).toContain(`红星集团${YEAR}年度`);
    for (const other of ["龙新公司", "聚合车间一班"]) expect(text).not.toContain(other);
    // Its breakdown lists its own teams only.
    const [teamsOfOthers] = rowsOf<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from orgs where level = 'team' and unit_id <> ${union.unitId} and county_id = ${union.countyId}`));
    expect(teamsOfOthers!.n).toBeGreaterThan(0);
    expect(report.breakdown.every((r) => r.orgId === union.unitId || report.breakdown.length > 0)).toBe(true);
    const [ownTeams] = rowsOf<{ n: number }>(await db.db.execute(sql`select count(*)::int as n from orgs where level = 'team' and archived_at is null and unit_id = ${union.unitId}`));
    expect(report.breakdown).toHaveLength(ownTeams!.n + 1);
  });

  it("fills the statistics form cell by cell, with the county, year, filler and date", async () => {
    const now = await expectedFromRecords(db.db, office.countyId, null, YEAR);
    const before = await expectedFromRecords(db.db, office.countyId, null, YEAR - 1);
    const bytes = await statisticsWorkbook((await getAnnualReport(office, YEAR))!, t, { filler: "王主任", today: `${YEAR}-12-20`, locale: "zh-CN" });
    if (process.env.DOCUMENTS_OUT) (await import("node:fs")).writeFileSync(`${process.env.DOCUMENTS_OUT}/statistics.xlsx`, bytes);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as never);
    const ws = wb.getWorksheet("统计表")!;
    expect(ws.getCell("A1").value).toBe(`安达市${YEAR}年度创建学习型组织、争做知识型职工活动暨经济技术创新工作统计表`);
    expect(ws.getCell("A2").value).toBe("填报单位：安达市总工会");
    expect(ws.getCell("D2").value).toBe(`填报日期：${YEAR}年12月20日`);
    expect(ws.getRow(4).values).toEqual([undefined, "序号", "项目", "计量单位", `${YEAR}年`, `${YEAR - 1}年`, "同比增减"]);
    // The fixed layout: each line where the form puts it, numbered, with its unit and both years.
    const expected: [string, string, number, number][] = [
      ["参与活动的单位数", "家", now.units_active, before.units_active],
      ["参与活动的职工人数", "人", now.workers_active, before.workers_active],
      ["班组学习活动", "次", now.sessions, before.sessions],
      ["参学人次", "人次", now.attendance, before.attendance],
      ["职工培训人次", "人次", now.trainees, before.trainees],
      ["再就业培训人次", "人次", now.re_trainees, before.re_trainees],
      ["合理化建议·提出", "条", now.proposals, before.proposals],
      ["合理化建议·采纳", "条", now.adopted, before.adopted],
      ["合理化建议·实施", "条", now.implemented, before.implemented],
      ["合理化建议·创造经济效益", "万元", Math.round(now.benefit / 100) / 100, Math.round(before.benefit / 100) / 100],
      ["其中：效益万元以上的成果", "项", now.innovations_10k, before.innovations_10k],
      ["劳动竞赛、技术比武", "场", now.competitions, before.competitions],
      ["劳动竞赛、技术比武·参赛人次", "人次", now.competition_participants, before.competition_participants],
      ["职工文体活动", "场", now.culture_events, before.culture_events],
    ];
    const rowsByLabel = new Map<string, ExcelJS.Row>();
    ws.eachRow((row) => rowsByLabel.set(String(row.getCell(2).value), row));
    for (const [label, unit, current, previous] of expected) {
      const row = rowsByLabel.get(label);
      expect(row, label).toBeDefined();
      expect(typeof row!.getCell(1).value, `${label}: numbered`).toBe("number");
      expect(row!.getCell(3).value, label).toBe(unit);
      expect(row!.getCell(4).value, label).toBe(current);
      expect(row!.getCell(5).value, `${label} last year`).toBe(previous);
      if (previous) expect(row!.getCell(6).value as number, `${label} change`).toBeCloseTo((current - previous) / previous, 6);
    }
    expect(rowsByLabel.get("班组学习活动")!.number).toBe(13);
    let filler = "";
    ws.eachRow((row) => {
      if (String(row.getCell(1).value).startsWith("填表人")) filler = String(row.getCell(1).value);
    });
    expect(filler).toBe("填表人：王主任");
  });

  it("is not the leader's: there is no report for a team", async () => {
    expect(await getAnnualReport(await userNamed("leader"), YEAR)).toBeNull();
  });

  it("counts a record once it is approved, and not before", async () => {
    const before = (await getAnnualReport(office, YEAR))!.current.figures.totals.sessions;
    const [pending] = await db.db
      .select({ id: records.id })
      .from(records)
      .where(and(eq(records.countyId, office.countyId), eq(records.kind, "study_session"), eq(records.status, "submitted"), sql`extract(year from ${records.occurredOn}) = ${YEAR}`))
      .limit(1);
    expect((await getAnnualReport(office, YEAR))!.current.figures.totals.sessions).toBe(before);
    if (pending) {
      await db.db.update(records).set({ status: "approved" }).where(eq(records.id, pending.id));
      await db.db.transaction((tx) => recomputeCountyStats(tx, office.countyId));
      expect((await getAnnualReport(office, YEAR))!.current.figures.totals.sessions).toBe(before + 1);
    }
    const [period] = await db.db.select().from(periods).where(and(eq(periods.countyId, office.countyId), eq(periods.year, YEAR)));
    expect(period).toBeDefined();
  });
});
