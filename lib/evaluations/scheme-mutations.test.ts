import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, asc, eq, like } from "drizzle-orm";
import { auditLog, evaluationItems, evaluationSchemes, periods } from "@/db/schema";
import { TEST_DATABASES, useTestDatabase, type TestDatabase } from "@/test/databases";
import { LAST_YEAR, THIS_YEAR, seedTwoCounties, type TwoCounties } from "@/test/fixtures";
import { readSchemeTree } from "./scheme-tree";
import {
  addIndicator,
  copyScheme,
  createDefaultScheme,
  deleteDraftScheme,
  deleteIndicator,
  deleteItem,
  moveIndicator,
  moveItem,
  publishScheme,
  renameIndicator,
  saveItem,
  updateBands,
} from "./scheme-mutations";
import { getSchemeDetail, listSchemes } from "./scheme-queries";
import type { ItemFormValues } from "./schemas";
import { invalid, refuse } from "@/lib/actions/result";
import { errorTexts } from "@/test/messages";

const item = (over: Partial<ItemFormValues> = {}): ItemFormValues => ({
  name: "班前学习",
  maxPoints: "10",
  guidance: "月均 4 次满分",
  evidence: "学习记录",
  mode: "manual",
  veto: false,
  metric: "",
  mapping: "",
  full: "",
  stepMin: [],
  stepPoints: [],
  ...over,
});

