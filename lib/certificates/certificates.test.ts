import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { evaluationSchemes, evaluations, periods, titles, type Period } from "@/db/schema";
import { DEFAULT_SCHEMES } from "@/lib/evaluations/default-schemes";
import { insertSchemeTree } from "@/lib/evaluations/scheme-tree";
import { chinaToday } from "@/lib/time";
import { addDays } from "@/lib/titles/rules";
import { nameTitles, publishResults, withdrawTitle } from "@/lib/titles/mutations";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { allText, readPdf } from "@/test/pdf";
import { translatorFor } from "@/test/translate";
import ExcelJS from "exceljs";
import { getPublicationDocument } from "@/lib/documents/publication-queries";
import { renderDocumentPdf } from "@/lib/documents/render-pdf";
import { documentWorkbook } from "@/lib/documents/render-xlsx";
import { rowOf } from "@/test/pdf";
import { certificatesPdf } from "./pdf";
import { getCertificate, listCertificatesOfPublication, verifyCertificate } from "./queries";

describe.each(TEST_DATABASES)("certificates on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let period: Period;
  let publicationId = "";
  const titleOf: Record<string, { id: string; code: string; version: number }> = {};
  const today = chinaToday();
  const t = translatorFor("zh-CN");

  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    [period] = (await db.db.select().from(periods).where(and(eq(periods.countyId, f.org.A), eq(periods.year, THIS_YEAR)))) as [Period];
    const office = await f.user("office_a");
    for (const scheme of DEFAULT_SCHEMES) {
      await insertSchemeTree(db.db, { ...scheme, countyId: f.org.A, periodId: period.id, version: 1, status: "published", createdBy: office.id, publishedAt: new Date() });
    }
    const [teamScheme] = await db.db.select().from(evaluationSchemes).where(and(eq(evaluationSchemes.countyId, f.org.A), eq(evaluationSchemes.target, "team")));
    const ids: string[] = [];
    for (const [team, unit, total] of [
      [f.org.T1, f.org.U1, 93],
      [f.org.T3, f.org.U2, 91],
    ] as const) {
      const [e] = await db.db
        .insert(evaluations)
        .values({ countyId: f.org.A, unitId: unit, teamId: team, subjectId: team, target: "team", periodId: period.id, schemeId: teamScheme!.id, status: "confirmed", selfTotal: total, reviewTotal: total, finalTotal: total, grade: "excellent", createdBy: office.id, confirmedAt: new Date() })
        .returning({ id: evaluations.id });
      ids.push(e!.id);
    }
    // Posted for a week that is already over, then named.
    const published = await publishResults(office, { periodId: period.id, target: "team", startsOn: addDays(today, -9), endsOn: addDays(today, -2) });
    expect(published).toMatchObject({ ok: true });
    publicationId = (published as { data: { id: string } }).data.id;
    expect(await nameTitles(office, publicationId, 1, { evaluationIds: ids })).toMatchObject({ ok: true });
    for (const row of await db.db.select().from(titles).where(eq(titles.publicationId, publicationId))) titleOf[row.subjectId] = { id: row.id, code: row.certificateCode, version: row.version };
  });
  afterAll(() => db.dispose());

  it("gives every title its own unguessable code", () => {
    const codes = Object.values(titleOf).map((x) => x.code);
    expect(codes).toHaveLength(2);
    for (const code of codes) expect(code).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set(codes).size).toBe(2);
  });

  it("hands a certificate to whoever's subtree holds the title, and to no one else", async () => {
    const t1 = titleOf[f.org.T1]!.id;
    for (const who of ["office_a", "union_u1", "leader_t1"]) expect(await getCertificate(await f.user(who), t1), who).toMatchObject({ holder: "一厂甲班", where: "一厂", target: "team", year: THIS_YEAR });
    for (const who of ["office_b", "union_u2", "union_u3", "leader_t2", "leader_t3"]) expect(await getCertificate(await f.user(who), t1), who).toBeNull();
    expect(await getCertificate(await f.user("office_a"), "not-a-uuid")).toBeNull();
  });

  it("prints the holder, the title, the issuer and the code on an A4 landscape page with embedded fonts", async () => {
    const certificate = (await getCertificate(await f.user("office_a"), titleOf[f.org.T1]!.id))!;
    const bytes = await certificatesPdf([certificate], t, "zh-CN", (code) => `https://example.test/verify/${code}`);
    if (process.env.DOCUMENTS_OUT) (await import("node:fs")).writeFileSync(`${process.env.DOCUMENTS_OUT}/certificate.pdf`, bytes);
    const pdf = await readPdf(bytes);
    expect(pdf.pageSizes.map((s) => [Math.round(s.width), Math.round(s.height)])).toEqual([[842, 595]]);
    const text = allText(pdf);
    for (const expected of ["荣", "一厂甲班", `“${THIS_YEAR}年度学习型班组”`, "甲县总工会", "扫描二维码核验证书"]) expect(text).toContain(expected);
    expect(text.replace(/\s/g, "")).toContain(certificate.code);
    for (const font of pdf.fonts) expect(font.embedded, font.name).toBe(true);
    expect(bytes.length).toBeLessThan(200_000);
  });

  it("prints a whole naming as one PDF for the office alone", async () => {
    const all = (await listCertificatesOfPublication(await f.user("office_a"), publicationId))!;
    expect(all.map((c) => c.holder).sort()).toEqual(["一厂甲班", "二局办公室"]);
    const pdf = await readPdf(await certificatesPdf(all, t, "zh-CN", (code) => `https://example.test/verify/${code}`));
    expect(pdf.pages).toHaveLength(2);
    expect(await listCertificatesOfPublication(await f.user("union_u1"), publicationId)).toBeNull();
    expect(await listCertificatesOfPublication(await f.user("office_b"), publicationId)).toEqual([]);
  });

  it("prints the 公示 notice in rank order and the red-head 命名 decision, readable where the publication is", async () => {
    const office = await f.user("office_a");
    const notice = (await getPublicationDocument(office, publicationId, "notice", t, "zh-CN"))!;
    const pdfBytes = await renderDocumentPdf(notice.document, { author: notice.document.issuer, pageLabel: (page) => `— ${page} —` });
    if (process.env.DOCUMENTS_OUT) (await import("node:fs")).writeFileSync(`${process.env.DOCUMENTS_OUT}/notice.pdf`, pdfBytes);
    const pdf = await readPdf(pdfBytes);
    expect(rowOf(pdf, "1")).toEqual(["1", "一厂甲班", "一厂", "93", "优秀"]);
    expect(rowOf(pdf, "2")).toEqual(["2", "二局办公室", "二局", "91", "优秀"]);
    expect(allText(pdf)).toContain("甲县总工会");
    expect(allText(pdf).replace(/\n/g, "")).toContain(`关于${THIS_YEAR}年度学习型班组（科室）评估结果的公示`);
    const decision = (await getPublicationDocument(office, publicationId, "decision", t, "zh-CN"))!;
    expect(decision.document.redHead).toBe(true);
    const decisionBytes = await renderDocumentPdf(decision.document, { author: "", pageLabel: (page) => `— ${page} —` });
    if (process.env.DOCUMENTS_OUT) (await import("node:fs")).writeFileSync(`${process.env.DOCUMENTS_OUT}/decision.pdf`, decisionBytes);
    expect(allText(await readPdf(decisionBytes)).replace(/\n/g, "")).toContain(`关于命名“${THIS_YEAR}年度学习型班组”的决定`);
    // The .xlsx holds the same list under the same head.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await documentWorkbook(notice.document, "公示通知")) as never);
    const ws = wb.getWorksheet("公示通知")!;
    expect(ws.getCell("A1").value).toBe("甲县总工会");
    const rows: unknown[][] = [];
    ws.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows).toContainEqual(["名次", "班组（科室）", "所在单位", "最终得分", "等级"]);
    expect(rows).toContainEqual(["1", "一厂甲班", "一厂", "93", "优秀"]);
    // Every signed-in user of the county reads a named publication; another county does not.
    expect(await getPublicationDocument(await f.user("leader_t2"), publicationId, "decision", t, "zh-CN")).not.toBeNull();
    expect(await getPublicationDocument(await f.user("office_b"), publicationId, "notice", t, "zh-CN")).toBeNull();
  });

  it("verifies a code without anyone signed in: standing, then withdrawn with its date; unknown codes are not found", async () => {
    const { code, id, version } = titleOf[f.org.T3]!;
    expect(await verifyCertificate(code)).toMatchObject({ status: "held", holder: "二局办公室", year: THIS_YEAR, target: "team", issuerCounty: "甲县", withdrawnAt: null });
    expect(await withdrawTitle(await f.user("office_a"), id, version, { reason: "年内发生安全责任事故" })).toMatchObject({ ok: true });
    const withdrawn = await verifyCertificate(code);
    expect(withdrawn).toMatchObject({ status: "withdrawn" });
    expect(withdrawn!.withdrawnAt).toBeInstanceOf(Date);
    // The reason stays private.
    expect(JSON.stringify(withdrawn)).not.toContain("事故");
    // A withdrawn title's certificate is no longer handed out.
    expect(await getCertificate(await f.user("office_a"), id)).toBeNull();
    expect(await listCertificatesOfPublication(await f.user("office_a"), publicationId)).toHaveLength(1);
    for (const unknown of ["0".repeat(32), code.slice(0, 31), `${code}0`, "'; drop table titles; --", code.toUpperCase()]) expect(await verifyCertificate(unknown), unknown).toBeNull();
  });
});
