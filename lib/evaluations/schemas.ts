import { z } from "zod";
import { AUTO_MAPPINGS, AUTO_METRICS, ITEM_MODES, type EvaluationTarget } from "@/lib/domain/enums";
import { checkScore, metricsFor, type AutoRule } from "./engine";
import { parseDecimal, cleanString } from "@/lib/forms/fields";
import { idSchema } from "@/lib/forms/ids";

/*
 * Zod schemas of the evaluation forms, shared by each form (checked in the browser first) and its
 * server action. Messages are i18n keys; a number a message needs (a maximum) comes from the zod issue (see fieldErrorsOf). FormData holds only strings.
 */


const hasOneDecimal = (n: number) => Math.abs(Math.round(n * 10) - n * 10) < 1e-9;

/** A number typed into a form (required): at most one decimal, within [min, max]. */
export function decimalText(min: number, max: number) {
  return z
    .string()
    .trim()
    .transform((v, ctx): number => {
      if (v === "") {
        ctx.addIssue({ code: "custom", message: "validation.required" });
        return z.NEVER;
      }
      const n = parseDecimal(v);
      if (!Number.isFinite(n)) {
        ctx.addIssue({ code: "custom", message: "validation.number" });
        return z.NEVER;
      }
      if (n < min) ctx.addIssue({ code: "custom", message: "validation.min", params: { n: min } });
      else if (n > max) ctx.addIssue({ code: "custom", message: "validation.max", params: { n: max } });
      else if (!hasOneDecimal(n)) ctx.addIssue({ code: "custom", message: "evaluations.error.oneDecimal" });
      return n;
    });
}

export const indicatorInputSchema = z.object({
  name: cleanString(false).trim().min(1, "validation.required").max(50, "validation.tooLong"),
});

export const bandsInputSchema = z
  .object({ excellent: decimalText(1, 100), good: decimalText(1, 100), pass: decimalText(1, 100) })
  .superRefine((b, ctx) => {
    if (!(b.pass < b.good && b.good < b.excellent)) ctx.addIssue({ code: "custom", path: ["good"], message: "evaluations.error.bandsOrder" });
  });

export interface ItemFormValues {
  name: string;
  maxPoints: string;
  guidance: string;
  evidence: string;
  mode: string;
  veto: boolean;
  metric: string;
  mapping: string;
  full: string;
  stepMin: string[];
  stepPoints: string[];
}

/** An item form's fields, validated into what is stored: an auto item gets its rule, a manual one none. */
export function itemInputSchema(target: EvaluationTarget) {
  const metrics = metricsFor(target);
  return z
    .object({
      name: cleanString(false).trim().min(1, "validation.required").max(100, "validation.tooLong"),
      maxPoints: decimalText(0, 100),
      guidance: cleanString().trim().max(1000, "validation.tooLong"),
      evidence: cleanString().trim().max(200, "validation.tooLong"),
      mode: z.enum(ITEM_MODES, { error: "validation.required" }),
      veto: z.boolean(),
      metric: z.string(),
      mapping: z.string(),
      full: z.string(),
      stepMin: z.array(z.string()).max(8),
      stepPoints: z.array(z.string()).max(8),
    })
    .transform((v, ctx) => {
      if (!v.veto && v.maxPoints === 0) ctx.addIssue({ code: "custom", path: ["maxPoints"], message: "evaluations.error.zeroPoints" });
      let rule: AutoRule | null = null;
      if (v.mode === "auto") {
        const metric = v.metric as (typeof AUTO_METRICS)[number];
        if (!v.metric) ctx.addIssue({ code: "custom", path: ["metric"], message: "validation.required" });
        else if (!metrics.includes(metric)) ctx.addIssue({ code: "custom", path: ["metric"], message: "validation.invalidOption" });
        if (!(AUTO_MAPPINGS as readonly string[]).includes(v.mapping)) {
          ctx.addIssue({ code: "custom", path: ["mapping"], message: "validation.required" });
        } else if (v.mapping === "linear") {
          const full = parseDecimal(v.full.trim());
          if (v.full.trim() === "" || !Number.isFinite(full) || full <= 0) ctx.addIssue({ code: "custom", path: ["full"], message: "evaluations.error.linearFull" });
          else rule = { metric, mapping: "linear", full };
        } else {
          const steps: { min: number; points: number }[] = [];
          let broken = false;
          v.stepMin.forEach((rawMin, i) => {
            const rawPoints = v.stepPoints[i] ?? "";
            if (rawMin.trim() === "" && rawPoints.trim() === "") return;
            const min = parseDecimal(rawMin.trim());
            const points = parseDecimal(rawPoints.trim());
            if (rawMin.trim() === "" || rawPoints.trim() === "" || !Number.isFinite(min) || !Number.isFinite(points) || points < 0 || !hasOneDecimal(points)) broken = true;
            else steps.push({ min, points });
          });
          if (broken) ctx.addIssue({ code: "custom", path: ["steps"], message: "evaluations.error.stepIncomplete" });
          else if (!steps.length) ctx.addIssue({ code: "custom", path: ["steps"], message: "evaluations.error.stepsRequired" });
          else if (new Set(steps.map((s) => s.min)).size !== steps.length) ctx.addIssue({ code: "custom", path: ["steps"], message: "evaluations.error.stepDuplicate" });
          else if (steps.some((s) => s.points > v.maxPoints)) ctx.addIssue({ code: "custom", path: ["steps"], message: "evaluations.error.stepAboveMax", params: { n: v.maxPoints } });
          else rule = { metric, mapping: "thresholds", steps: steps.sort((a, b) => b.min - a.min) };
        }
      }
      return { name: v.name, maxPoints: v.maxPoints, guidance: v.guidance, evidence: v.evidence, veto: v.veto, rule };
    });
}