describe.each(TEST_DATABASES)("scheme editor on %s", (kind) => {
  let db: TestDatabase;
  let f: TwoCounties;
  let periodA: string;
  let lastYearA: string;
  beforeAll(async () => {
    db = await useTestDatabase(kind);
    f = await seedTwoCounties(db.db);
    [{ id: periodA }] = await db.db.select({ id: periods.id }).from(periods).where(and(eq(periods.countyId, f.org.A), eq(periods.year, THIS_YEAR)));
    [{ id: lastYearA }] = await db.db
      .insert(periods)
      .values({ countyId: f.org.A, year: LAST_YEAR, startsOn: `${LAST_YEAR}-01-01`, endsOn: `${LAST_YEAR}-12-31`, status: "open" })
      .returning({ id: periods.id });
  });
  afterAll(() => db.dispose());

  const treeOf = async (id: string) => (await readSchemeTree(db.db, id))!;

  it("starts a year's team scheme from the default standard, once", async () => {
    const office = await f.user("office_a");
    const made = await createDefaultScheme(office, periodA, "team");
    expect(made.ok).toBe(true);
    const id = made.ok ? made.data!.id : "";
    const detail = await getSchemeDetail(office, id);
    expect(detail).toMatchObject({ total: 100, problems: [], editable: true, scheme: { status: "draft", version: 1, target: "team" } });
    expect(await createDefaultScheme(office, periodA, "team")).toEqual(refuse("conflict", "evaluations.error.schemeExists"));
    expect(await createDefaultScheme(await f.user("union_u1"), periodA, "enterprise")).toEqual(refuse("forbidden", "errors.forbidden"));
    expect(await createDefaultScheme(office, f.org.A, "team")).toEqual(refuse("invalid_input", "errors.invalidInput"));
  });

  it("edits a draft: indicators and items added, renamed, moved, deleted, with a running total and an audit trail", async () => {
    const office = await f.user("office_a");
    const [{ id }] = await db.db.select({ id: evaluationSchemes.id }).from(evaluationSchemes).where(eq(evaluationSchemes.countyId, f.org.A));
    expect(await addIndicator(office, id, { name: "特色工作" })).toEqual({ ok: true });
    let tree = await treeOf(id);
    const added = tree.indicators.at(-1)!;
    expect(added).toMatchObject({ name: "特色工作", position: tree.indicators.length, items: [] });
    expect((await getSchemeDetail(office, id))!.problems).toEqual([{ code: "emptyIndicator", ref: added.id }]);

    expect(await saveItem(office, id, added.id, null, item({ name: "创新做法", maxPoints: "5" }))).toEqual({ ok: true });
    expect(
      await saveItem(office, id, added.id, null, item({ name: "文体活动", maxPoints: "4.5", mode: "auto", metric: "culture_events", mapping: "thresholds", stepMin: ["2", "", "4"], stepPoints: ["2", "", "4.5"] })),
    ).toEqual({ ok: true });
    tree = await treeOf(id);
    const [manual, auto] = tree.indicators.at(-1)!.items;
    expect(auto).toMatchObject({ mode: "auto", maxPoints: 4.5, rule: { metric: "culture_events", mapping: "thresholds", steps: [{ min: 4, points: 4.5 }, { min: 2, points: 2 }] } });
    expect(manual).toMatchObject({ mode: "manual", rule: null });
    const detail = await getSchemeDetail(office, id);
    expect(detail!.total).toBe(109.5);
    expect(detail!.problems).toEqual([{ code: "total", n: 109.5 }]);

    // Edit: the auto item becomes linear; then items and indicators move and go.
    expect(await saveItem(office, id, added.id, auto!.id, item({ name: "文体活动", maxPoints: "4.5", mode: "auto", metric: "culture_events", mapping: "linear", full: "6" }))).toEqual({ ok: true });
    expect((await treeOf(id)).indicators.at(-1)!.items[1]!.rule).toEqual({ metric: "culture_events", mapping: "linear", full: 6 });
    expect(await moveItem(office, id, auto!.id, "up")).toEqual({ ok: true });
    expect((await treeOf(id)).indicators.at(-1)!.items.map((i) => i.name)).toEqual(["文体活动", "创新做法"]);
    expect(await moveIndicator(office, id, added.id, "up")).toEqual({ ok: true });
    tree = await treeOf(id);
    expect(tree.indicators.at(-2)!.id).toBe(added.id);
    expect(await moveIndicator(office, id, tree.indicators[0]!.id, "up")).toEqual({ ok: true }); // already first: nothing moves
    expect(await renameIndicator(office, id, added.id, { name: "特色与创新" })).toEqual({ ok: true });
    expect(await deleteItem(office, id, manual!.id)).toEqual({ ok: true });
    expect(await deleteIndicator(office, id, added.id)).toEqual({ ok: true });
    expect((await getSchemeDetail(office, id))!.total).toBe(100);

    const trail = await db.db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityId, id), like(auditLog.action, "scheme.%"))).orderBy(asc(auditLog.id));
    expect(trail.map((a) => a.action)).toEqual([
      "scheme.created",
      "scheme.indicator_added",
      "scheme.item_added",
      "scheme.item_added",
      "scheme.item_updated",
      "scheme.item_moved",
      "scheme.indicator_moved",
      "scheme.indicator_renamed",
      "scheme.item_deleted",
      "scheme.indicator_deleted",
    ]);
  });

  it("refuses bad items with field messages, and changes nothing", async () => {
    const office = await f.user("office_a");
    const [{ id }] = await db.db.select({ id: evaluationSchemes.id }).from(evaluationSchemes).where(eq(evaluationSchemes.countyId, f.org.A));
    const tree = await treeOf(id);
    const ind = tree.indicators[0]!.id;
    const before = await db.db.select().from(evaluationItems).where(eq(evaluationItems.schemeId, id)).orderBy(asc(evaluationItems.id));
    const refused = async (over: Partial<ItemFormValues>) => {
      const r = await saveItem(office, id, ind, null, item(over));
      expect(r.ok).toBe(false);
      return r.ok ? {} : errorTexts(r.fieldErrors);
    };
    expect(await refused({ name: "" })).toEqual({ name: ["validation.required"] });
    expect(await refused({ maxPoints: "101" })).toEqual({ maxPoints: ["validation.max|100"] });
    expect(await refused({ maxPoints: "2.55" })).toEqual({ maxPoints: ["evaluations.error.oneDecimal"] });
    expect(await refused({ maxPoints: "0" })).toEqual({ maxPoints: ["evaluations.error.zeroPoints"] });
    expect(await refused({ mode: "auto", metric: "worker_study_hours", mapping: "linear", full: "10" })).toEqual({ metric: ["validation.invalidOption"] });
    expect(await refused({ mode: "auto", metric: "sessions", mapping: "linear", full: "0" })).toEqual({ full: ["evaluations.error.linearFull"] });
    expect(await refused({ mode: "auto", metric: "sessions", mapping: "thresholds", stepMin: ["3"], stepPoints: ["12"] })).toEqual({ steps: ["evaluations.error.stepAboveMax|10"] });
    expect(await refused({ mode: "auto", metric: "sessions", mapping: "thresholds", stepMin: ["3", "3"], stepPoints: ["5", "6"] })).toEqual({ steps: ["evaluations.error.stepDuplicate"] });
    expect(await refused({ mode: "auto", metric: "sessions", mapping: "thresholds", stepMin: ["3"], stepPoints: [""] })).toEqual({ steps: ["evaluations.error.stepIncomplete"] });
    expect(await refused({ mode: "auto", metric: "sessions", mapping: "thresholds" })).toEqual({ steps: ["evaluations.error.stepsRequired"] });
    expect(await updateBands(office, id, { excellent: "90", good: "95", pass: "60" })).toMatchObject(invalid({ good: ["evaluations.error.bandsOrder"] }));
    expect(await db.db.select().from(evaluationItems).where(eq(evaluationItems.schemeId, id)).orderBy(asc(evaluationItems.id))).toEqual(before);
  });

  it("refuses to publish a scheme that does not total 100, or that changed since it was read; publishes a sound one and freezes it", async () => {
    const office = await f.user("office_a");
    const [{ id }] = await db.db.select({ id: evaluationSchemes.id }).from(evaluationSchemes).where(eq(evaluationSchemes.countyId, f.org.A));
    const first = (await treeOf(id)).indicators[0]!;
    const target = first.items[0]!;
    expect(await saveItem(office, id, first.id, target.id, item({ name: target.name, maxPoints: String(target.maxPoints + 1) }))).toEqual({ ok: true });
    let revision = (await treeOf(id)).scheme.revision;
    expect(await publishScheme(office, id, revision)).toMatchObject({ ok: false, message: { key: "evaluations.error.publishTotal", values: { n: 101 } } });
    expect(await saveItem(office, id, first.id, target.id, item({ name: target.name, maxPoints: String(target.maxPoints) }))).toEqual({ ok: true });
    expect(await publishScheme(office, id, revision)).toEqual(refuse("conflict", "evaluations.error.schemeChanged"));
    revision = (await treeOf(id)).scheme.revision;
    expect(await publishScheme(await f.user("union_u1"), id, revision)).toEqual(refuse("forbidden", "errors.forbidden"));
    expect(await publishScheme(await f.user("office_b"), id, revision)).toEqual(refuse("not_found", "evaluations.error.schemeNotFound"));
    expect(await updateBands(office, id, { excellent: "92", good: "80", pass: "65" })).toEqual({ ok: true });
    revision = (await treeOf(id)).scheme.revision;
    expect(await publishScheme(office, id, revision)).toEqual({ ok: true });
    const published = await treeOf(id);
    expect(published.scheme).toMatchObject({ status: "published", bands: { excellent: 92, good: 80, pass: 65 }, publishedBy: office.id });

    // Frozen: nothing about it changes any more.
    expect(await addIndicator(office, id, { name: "再加" })).toEqual(refuse("conflict", "evaluations.error.frozen"));
    expect(await saveItem(office, id, first.id, target.id, item())).toEqual(refuse("conflict", "evaluations.error.frozen"));
    expect(await deleteItem(office, id, target.id)).toEqual(refuse("conflict", "evaluations.error.frozen"));
    expect(await deleteDraftScheme(office, id)).toEqual(refuse("conflict", "evaluations.error.frozen"));
    expect(await publishScheme(office, id, published.scheme.revision)).toEqual(refuse("conflict", "evaluations.error.frozen"));
    expect(await treeOf(id)).toEqual(published);
    expect((await getSchemeDetail(office, id))!.editable).toBe(false);
  });

  it("copies a published scheme into a new version or another year, one draft at a time", async () => {
    const office = await f.user("office_a");
    const [{ id }] = await db.db.select({ id: evaluationSchemes.id }).from(evaluationSchemes).where(eq(evaluationSchemes.countyId, f.org.A));
    const copy = await copyScheme(office, id, periodA);
    expect(copy.ok).toBe(true);
    const copyId = copy.ok ? copy.data!.id : "";
    const original = await treeOf(id);
    const copied = await treeOf(copyId);
    expect(copied.scheme).toMatchObject({ status: "draft", version: 2, copiedFromId: id, bands: original.scheme.bands });
    const strip = (t: typeof original) => t.indicators.map((i) => ({ name: i.name, items: i.items.map(({ name, maxPoints, mode, veto, rule, guidance }) => ({ name, maxPoints, mode, veto, rule, guidance })) }));
    expect(strip(copied)).toEqual(strip(original));
    expect(await copyScheme(office, id, periodA)).toEqual(refuse("conflict", "evaluations.error.draftExists"));
    const lastYear = await copyScheme(office, id, lastYearA);
    expect(lastYear.ok).toBe(true);
    expect((await treeOf(lastYear.ok ? lastYear.data!.id : ""))!.scheme).toMatchObject({ version: 1, periodId: lastYearA });
    // A closed year takes no new scheme.
    await db.db.update(periods).set({ status: "closed" }).where(eq(periods.id, lastYearA));
    expect(await copyScheme(office, id, lastYearA)).toEqual(refuse("period_closed", "years.error.closed"));
    expect(await copyScheme(office, id, f.org.B)).toMatchObject(invalid({ periodId: ["validation.invalidOption"] }));
    expect(await copyScheme(await f.user("office_b"), id, periodA)).toEqual(refuse("not_found", "evaluations.error.schemeNotFound"));
    expect(await deleteDraftScheme(office, copyId)).toEqual({ ok: true });
    expect(await readSchemeTree(db.db, copyId)).toBeNull();
    expect((await listSchemes(office)).map((s) => [s.year, s.target, s.version, s.status])).toEqual([
      [THIS_YEAR, "team", 1, "published"],
      [LAST_YEAR, "team", 1, "draft"],
    ]);
  });

  it("shows a published scheme to its county's unions and leaders, read-only; drafts and other counties not at all", async () => {
    const [published] = await db.db.select({ id: evaluationSchemes.id }).from(evaluationSchemes).where(and(eq(evaluationSchemes.countyId, f.org.A), eq(evaluationSchemes.status, "published")));
    const [draft] = await db.db.select({ id: evaluationSchemes.id }).from(evaluationSchemes).where(and(eq(evaluationSchemes.countyId, f.org.A), eq(evaluationSchemes.status, "draft")));
    expect(await getSchemeDetail(await f.user("leader_t1"), published!.id)).toMatchObject({ editable: false, periods: [] });
    expect(await getSchemeDetail(await f.user("union_u1"), draft!.id)).toBeNull();
    expect(await getSchemeDetail(await f.user("office_b"), published!.id)).toBeNull();
    expect(await getSchemeDetail(await f.user("leader_t4"), published!.id)).toBeNull();
    expect(await listSchemes(await f.user("union_u1"))).toEqual([]);
  });
});
