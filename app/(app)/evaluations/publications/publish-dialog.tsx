"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Loader2, Megaphone } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/field-error";
import { FormAlert } from "@/components/form-bits";
import { publishResultsAction } from "@/lib/titles/actions";
import type { ActionResult } from "@/lib/forms/action-result";

/** 发布公示: the window defaults to seven days from today; the office may move either end. */
export function PublishDialog({ periodId, target, targetLabel, count, defaultStart, defaultEnd }: { periodId: string; target: string; targetLabel: string; count: number; defaultStart: string; defaultEnd: string }) {
  const t = useTranslations("publications");
  const tc = useTranslations();
  const [open, setOpen] = useState(false);
  const [state, action, pending] = useActionState<ActionResult, FormData>(publishResultsAction, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  const start = (!state.ok && state.values?.startsOn) || defaultStart;
  const end = (!state.ok && state.values?.endsOn) || defaultEnd;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="lg" data-testid={`publish-${target}`}>
          <Megaphone />
          {t("publish")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc("common.close")}>
        <form action={action} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{t("publishTitle", { target: targetLabel })}</DialogTitle>
            <DialogDescription>{t("publishHint", { count })}</DialogDescription>
          </DialogHeader>
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="target" value={target} />
          <WindowFields key={`${start}-${end}`} defaultStart={start} defaultEnd={end} errors={errors} />
          <FormAlert state={state} />
          <DialogFooter>
            <Button type="submit" disabled={pending}>
              {pending ? <Loader2 className="animate-spin" /> : null}
              {t("publishConfirm")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}

/** The window's two dates, with their errors. */
export function WindowFields({ defaultStart, defaultEnd, errors, stacked = false }: { defaultStart: string; defaultEnd: string; errors?: Record<string, string[] | undefined>; stacked?: boolean }) {
  const t = useTranslations("publications");
  return (
    <div className={stacked ? "grid gap-3" : "grid grid-cols-2 gap-3"}>
      <div className="space-y-1.5">
        <Label htmlFor="startsOn">{t("startsOn")}</Label>
        <Input id="startsOn" name="startsOn" type="date" defaultValue={defaultStart} className="h-11" aria-invalid={Boolean(errors?.startsOn)} />
        <FieldError errors={errors?.startsOn} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="endsOn">{t("endsOn")}</Label>
        <Input id="endsOn" name="endsOn" type="date" defaultValue={defaultEnd} className="h-11" aria-invalid={Boolean(errors?.endsOn)} />
        <FieldError errors={errors?.endsOn} />
      </div>
    </div>
  );
}
