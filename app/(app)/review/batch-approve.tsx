"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { CheckCheck, CircleCheck, Loader2, SquareCheck } from "lucide-react";
import { approveManyAction } from "@/lib/records/actions";
import type { ActionResult } from "@/lib/forms/action-result";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";

export const BATCH_FORM_ID = "batch-approve";

/** Approves the ticked records of the queue in one step; only "approve" is offered for many at once. */
export function BatchApprove() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ActionResult<{ approved: number; skipped: number }>, FormData>(approveManyAction, { ok: true });
  const toggleAll = () => {
    const boxes = Array.from(document.querySelectorAll<HTMLInputElement>(`input[name=selected][form=${BATCH_FORM_ID}]`)).filter((b) => b.offsetParent !== null);
    const allOn = boxes.every((b) => b.checked);
    boxes.forEach((b) => (b.checked = !allOn));
  };
  return (
    <div className="mb-3 space-y-3">
      <form id={BATCH_FORM_ID} action={action} className="flex flex-wrap items-center gap-2">
        <Button type="button" variant="outline" onClick={toggleAll} className="h-10">
          <SquareCheck />
          {t("review.selectPage")}
        </Button>
        <Button type="submit" disabled={pending} className="h-10">
          {pending ? <Loader2 className="animate-spin" /> : <CheckCheck />}
          {t("review.approveSelected")}
        </Button>
      </form>
      {state.ok && state.data ? (
        <Alert variant="success">
          <CircleCheck />
          <AlertDescription>{t("review.batchResult", state.data)}</AlertDescription>
        </Alert>
      ) : null}
      {!state.ok && state.message ? (
        <Alert variant="destructive">
          <AlertDescription>{t(state.message)}</AlertDescription>
        </Alert>
      ) : null}
    </div>
  );
}
