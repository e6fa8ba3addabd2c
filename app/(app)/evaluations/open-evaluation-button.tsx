"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Loader2, PlayCircle } from "lucide-react";
import { Button } from "@/components/ui/button";
import { openEvaluationAction } from "@/lib/evaluations/actions";
import type { ActionResult } from "@/lib/forms/action-result";

export function OpenEvaluationButton() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ActionResult, FormData>(openEvaluationAction, { ok: true });
  return (
    <form action={action} className="flex flex-wrap items-center gap-3">
      <Button type="submit" size="lg" disabled={pending}>
        {pending ? <Loader2 className="animate-spin" /> : <PlayCircle />}
        {t("evaluations.mine.start")}
      </Button>
      {!state.ok && state.message ? <span className="text-sm text-destructive">{t(state.message)}</span> : null}
    </form>
  );
}
