"use client";

import { useActionState, useMemo, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { Check, ExternalLink, Loader2, Save, Send, ShieldAlert, Sparkles, Undo2 } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/field-error";
import { ActionOutcome } from "@/components/form-bits";
import { ReasonDialog } from "@/components/reason-dialog";
import { confirmEvaluationAction, returnEvaluationAction, reviewEvaluationAction, saveSelfAssessmentAction } from "@/lib/evaluations/actions";
import { gradeFor, totalsOf, type GradeBands } from "@/lib/evaluations/engine";
import { readScoresForm, reviewSchema, selfAssessmentSchema, type ScoreItemDef } from "@/lib/evaluations/schemas";
import type { ActionResult } from "@/lib/forms/action-result";
import { cn } from "@/lib/utils";

export interface FormItem extends ScoreItemDef {
  indicatorId: string;
  number: string;
  name: string;
  guidance: string;
  evidence: string;
  auto: { metricLabel: string; valueText: string; points: number; noData: boolean; recordsHref: string | null } | null;
  self: { points: number | null; vetoed: boolean; note: string };
}

export interface FormIndicator {
  id: string;
  title: string;
  items: FormItem[];
}

const num = (n: number) => String(Math.round(n * 10) / 10);

function ItemHeading({ item }: { item: FormItem }) {
  const t = useTranslations("evaluations");
  return (
    <div className="min-w-0">
      <div className="flex flex-wrap items-center gap-2">
        <span className="text-sm tabular-nums text-muted-foreground">{item.number}</span>
        <span className="font-medium">{item.name}</span>
        {item.veto ? (
          <Badge variant="accent">
            <ShieldAlert />
            {t("scheme.vetoBadge")}
          </Badge>
        ) : null}
        <span className="ml-auto text-sm tabular-nums text-muted-foreground">{t("form.max", { max: num(item.maxPoints) })}</span>
      </div>
      {item.guidance ? <p className="mt-1 text-sm text-muted-foreground">{item.guidance}</p> : null}
      {item.evidence ? <p className="mt-0.5 text-xs text-muted-foreground">{t("scheme.evidenceLine", { evidence: item.evidence })}</p> : null}
    </div>
  );
}

function AutoLine({ item }: { item: FormItem }) {
  const t = useTranslations("evaluations");
  const tc = useTranslations("common");
  if (!item.auto) return null;
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1 rounded-md bg-secondary/60 px-3 py-2 text-sm" data-testid="auto-line">
      <Sparkles className="size-4 text-primary" />
      <span>
        {tc("labelBefore", { label: item.auto.metricLabel })}
        <span className="font-medium tabular-nums">{item.auto.noData ? t("form.noData") : item.auto.valueText}</span>
      </span>
      <span className="font-semibold tabular-nums" data-testid="auto-points">
        {t("points", { value: num(item.auto.points) })}
      </span>
      <span className="text-xs text-muted-foreground">{t("form.autoHint")}</span>
      {item.auto.recordsHref ? (
        <Link href={item.auto.recordsHref} className="ml-auto inline-flex min-h-9 items-center gap-1 text-primary hover:underline">
          {t("form.recordsBehind")}
          <ExternalLink className="size-3.5" />
        </Link>
      ) : null}
    </div>
  );
}

function TotalsBar({ total, vetoed, bands, label, children }: { total: number; vetoed: boolean; bands: GradeBands; label: string; children: React.ReactNode }) {
  const t = useTranslations();
  const grade = gradeFor(total, bands, vetoed);
  return (
    <div className="sticky bottom-16 z-20 -mx-4 mt-4 border-t bg-card/95 px-4 py-3 backdrop-blur lg:bottom-0 lg:-mx-8 lg:px-8">
      <div className="flex flex-wrap items-center gap-3">
        <div className="min-w-0 flex-1">
          <span className="text-sm text-muted-foreground">{label}</span>
          <span className="ml-2 text-xl font-semibold tabular-nums" data-testid="running-total">
            {t("evaluations.points", { value: num(total) })}
          </span>
          <span className="ml-2 text-sm text-muted-foreground">
            {vetoed ? t("evaluations.form.vetoed") : t("evaluations.form.gradeWouldBe", { grade: t(`enums.grade.${grade}`) })}
          </span>
        </div>
        <div className="flex flex-wrap gap-2">{children}</div>
      </div>
    </div>
  );
}

