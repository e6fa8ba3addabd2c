"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { Loader2, Save, Send } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { ActionOutcome, useCheckedAction } from "@/components/form-bits";
import { useConfirmBeforeSubmit } from "@/components/confirm-submit";
import type { FormAction } from "@/lib/actions/result";
import { totalsOf, type GradeBands } from "@/lib/evaluations/engine";
import { readScoresForm, selfAssessmentSchema } from "@/lib/evaluations/schemas";
import { IndicatorSection, livePointsProblem, num, ScoreItem, type FormIndicator } from "./score-item";
import { TotalsBar } from "./totals-bar";

/** The org's self-assessment: manual items scored with notes, auto items shown with the figures behind them. */
export function SelfAssessmentForm({ action, version, indicators, bands }: { action: FormAction; version: number; indicators: FormIndicator[]; bands: GradeBands }) {
  const t = useTranslations();
  const items = useMemo(() => indicators.flatMap((i) => i.items), [indicators]);
  const { state, formAction, pending, errors, onSubmit } = useCheckedAction(
    action,
    (data) => selfAssessmentSchema(items, { submit: data.get("intent") === "submit" }),
    (data) => readScoresForm(items, Object.fromEntries(data), "self"),
  );
  const ask = useConfirmBeforeSubmit(
    { title: t("evaluations.form.submit"), description: t("evaluations.form.confirmSubmit"), confirmLabel: t("evaluations.form.submit") },
    (e) => (e.nativeEvent as SubmitEvent).submitter?.getAttribute("value") === "submit",
  );
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, it.self.points === null ? "" : num(it.self.points)])));
  const [vetoes, setVetoes] = useState<Record<string, boolean>>(() => Object.fromEntries(items.map((it) => [it.id, it.self.vetoed])));
  const typed = (id: string) => (values[id] === "" || !Number.isFinite(Number(values[id])) ? null : Number(values[id]));
  const totals = totalsOf(items, new Map(items.map((it) => [it.id, { points: it.auto ? it.auto.points : it.maxPoints > 0 ? typed(it.id) : 0, vetoed: vetoes[it.id] ?? false }])));
  const problems = items.filter((it) => !it.auto && it.maxPoints > 0 && livePointsProblem(it, values[it.id] ?? "")).length;
  const errorCount = Object.keys(errors).length;

  return (
    <form
      action={formAction}
      onSubmit={(e) => {
        // Asked first: the form hook takes the submission over once it goes ahead.
        ask.onSubmit(e);
        if (!e.defaultPrevented) onSubmit(e);
      }}
      noValidate
      data-testid="self-assessment"
    >
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4">
        {indicators.map((ind) => (
          <IndicatorSection key={ind.id} indicator={ind}>
            {ind.items.map((it) => (
              <ScoreItem
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
          </IndicatorSection>
        ))}
      </div>
      <TotalsBar total={totals.total} vetoed={totals.vetoed} bands={bands} label={t("evaluations.form.selfTotal")} problems={problems}>
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
        {errorCount ? <p className="text-sm text-destructive">{t("evaluations.form.fixErrors", { count: errorCount })}</p> : null}
      </div>
      {ask.dialog}
    </form>
  );
}
