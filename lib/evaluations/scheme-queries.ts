import "server-only";
import { and, asc, desc, eq, sql } from "drizzle-orm";
import { getDb } from "@/db/client";
import { evaluationItems, evaluationSchemes, evaluations, periods } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { EVALUATION_TARGETS } from "@/lib/domain/enums";
import { schemeProblems, schemeTotal, type SchemeProblem } from "./engine";
import { readSchemeTree, shapeOf, type SchemeTree } from "./scheme-tree";
import { isUuid } from "@/lib/forms/ids";


export interface SchemeListRow {
  id: string;
  target: (typeof EVALUATION_TARGETS)[number];
  version: number;
  status: "draft" | "published";
  name: string;
  year: number;
  periodId: string;
  total: number;
  items: number;
  autoItems: number;
  evaluations: number;
  publishedAt: Date | null;
}

/** The office's schemes, every year and version, newest year first, by target kind and version. */
export async function listSchemes(user: CurrentUser): Promise<SchemeListRow[]> {
  if (!can(user, "schemes.manage")) return [];
  const db = await getDb();
  const itemStats = db
    .select({
      schemeId: evaluationItems.schemeId,
      total: sql<number>`sum(${evaluationItems.maxPoints})::float8`.as("total"),
      items: sql<number>`count(*)::int`.as("items"),
      autoItems: sql<number>`(count(*) filter (where ${evaluationItems.mode} = 'auto'))::int`.as("auto_items"),
    })
    .from(evaluationItems)
    .groupBy(evaluationItems.schemeId)
    .as("item_stats");
  const used = db
    .select({ schemeId: evaluations.schemeId, n: sql<number>`count(*)::int`.as("n") })
    .from(evaluations)
    .where(eq(evaluations.countyId, user.countyId))
    .groupBy(evaluations.schemeId)
    .as("used");
  const rows = await db
    .select({
      id: evaluationSchemes.id,
      target: evaluationSchemes.target,
      version: evaluationSchemes.version,
      status: evaluationSchemes.status,
      name: evaluationSchemes.name,
      year: periods.year,
      periodId: periods.id,
      total: sql<number>`coalesce(${itemStats.total}, 0)`,
      items: sql<number>`coalesce(${itemStats.items}, 0)`,
      autoItems: sql<number>`coalesce(${itemStats.autoItems}, 0)`,
      evaluations: sql<number>`coalesce(${used.n}, 0)`,
      publishedAt: evaluationSchemes.publishedAt,
    })
    .from(evaluationSchemes)
    .innerJoin(periods, eq(periods.id, evaluationSchemes.periodId))
    .leftJoin(itemStats, eq(itemStats.schemeId, evaluationSchemes.id))
    .leftJoin(used, eq(used.schemeId, evaluationSchemes.id))
    .where(eq(evaluationSchemes.countyId, user.countyId))
    .orderBy(desc(periods.year), asc(evaluationSchemes.target), desc(evaluationSchemes.version));
  return rows.map((r) => ({ ...r, total: Number(r.total), items: Number(r.items), autoItems: Number(r.autoItems), evaluations: Number(r.evaluations) }));
}

export interface SchemeDetail extends SchemeTree {
  year: number;
  total: number;
  problems: SchemeProblem[];
  editable: boolean;
  /** The county's years, for "copy to another year". */
  periods: { id: string; year: number }[];
}

/**
 * A scheme with its tree, running total and what stops it from being published. The office sees its
 * county's schemes; others may read a published one of their county. Anything else: null (not found).
 */
export async function getSchemeDetail(user: CurrentUser, id: string): Promise<SchemeDetail | null> {
  if (!isUuid(id)) return null;
  const db = await getDb();
  const [head] = await db
    .select({ countyId: evaluationSchemes.countyId, status: evaluationSchemes.status, year: periods.year })
    .from(evaluationSchemes)
    .innerJoin(periods, eq(periods.id, evaluationSchemes.periodId))
    .where(and(eq(evaluationSchemes.id, id), eq(evaluationSchemes.countyId, user.countyId)));
  if (!head) return null;
  const manages = can(user, "schemes.manage");
  if (!manages && head.status !== "published") return null;
  const tree = await readSchemeTree(db, id);
  if (!tree) return null;
  const shape = shapeOf(tree);
  const countyPeriods = manages
    ? await db.select({ id: periods.id, year: periods.year }).from(periods).where(eq(periods.countyId, user.countyId)).orderBy(desc(periods.year))
    : [];
  return { ...tree, year: head.year, total: schemeTotal(shape), problems: schemeProblems(shape), editable: manages && head.status === "draft", periods: countyPeriods };
}