function firstErrorIntoView(errors: Record<string, string[]>) {
  const first = Object.keys(errors)[0];
  if (first) document.getElementById(`field-${first}`)?.scrollIntoView({ behavior: "smooth", block: "center" });
}

/**
 * One item of the self-assessment ("self": p_/n_/v_ fields) or of the review ("review": r_/rn_/rv_):
 * heading, the auto figure, the points field (manual items; every item with points in a review), the
 * note or reason, and the veto box.
 */
function ScoreRow({
  item,
  kind,
  value,
  onValue,
  vetoed,
  onVeto,
  errors,
  changed = false,
  children,
}: {
  item: FormItem;
  kind: "self" | "review";
  value: string;
  onValue: (v: string) => void;
  vetoed: boolean;
  onVeto: (v: boolean) => void;
  errors?: Record<string, string[] | undefined>;
  /** Review: the points or veto differ from the self-assessment, so a reason is required. */
  changed?: boolean;
  children?: React.ReactNode;
}) {
  const t = useTranslations();
  const review = kind === "review";
  const [p, n, v] = review ? [`r_${item.id}`, `rn_${item.id}`, `rv_${item.id}`] : [`p_${item.id}`, `n_${item.id}`, `v_${item.id}`];
  const scored = item.maxPoints > 0 && (review || !item.auto);
  const pointsField = (
    <div className="space-y-1.5" id={`field-${p}`}>
      <Label htmlFor={p}>{t(review ? "evaluations.form.reviewPoints" : "evaluations.form.selfPoints")}</Label>
      <div className="flex items-center gap-2">
        <Input id={p} name={p} inputMode="decimal" value={value} onChange={(e) => onValue(e.target.value)} aria-invalid={Boolean(errors?.[p])} className="h-11 w-24 text-base tabular-nums" />
        <span className="text-sm text-muted-foreground">/ {num(item.maxPoints)}</span>
      </div>
      <FieldError errors={errors?.[p]} />
    </div>
  );
  return (
    <li className={cn("grid gap-3 px-4 py-4", changed && "bg-accent/40")} data-testid="evaluation-item" data-item={item.name}>
      <ItemHeading item={item} />
      {item.auto ? <AutoLine item={item} /> : null}
      {children}
      {review ? (
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          {scored ? pointsField : <input type="hidden" name={p} value="0" />}
          <div className={cn("space-y-1.5", item.maxPoints === 0 && "sm:col-span-2")} id={`field-${n}`}>
            <Label htmlFor={n}>{changed ? t("evaluations.form.reasonRequired") : t("evaluations.form.reviewNote")}</Label>
            <Input id={n} name={n} maxLength={500} aria-invalid={Boolean(errors?.[n])} placeholder={changed ? t("evaluations.form.reasonPlaceholder") : ""} />
            <FieldError errors={errors?.[n]} />
          </div>
        </div>
      ) : scored ? (
        <div className="grid gap-3 sm:grid-cols-[10rem_1fr]">
          {pointsField}
          <div className="space-y-1.5">
            <Label htmlFor={n}>{t("evaluations.form.note")}</Label>
            <Textarea id={n} name={n} rows={2} defaultValue={item.self.note} maxLength={500} placeholder={t("evaluations.form.notePlaceholder")} />
            <FieldError errors={errors?.[n]} />
          </div>
        </div>
      ) : (
        <div className="space-y-1.5">
          <Label htmlFor={n}>{t("evaluations.form.note")}</Label>
          <Input id={n} name={n} defaultValue={item.self.note} maxLength={500} />
        </div>
      )}
      {item.veto ? (
        <label className="flex min-h-11 items-center gap-3 rounded-md border border-dashed px-3 text-sm">
          <input type="checkbox" name={v} checked={vetoed} onChange={(e) => onVeto(e.target.checked)} className="size-4 accent-[var(--primary)]" />
          {t("evaluations.form.vetoHappened")}
        </label>
      ) : null}
    </li>
  );
}

