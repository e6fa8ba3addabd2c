import { and, asc, eq, inArray } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { evaluationIndicators, evaluationItems, evaluationSchemes, type EvaluationItem, type EvaluationScheme } from "@/db/schema";
import type { EvaluationTarget, SchemeStatus } from "@/lib/domain/enums";
import type { AutoRule, GradeBands, SchemeShape } from "./engine";

/*
 * Reading and writing a scheme's tree (scheme → indicators → items) without any authorization: the
 * callers (the guarded scheme mutations, the demo seed) have decided it may happen. No `server-only`
 * because the demo seed uses it.
 */

export interface TreeItem {
  name: string;
  maxPoints: number;
  guidance: string;
  evidence: string;
  veto?: boolean;
  rule?: AutoRule | null;
}

export interface NewSchemeTree {
  countyId: string;
  periodId: string;
  target: EvaluationTarget;
  version: number;
  status: SchemeStatus;
  name: string;
  bands: GradeBands;
  createdBy: string;
  copiedFromId?: string | null;
  publishedAt?: Date | null;
  publishedBy?: string | null;
  indicators: { name: string; items: TreeItem[] }[];
}

/** Inserts a whole scheme with its indicators and items, in order; returns the scheme id. */
export async function insertSchemeTree(tx: Queryable, tree: NewSchemeTree): Promise<string> {
  const [scheme] = await tx
    .insert(evaluationSchemes)
    .values({
      countyId: tree.countyId,
      periodId: tree.periodId,
      target: tree.target,
      version: tree.version,
      status: tree.status,
      name: tree.name,
      bands: tree.bands,
      createdBy: tree.createdBy,
      copiedFromId: tree.copiedFromId ?? null,
      publishedAt: tree.publishedAt ?? null,
      publishedBy: tree.publishedBy ?? null,
    })
    .returning({ id: evaluationSchemes.id });
  for (const [i, ind] of tree.indicators.entries()) {
    const [indicator] = await tx.insert(evaluationIndicators).values({ schemeId: scheme!.id, position: i + 1, name: ind.name }).returning({ id: evaluationIndicators.id });
    if (!ind.items.length) continue;
    await tx.insert(evaluationItems).values(
      ind.items.map((item, j) => ({
        schemeId: scheme!.id,
        indicatorId: indicator!.id,
        position: j + 1,
        name: item.name,
        maxPoints: item.maxPoints,
        guidance: item.guidance,
        evidence: item.evidence,
        mode: item.rule ? ("auto" as const) : ("manual" as const),
        veto: !!item.veto,
        rule: item.rule ?? null,
      })),
    );
  }
  return scheme!.id;
}

export interface SchemeTree {
  scheme: EvaluationScheme;
  indicators: { id: string; name: string; position: number; items: EvaluationItem[] }[];
}

/** A scheme with its indicators and items in order, or null. The caller scopes `where`. */
export async function readSchemeTree(db: Queryable, schemeId: string): Promise<SchemeTree | null> {
  const [scheme] = await db.select().from(evaluationSchemes).where(eq(evaluationSchemes.id, schemeId));
  if (!scheme) return null;
  const indicators = await db
    .select({ id: evaluationIndicators.id, name: evaluationIndicators.name, position: evaluationIndicators.position })
    .from(evaluationIndicators)
    .where(eq(evaluationIndicators.schemeId, schemeId))
    .orderBy(asc(evaluationIndicators.position));
  const items = indicators.length
    ? await db
        .select()
        .from(evaluationItems)
        .where(and(eq(evaluationItems.schemeId, schemeId), inArray(evaluationItems.indicatorId, indicators.map((i) => i.id))))
        .orderBy(asc(evaluationItems.position))
    : [];
  return { scheme, indicators: indicators.map((ind) => ({ ...ind, items: items.filter((it) => it.indicatorId === ind.id) })) };
}

/** The tree in the engine's shape, for totals and publish checks. */
export function shapeOf(tree: SchemeTree): SchemeShape {
  return {
    target: tree.scheme.target,
    bands: tree.scheme.bands,
    indicators: tree.indicators.map((ind) => ({
      id: ind.id,
      name: ind.name,
      items: ind.items.map((it) => ({ id: it.id, name: it.name, maxPoints: it.maxPoints, mode: it.mode, veto: it.veto, rule: it.rule })),
    })),
  };
}

/** The tree as a new-scheme description, for copying. */
export function treeForCopy(tree: SchemeTree): NewSchemeTree["indicators"] {
  return tree.indicators.map((ind) => ({
    name: ind.name,
    items: ind.items.map((it) => ({ name: it.name, maxPoints: it.maxPoints, guidance: it.guidance, evidence: it.evidence, veto: it.veto, rule: it.mode === "auto" ? it.rule : null })),
  }));
}
