"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Loader2, Save, Undo2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { ActionOutcome, useCheckedAction } from "@/components/form-bits";
import { ReasonDialog } from "@/components/reason-dialog";
import { returnEvaluationAction } from "@/lib/evaluations/actions";
import type { FormAction } from "@/lib/actions/result";
import { totalsOf, type GradeBands } from "@/lib/evaluations/engine";
import { readScoresForm, reviewSchema } from "@/lib/evaluations/schemas";
import { IndicatorSection, livePointsProblem, num, ScoreItem, type FormIndicator } from "./score-item";
import { TotalsBar } from "./totals-bar";

/** The parent's review: every item with the self-assessment beside it; a reason wherever the points change. */
export function ReviewForm({ action, evaluationId, version, indicators, bands }: { action: FormAction; evaluationId: string; version: number; indicators: FormIndicator[]; bands: GradeBands }) {
  const t = useTranslations();
  const items = useMemo(() => indicators.flatMap((i) => i.items), [indicators]);
  const self = useMemo(() => new Map(items.map((it) => [it.id, { points: it.auto ? it.auto.points : it.self.points, vetoed: it.self.vetoed }])), [items]);
  const { state, formAction, pending, errors, onSubmit } = useCheckedAction(action, reviewSchema(items, self), (data) =>
    readScoresForm(items, Object.fromEntries(data), "review"),
  );
  const [values, setValues] = useState<Record<string, string>>(() => Object.fromEntries(items.map((it) => [it.id, num(self.get(it.id)?.points ?? 0)])));
  const [vetoes, setVetoes] = useState<Record<string, boolean>>(() => Object.fromEntries(items.map((it) => [it.id, it.self.vetoed])));
  const totals = totalsOf(items, new Map(items.map((it) => [it.id, { points: values[it.id] === "" ? null : Number(values[it.id]), vetoed: vetoes[it.id] ?? false }])));
  const problems = items.filter((it) => it.maxPoints > 0 && livePointsProblem(it, values[it.id] ?? "")).length;

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate data-testid="review-form">
      <input type="hidden" name="version" value={version} />
      <div className="grid gap-4">
        {indicators.map((ind) => (
          <IndicatorSection key={ind.id} indicator={ind}>
            {ind.items.map((it) => {
              const mine = self.get(it.id);
              const changed = (it.maxPoints > 0 && Number(values[it.id]) !== (mine?.points ?? 0)) || (vetoes[it.id] ?? false) !== (mine?.vetoed ?? false);
              return (
                <ScoreItem
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
                    <span className="font-medium">{mine?.points === null || mine?.points === undefined ? "—" : t("evaluations.points", { value: num(mine.points) })}</span>
                    {mine?.vetoed ? <span className="ml-2 text-primary">{t("evaluations.form.vetoClaimed")}</span> : null}
                    {it.self.note ? <span className="ml-2 text-muted-foreground">“{it.self.note}”</span> : null}
                  </p>
                </ScoreItem>
              );
            })}
          </IndicatorSection>
        ))}
      </div>
      <TotalsBar total={totals.total} vetoed={totals.vetoed} bands={bands} label={t("evaluations.form.reviewTotal")} problems={problems}>
        <ReasonDialog
          action={returnEvaluationAction.bind(null, evaluationId)}
          version={version}
          icon={<Undo2 />}
          label={t("evaluations.form.return")}
          title={t("evaluations.form.returnTitle")}
          description={t("evaluations.form.returnDescription")}
          confirm={t("evaluations.form.returnConfirm")}
        />
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