/** The org's self-assessment: manual items scored with notes, auto items shown with the figures behind them. */
export function SelfAssessmentForm({ evaluationId, version, indicators, bands }: { evaluationId: string; version: number; indicators: FormIndicator[]; bands: GradeBands }) {
  const t = useTranslations();
  const items = useMemo(() => indicators.flatMap((i) => i.items), [indicators]);
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(saveSelfAssessmentAction.bind(null, evaluationId), { ok: true });
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, it.self.points === null ? "" : num(it.self.points)])));
  const [vetoes, setVetoes] = useState<Record<string, boolean>>(() => Object.fromEntries(items.map((it) => [it.id, it.self.vetoed])));
  const errors = clientErrors ?? (state.ok ? undefined : state.fieldErrors);
  const totals = totalsOf(
    items,
    new Map(items.map((it) => [it.id, { points: it.auto ? it.auto.points : it.maxPoints > 0 ? (values[it.id] === "" || !Number.isFinite(Number(values[it.id])) ? null : Number(values[it.id])) : 0, vetoed: vetoes[it.id] ?? false }])),
  );

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    const submit = data.get("intent") === "submit";
    const parsed = selfAssessmentSchema(items, { submit }).safeParse(readScoresForm(items, data, "self"));
    if (!parsed.success) {
      e.preventDefault();
      const found: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (found[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
      setClientErrors(found);
      firstErrorIntoView(found);
      return;
    }
    if (submit && !window.confirm(t("evaluations.form.confirmSubmit"))) {
      e.preventDefault();
      return;
    }
    setClientErrors(null);
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate data-testid="self-assessment">
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4">
        {indicators.map((ind) => (
          <section key={ind.id} className="overflow-hidden rounded-xl border bg-card" aria-label={ind.title}>
            <h2 className="border-b bg-muted/50 px-4 py-2.5 font-semibold">{ind.title}</h2>
            <ol className="divide-y">
              {ind.items.map((it) => (
                <ScoreRow
                  key={it.id}
                  item={it}
                  kind="self"
                  value={values[it.id] ?? ""}
                  onValue={(v) => setValues((x) => ({ ...x, [it.id]: v }))}
                  vetoed={vetoes[it.id] ?? false}
                  onVeto={(v) => setVetoes((x) => ({ ...x, [it.id]: v }))}
                  errors={errors}
                />
              ))}
            </ol>
          </section>
        ))}
      </div>
      <TotalsBar total={totals.total} vetoed={totals.vetoed} bands={bands} label={t("evaluations.form.selfTotal")}>
        <Button type="submit" name="intent" value="save" variant="outline" size="lg" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Save />}
          {t("evaluations.form.save")}
        </Button>
        <Button type="submit" name="intent" value="submit" size="lg" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Send />}
          {t("evaluations.form.submit")}
        </Button>
      </TotalsBar>
      <div className="mt-2 grid gap-2">
        <ActionOutcome state={state} />
        {errors && Object.keys(errors).length ? <p className="text-sm text-destructive">{t("evaluations.form.fixErrors", { count: Object.keys(errors).length })}</p> : null}
      </div>
    </form>
  );
}

