"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Loader2, Megaphone } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/field-error";
import { FormAlert, useCheckedAction } from "@/components/form-bits";
import { publishResultsAction } from "@/lib/titles/actions";
import type { FieldErrors } from "@/lib/actions/result";

/** 发布公示: the window defaults to seven days from today; the office may move either end. */
export function PublishDialog({ periodId, target, targetLabel, count, defaultStart, defaultEnd }: { periodId: string; target: string; targetLabel: string; count: number; defaultStart: string; defaultEnd: string }) {
  const t = useTranslations("publications");
  const tc = useTranslations();
  const [open, setOpen] = useState(false);
  const { state, formAction, pending, errors, onSubmit, values } = useCheckedAction(publishResultsAction);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="outline" size="lg" data-testid={`publish-${target}`}>
          <Megaphone />
          {t("publish")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc("common.close")}>
        <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{t("publishTitle", { target: targetLabel })}</DialogTitle>
            <DialogDescription>{t("publishHint", { count })}</DialogDescription>
          </DialogHeader>
          <input type="hidden" name="periodId" value={periodId} />
          <input type="hidden" name="target" value={target} />
          <WindowFields defaultStart={values?.startsOn || defaultStart} defaultEnd={values?.endsOn || defaultEnd} errors={errors} />
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
export function WindowFields({ defaultStart, defaultEnd, errors, stacked = false }: { defaultStart: string; defaultEnd: string; errors?: FieldErrors; stacked?: boolean }) {
  const t = useTranslations("publications");
  return (
    // Side by side only from sm up: in half of a phone's dialog a date field clips its own calendar button.
    <div className={stacked ? "grid gap-3" : "grid gap-3 sm:grid-cols-2"}>
      <div className="space-y-1.5">
        <Label htmlFor="startsOn">{t("startsOn")}</Label>
        <Input id="startsOn" name="startsOn" type="date" defaultValue={defaultStart} size="lg" aria-invalid={Boolean(errors?.startsOn)} />
        <FieldError errors={errors?.startsOn} />
      </div>
      <div className="space-y-1.5">
        <Label htmlFor="endsOn">{t("endsOn")}</Label>
        <Input id="endsOn" name="endsOn" type="date" defaultValue={defaultEnd} size="lg" aria-invalid={Boolean(errors?.endsOn)} />
        <FieldError errors={errors?.endsOn} />
      </div>
    </div>
  );
}
