"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Plus } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select-native";
import { Field } from "@/components/form-bits";
import { FieldError } from "@/components/field-error";
import { AUTO_MAPPINGS, type AutoMetric, type EvaluationTarget } from "@/lib/domain/enums";
import { metricsFor, type AutoRule } from "@/lib/evaluations/engine";
import type { FieldErrors } from "@/lib/actions/result";

const MAX_STEPS = 6;

/** An auto item's rule: the figure it reads, and thresholds (steps of points) or a linear scale up to "full". */
export function AutoRuleFields({ target, rule, errors }: { target: EvaluationTarget; rule: AutoRule | null; errors: FieldErrors }) {
  const t = useTranslations();
  const [mapping, setMapping] = useState<string>(rule?.mapping ?? "thresholds");
  const initialSteps = rule?.mapping === "thresholds" ? rule.steps : [];
  const [stepCount, setStepCount] = useState(Math.max(3, initialSteps.length));
  return (
    <div className="grid gap-4 rounded-lg border bg-secondary/40 p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field name="metric" htmlFor="item-metric" label={t("evaluations.scheme.metric")} errors={errors.metric}>
          <NativeSelect id="item-metric" name="metric" defaultValue={rule?.metric ?? ""} aria-invalid={Boolean(errors.metric)}>
            <option value="">{t("evaluations.scheme.chooseMetric")}</option>
            {metricsFor(target).map((m: AutoMetric) => (
              <option key={m} value={m}>
                {t(`enums.autoMetric.${m}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field name="mapping" htmlFor="item-mapping" label={t("evaluations.scheme.mapping")} errors={errors.mapping}>
          <NativeSelect id="item-mapping" name="mapping" value={mapping} onChange={(e) => setMapping(e.target.value)}>
            {AUTO_MAPPINGS.map((m) => (
              <option key={m} value={m}>
                {t(`enums.autoMapping.${m}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
      </div>
      {mapping === "linear" ? (
        <Field name="full" htmlFor="item-full" label={t("evaluations.scheme.full")} errors={errors.full} className="sm:max-w-xs">
          <Input id="item-full" name="full" inputMode="decimal" defaultValue={rule?.mapping === "linear" ? String(rule.full) : ""} aria-invalid={Boolean(errors.full)} />
        </Field>
      ) : (
        <div className="space-y-2" data-testid="threshold-steps">
          <p className="text-sm font-medium">{t("evaluations.scheme.steps")}</p>
          <p className="text-xs text-muted-foreground">{t("evaluations.scheme.stepsHint")}</p>
          <div className="grid grid-cols-2 gap-2 text-xs font-medium text-muted-foreground" aria-hidden>
            <span>{t("evaluations.scheme.stepMinPlaceholder")}</span>
            <span>{t("evaluations.scheme.stepPointsPlaceholder")}</span>
          </div>
          {Array.from({ length: stepCount }, (_, i) => (
            <div key={i} className="grid grid-cols-2 gap-2">
              <Input name="stepMin" inputMode="decimal" aria-label={t("evaluations.scheme.stepMin", { n: i + 1 })} placeholder={t("evaluations.scheme.stepMinPlaceholder")} defaultValue={initialSteps[i] ? String(initialSteps[i].min) : ""} />
              <Input name="stepPoints" inputMode="decimal" aria-label={t("evaluations.scheme.stepPoints", { n: i + 1 })} placeholder={t("evaluations.scheme.stepPointsPlaceholder")} defaultValue={initialSteps[i] ? String(initialSteps[i].points) : ""} />
            </div>
          ))}
          {stepCount < MAX_STEPS ? (
            <Button type="button" variant="ghost" size="sm" onClick={() => setStepCount((n) => n + 1)}>
              <Plus />
              {t("evaluations.scheme.addStep")}
            </Button>
          ) : null}
          <FieldError errors={errors.steps} />
        </div>
      )}
    </div>
  );
}