/** The parent's review: every item with the self-assessment beside it; a reason wherever the points change. */
export function ReviewForm({ evaluationId, version, indicators, bands }: { evaluationId: string; version: number; indicators: FormIndicator[]; bands: GradeBands }) {
  const t = useTranslations();
  const items = useMemo(() => indicators.flatMap((i) => i.items), [indicators]);
  const self = useMemo(() => new Map(items.map((it) => [it.id, { points: it.auto ? it.auto.points : it.self.points, vetoed: it.self.vetoed }])), [items]);
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(reviewEvaluationAction.bind(null, evaluationId), { ok: true });
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, num(self.get(it.id)?.points ?? 0)])));
  const [vetoes, setVetoes] = useState<Record<string, boolean>>(() => Object.fromEntries(items.map((it) => [it.id, it.self.vetoed])));
  const errors = clientErrors ?? (state.ok ? undefined : state.fieldErrors);
  const totals = totalsOf(items, new Map(items.map((it) => [it.id, { points: values[it.id] === "" ? null : Number(values[it.id]), vetoed: vetoes[it.id] ?? false }])));

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    const parsed = reviewSchema(items, self).safeParse(readScoresForm(items, data, "review"));
    if (!parsed.success) {
      e.preventDefault();
      const found: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (found[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
      setClientErrors(found);
      firstErrorIntoView(found);
      return;
    }
    setClientErrors(null);
  }

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate data-testid="review-form">
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4">
        {indicators.map((ind) => (
          <section key={ind.id} className="overflow-hidden rounded-xl border bg-card" aria-label={ind.title}>
            <h2 className="border-b bg-muted/50 px-4 py-2.5 font-semibold">{ind.title}</h2>
            <ol className="divide-y">
              {ind.items.map((it) => {
                const mine = self.get(it.id);
                const changed = (it.maxPoints > 0 && Number(values[it.id]) !== (mine?.points ?? 0)) || (vetoes[it.id] ?? false) !== (mine?.vetoed ?? false);
                return (
                  <ScoreRow
                    key={it.id}
                    item={it}
                    kind="review"
                    value={values[it.id] ?? ""}
                    onValue={(v) => setValues((x) => ({ ...x, [it.id]: v }))}
                    vetoed={vetoes[it.id] ?? false}
                    onVeto={(v) => setVetoes((x) => ({ ...x, [it.id]: v }))}
                    errors={errors}
                    changed={changed}
                  >
                    <p className="text-sm">
                      <span className="text-muted-foreground">{t("evaluations.form.selfSaid")}</span>{" "}
                      <span className="font-medium tabular-nums">{mine?.points === null || mine?.points === undefined ? "—" : t("evaluations.points", { value: num(mine.points) })}</span>
                      {mine?.vetoed ? <span className="ml-2 text-primary">{t("evaluations.form.vetoClaimed")}</span> : null}
                      {it.self.note ? <span className="ml-2 text-muted-foreground">“{it.self.note}”</span> : null}
                    </p>
                  </ScoreRow>
                );
              })}
            </ol>
          </section>
        ))}
      </div>
      <TotalsBar total={totals.total} vetoed={totals.vetoed} bands={bands} label={t("evaluations.form.reviewTotal")}>
        <ReturnDialog evaluationId={evaluationId} version={version} />
        <Button type="submit" name="intent" value="save" variant="outline" size="lg" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Save />}
          {t("evaluations.form.saveReview")}
        </Button>
        <Button type="submit" name="intent" value="accept" size="lg" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Check />}
          {t("evaluations.form.accept")}
        </Button>
      </TotalsBar>
      <div className="mt-2 grid gap-2">
        <ActionOutcome state={state} />
      </div>
    </form>
  );
}

function ReturnDialog({ evaluationId, version }: { evaluationId: string; version: number }) {
  const t = useTranslations("evaluations.form");
  return (
    <ReasonDialog
      action={returnEvaluationAction.bind(null, evaluationId)}
      version={version}
      icon={<Undo2 />}
      label={t("return")}
      title={t("returnTitle")}
      description={t("returnDescription")}
      confirm={t("returnConfirm")}
    />
  );
}

/** The office's confirmation of an accepted evaluation. */
export function ConfirmForm({ evaluationId, version }: { evaluationId: string; version: number }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(confirmEvaluationAction.bind(null, evaluationId), { ok: true });
  return (
    <form
      action={formAction}
      className="grid gap-2"
      onSubmit={(e) => {
        if (!window.confirm(t("evaluations.form.confirmConfirm"))) e.preventDefault();
      }}
    >
      <input type="hidden" name="version" value={version} />
      <div>
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Check />}
          {t("evaluations.form.confirm")}
        </Button>
      </div>
      <ActionOutcome state={state} />
    </form>
  );
}
