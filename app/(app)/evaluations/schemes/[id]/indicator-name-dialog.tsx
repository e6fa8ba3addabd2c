"use client";

import { useTranslations } from "next-intl";
import { Plus } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Field } from "@/components/form-bits";
import { addIndicatorAction } from "@/lib/evaluations/scheme-actions";
import type { FormAction } from "@/lib/actions/result";
import { SaveFooter, useDialogForm } from "./scheme-dialog-form";

/** A one-field dialog: add an indicator or rename one. */
export function IndicatorNameDialog({ action, title, initial, trigger }: { action: FormAction; title: string; initial: string; trigger: React.ReactNode }) {
  const t = useTranslations();
  const { open, setOpen, state, formAction, pending, errors, onSubmit, values } = useDialogForm(action);
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
          </DialogHeader>
          <Field name="name" htmlFor="indicator-name" label={t("evaluations.scheme.indicatorName")} errors={errors.name}>
            <Input id="indicator-name" name="name" defaultValue={values?.name ?? initial} maxLength={50} aria-invalid={Boolean(errors.name)} />
          </Field>
          <SaveFooter state={state} pending={pending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function AddIndicator({ schemeId }: { schemeId: string }) {
  const t = useTranslations("evaluations.scheme");
  return (
    <IndicatorNameDialog
      action={addIndicatorAction.bind(null, schemeId)}
      title={t("addIndicator")}
      initial=""
      trigger={
        <Button type="button" variant="outline" size="lg">
          <Plus />
          {t("addIndicator")}
        </Button>
      }
    />
  );
}
