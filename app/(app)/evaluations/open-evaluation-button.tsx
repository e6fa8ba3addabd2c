"use client";

import { useTranslations } from "next-intl";
import { Loader2, PlayCircle } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { openEvaluationAction } from "@/lib/evaluations/actions";
import { InlineRefusal, useCheckedAction } from "@/components/form-bits";

export function OpenEvaluationButton() {
  const t = useTranslations();
  const { state, formAction, pending, onSubmit } = useCheckedAction(openEvaluationAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="flex flex-wrap items-center gap-3">
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? <Loader2 className="animate-spin" /> : <PlayCircle />}
        {t("evaluations.mine.start")}
      </Button>
      <InlineRefusal state={state} />
    </form>
  );
}
