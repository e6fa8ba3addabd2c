"use client";

import { useTranslations } from "next-intl";
import { Loader2, Plus } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { NativeSelect } from "@/components/ui/select-native";
import type { EvaluationTarget } from "@/lib/domain/enums";
import { createDefaultSchemeAction } from "@/lib/evaluations/scheme-actions";
import { InlineRefusal, useCheckedAction } from "@/components/form-bits";

/** Starts this year's scheme of a kind that has none yet from the default standard. */
export function StartFromDefault({ periodId, year, targets }: { periodId: string; year: number; targets: EvaluationTarget[] }) {
  const t = useTranslations();
  const { state, formAction, pending, onSubmit } = useCheckedAction(createDefaultSchemeAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="periodId" value={periodId} />
      <NativeSelect name="target" aria-label={t("evaluations.schemes.startTarget")} fullWidth={false}>
        {targets.map((target) => (
          <option key={target} value={target}>
            {t(`enums.evaluationTarget.${target}`)}
          </option>
        ))}
      </NativeSelect>
      <Button type="submit" variant="outline" disabled={pending}>
        {pending ? <Loader2 className="animate-spin" /> : <Plus />}
        {t("evaluations.schemes.startFromDefault", { year })}
      </Button>
      <InlineRefusal state={state} />
    </form>
  );
}