export type ItemInput = z.output<ReturnType<typeof itemInputSchema>>;

/** Reads an item form's FormData into the plain shape the schema expects. */
export function readItemForm(formData: FormData): ItemFormValues {
  const text = (k: string) => {
    const v = formData.get(k);
    return typeof v === "string" ? v : "";
  };
  return {
    name: text("name"),
    maxPoints: text("maxPoints"),
    guidance: text("guidance"),
    evidence: text("evidence"),
    mode: text("mode"),
    veto: ["on", "true", "1"].includes(text("veto")),
    metric: text("metric"),
    mapping: text("mapping"),
    full: text("full"),
    stepMin: formData.getAll("stepMin").map(String),
    stepPoints: formData.getAll("stepPoints").map(String),
  };
}

export const copySchemeSchema = z.object({ periodId: idSchema });


// ---- evaluation forms ----------------------------------------------------------------------------

/** What the assessment forms need to know of each item. */
export interface ScoreItemDef {
  id: string;
  maxPoints: number;
  mode: "manual" | "auto";
  veto: boolean;
}

const pointsText = (maxPoints: number, required: boolean) =>
  z
    .string()
    .trim()
    .transform((v, ctx): number | null => {
      if (v === "") {
        if (required) ctx.addIssue({ code: "custom", message: "evaluations.error.scoreRequired" });
        return null;
      }
      const n = parseDecimal(v);
      const problem = checkScore(maxPoints, n);
      if (problem) ctx.addIssue({ code: "custom", message: problem.key, params: problem.values });
      return n;
    });

const note = cleanString().trim().max(500, "validation.tooLong");

export interface SelfScore {
  itemId: string;
  points: number | null;
  vetoed: boolean;
  note: string;
}

/**
 * The self-assessment form: points (p_<item>) for manual items, a note (n_<item>) for any, the veto
 * box (v_<item>) for veto items. Submitting needs every manual item scored; saving does not. Auto
 * items' points are computed on the server, never taken from the form.
 */
export function selfAssessmentSchema(items: readonly ScoreItemDef[], opts: { submit: boolean }) {
  const shape: Record<string, z.ZodType> = {};
  for (const it of items) {
    if (it.mode === "manual" && it.maxPoints > 0) shape[`p_${it.id}`] = pointsText(it.maxPoints, opts.submit);
    shape[`n_${it.id}`] = note;
    if (it.veto) shape[`v_${it.id}`] = z.boolean();
  }
  return z.object(shape).transform((v): SelfScore[] =>
    items.map((it) => ({
      itemId: it.id,
      points: it.mode === "manual" ? (it.maxPoints > 0 ? (v[`p_${it.id}`] as number | null) : 0) : null,
      vetoed: it.veto ? Boolean(v[`v_${it.id}`]) : false,
      note: (v[`n_${it.id}`] as string) ?? "",
    })),
  );
}

