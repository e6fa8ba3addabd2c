"use client";

import { startTransition, useActionState, useId, useState } from "react";
import { useTranslations } from "next-intl";
import { CheckCheck, CircleCheck, Loader2, SquareCheck, Undo2 } from "@/components/icons";
import { approveManyAction, rejectManyAction } from "@/lib/records/review-actions";
import type { BatchOutcome } from "@/lib/records/review-mutations";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/field-error";
import { FormAlert } from "@/components/form-bits";
import { type ActionResult, refuse } from "@/lib/actions/result";

export const BATCH_FORM_ID = "batch-review";

type Outcome = ActionResult<BatchOutcome>;

/** The queue's ticked boxes that are on screen (the table or the cards, whichever the layout shows). */
function tickedBoxes() {
  return Array.from(document.querySelectorAll<HTMLInputElement>(`input[name=selected][form=${BATCH_FORM_ID}]`)).filter((b) => b.offsetParent !== null);
}

/** What a batch did, told as it happened: the "handled by someone else" part only when there was one. */
function BatchOutcomeLine({ state }: { state: Outcome }) {
  const t = useTranslations();
  if (!state.ok || !state.data || !state.message) return null;
  return (
    <Alert variant="success" data-testid="batch-result">
      <CircleCheck />
      <AlertDescription>
        {t(state.message.key, { count: state.data.done })}
        {state.data.skipped > 0 ? ` ${t("review.batchSkipped", { count: state.data.skipped })}` : null}
      </AlertDescription>
    </Alert>
  );
}

/**
 * The queue's batch bar: tick records, then approve them in one step or send them back with one
 * reason. Each record is still guarded on its own, so the outcome says how many someone else handled.
 */
export function BatchActions({ hasRows }: { hasRows: boolean }) {
  const t = useTranslations();
  const reasonId = useId();
  const [open, setOpen] = useState(false);
  const [approved, approve, approving] = useActionState<Outcome, FormData>(approveManyAction, { ok: true });
  const [rejected, reject, rejecting] = useActionState<Outcome, FormData>(async (prev, formData) => {
    const result = await rejectManyAction(prev, formData);
    if (result.ok) setOpen(false);
    return result;
  }, { ok: true });
  const [count, setCount] = useState(0);
  const [last, setLast] = useState<"approve" | "reject" | "none" | null>(null);
  const toggleAll = () => {
    const boxes = tickedBoxes();
    const allOn = boxes.every((b) => b.checked);
    boxes.forEach((b) => (b.checked = !allOn));
  };
  function sendBack(form: HTMLFormElement) {
    const data = new FormData(form);
    for (const box of tickedBoxes()) if (box.checked) data.append("selected", box.value);
    setLast("reject");
    startTransition(() => reject(data));
  }
  const reasonErrors = !rejected.ok ? rejected.fieldErrors?.reason : undefined;
  return (
    <div className="mb-3 space-y-3 empty:hidden">
      {hasRows ? (
        <form id={BATCH_FORM_ID} action={approve} onSubmit={() => setLast("approve")} className="flex flex-wrap items-center gap-2">
          <Button type="button" variant="outline" onClick={toggleAll} className="h-10">
            <SquareCheck />
            {t("review.selectPage")}
          </Button>
          <Button type="submit" disabled={approving} className="h-10">
            {approving ? <Loader2 className="animate-spin" /> : <CheckCheck />}
            {t("review.approveSelected")}
          </Button>
          <Button
            type="button"
            variant="outline"
            className="h-10"
            onClick={() => {
              const ticked = tickedBoxes().filter((b) => b.checked).length;
              setCount(ticked);
              setLast(ticked ? "reject" : "none");
              setOpen(ticked > 0);
            }}
          >
            <Undo2 />
            {t("review.rejectSelected")}
          </Button>
        </form>
      ) : null}
      {last === "approve" ? <BatchOutcomeLine state={approved} /> : null}
      {last === "reject" ? <BatchOutcomeLine state={rejected} /> : null}
      {last === "approve" && !approved.ok ? <FormAlert state={approved} /> : null}
      {last === "none" ? <FormAlert state={refuse("invalid_input", "review.noneSelected")} /> : null}
      <Dialog open={open} onOpenChange={setOpen}>
        <DialogContent closeLabel={t("common.close")}>
          <form
            className="grid gap-4"
            noValidate
            onSubmit={(e) => {
              e.preventDefault();
              sendBack(e.currentTarget);
            }}
          >
            <DialogHeader>
              <DialogTitle>{t("review.rejectSelectedTitle", { count })}</DialogTitle>
              <DialogDescription>{t("review.rejectSelectedDescription")}</DialogDescription>
            </DialogHeader>
            <div className="space-y-2">
              <Label htmlFor={reasonId}>{t("records.reason")}</Label>
              <Textarea id={reasonId} name="reason" rows={4} aria-invalid={Boolean(reasonErrors)} placeholder={t("records.reasonPlaceholder")} />
              <FieldError errors={reasonErrors} />
            </div>
            {last === "reject" && !rejected.ok && rejected.message ? <FormAlert state={rejected} /> : null}
            <DialogFooter>
              <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
                {t("common.cancel")}
              </Button>
              <Button type="submit" disabled={rejecting}>
                {rejecting ? <Loader2 className="animate-spin" /> : null}
                {t("records.rejectConfirm")}
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </div>
  );
}