export interface ReviewScore {
  itemId: string;
  points: number;
  vetoed: boolean;
  reason: string;
}

/**
 * The reviewer's form: points (r_<item>) for every item, prefilled with the self-assessment; a reason
 * (rn_<item>) is required wherever the points or the veto differ from it.
 */
export function reviewSchema(items: readonly ScoreItemDef[], self: ReadonlyMap<string, { points: number | null; vetoed: boolean }>) {
  const shape: Record<string, z.ZodType> = {};
  for (const it of items) {
    shape[`r_${it.id}`] = it.maxPoints > 0 ? pointsText(it.maxPoints, true) : z.string().optional();
    shape[`rn_${it.id}`] = note;
    if (it.veto) shape[`rv_${it.id}`] = z.boolean();
  }
  return z
    .object(shape)
    .superRefine((v, ctx) => {
      for (const it of items) {
        const mine = self.get(it.id);
        const points = it.maxPoints > 0 ? (v[`r_${it.id}`] as number | null) : 0;
        const vetoed = it.veto ? Boolean(v[`rv_${it.id}`]) : false;
        const changed = points !== (mine?.points ?? (it.maxPoints > 0 ? null : 0)) || vetoed !== (mine?.vetoed ?? false);
        if (changed && ((v[`rn_${it.id}`] as string) ?? "").length < 2) ctx.addIssue({ code: "custom", path: [`rn_${it.id}`], message: "evaluations.error.reasonRequired" });
      }
    })
    .transform((v): ReviewScore[] =>
      items.map((it) => ({
        itemId: it.id,
        points: it.maxPoints > 0 ? (v[`r_${it.id}`] as number) : 0,
        vetoed: it.veto ? Boolean(v[`rv_${it.id}`]) : false,
        reason: (v[`rn_${it.id}`] as string) ?? "",
      })),
    );
}

/**
 * The scores of an assessment or review as sent: per item `p_<id>`, `n_<id>`, `v_<id>` (self) or
 * `r_<id>`, `rn_<id>`, `rv_<id>` (review); a form's fields as they are, or a JSON object's.
 */
export type ScoresInput = Readonly<Record<string, unknown>>;

/** Picks one item list's fields out of the input: text fields as strings, checkboxes (v_, rv_) as booleans. */
export function readScoresForm(items: readonly ScoreItemDef[], input: ScoresInput, prefix: "self" | "review"): Record<string, string | boolean> {
  const text = (k: string) => {
    const v = input[k];
    return typeof v === "string" ? v : v === true ? "true" : "";
  };
  const out: Record<string, string | boolean> = {};
  for (const it of items) {
    if (prefix === "self") {
      out[`p_${it.id}`] = text(`p_${it.id}`);
      out[`n_${it.id}`] = text(`n_${it.id}`);
      out[`v_${it.id}`] = ["on", "true", "1"].includes(text(`v_${it.id}`));
    } else {
      out[`r_${it.id}`] = text(`r_${it.id}`);
      out[`rn_${it.id}`] = text(`rn_${it.id}`);
      out[`rv_${it.id}`] = ["on", "true", "1"].includes(text(`rv_${it.id}`));
    }
  }
  return out;
}

export const returnSchema = z.object({
  reason: cleanString().trim().min(2, "validation.reasonRequired").max(500, "validation.tooLong"),
});

/** The leader's nomination of 知识型职工: one or more workers of its roster (ids checked again on the server). */
export const nominationSchema = z.object({
  workerIds: z
    .array(idSchema)
    .min(1, "evaluations.error.pickWorker")
    .transform((ids) => [...new Set(ids)])
    .refine((ids) => ids.length <= 3, "evaluations.error.nominationLimit|3"),
});
