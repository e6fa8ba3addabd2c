"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Pencil, Plus } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { Field } from "@/components/form-bits";
import type { EvaluationTarget } from "@/lib/domain/enums";
import type { AutoRule } from "@/lib/evaluations/engine";
import { saveItemAction } from "@/lib/evaluations/scheme-actions";
import { itemInputSchema, readItemForm } from "@/lib/evaluations/schemas";
import { AutoRuleFields } from "./auto-rule-fields";
import { SaveFooter, useDialogForm } from "./scheme-dialog-form";

export interface ItemDefaults {
  id: string;
  name: string;
  maxPoints: number;
  guidance: string;
  evidence: string;
  veto: boolean;
  rule: AutoRule | null;
}

/** Adds an item to an indicator, or edits one: points, guidance, evidence, manual or auto with its rule, veto. */
export function ItemDialog({ schemeId, indicatorId, target, item }: { schemeId: string; indicatorId: string; target: EvaluationTarget; item?: ItemDefaults }) {
  const t = useTranslations();
  const { open, setOpen, state, formAction, pending, errors, onSubmit, clientFailed } = useDialogForm(
    (prev, fd) => saveItemAction(schemeId, indicatorId, item?.id ?? null, prev, fd),
    itemInputSchema(target),
    readItemForm,
  );
  const [mode, setMode] = useState<"manual" | "auto">(item?.rule ? "auto" : "manual");
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        {item ? (
          <Button type="button" variant="ghost" size="icon" className="size-9" aria-label={t("evaluations.scheme.editItemNamed", { name: item.name })}>
            <Pencil />
          </Button>
        ) : (
          <Button type="button" variant="outline" size="sm" className="h-9">
            <Plus />
            {t("evaluations.scheme.addItem")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")} wide className="max-h-[90dvh] overflow-y-auto">
        <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{item ? t("evaluations.scheme.editItem") : t("evaluations.scheme.addItem")}</DialogTitle>
            <DialogDescription>{t("evaluations.scheme.itemHint")}</DialogDescription>
          </DialogHeader>
          <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
            <Field name="name" htmlFor="item-name" label={t("evaluations.scheme.itemName")} errors={errors.name}>
              <Input id="item-name" name="name" defaultValue={item?.name} maxLength={100} aria-invalid={Boolean(errors.name)} />
            </Field>
            <Field name="maxPoints" htmlFor="item-max" label={t("evaluations.scheme.maxPoints")} errors={errors.maxPoints}>
              <Input id="item-max" name="maxPoints" inputMode="decimal" defaultValue={item ? String(item.maxPoints) : ""} aria-invalid={Boolean(errors.maxPoints)} />
            </Field>
          </div>
          <Field name="guidance" htmlFor="item-guidance" label={t("evaluations.scheme.guidance")} errors={errors.guidance}>
            <Textarea id="item-guidance" name="guidance" rows={3} defaultValue={item?.guidance} maxLength={1000} />
          </Field>
          <Field name="evidence" htmlFor="item-evidence" label={t("evaluations.scheme.evidence")} errors={errors.evidence}>
            <Input id="item-evidence" name="evidence" defaultValue={item?.evidence} maxLength={200} />
          </Field>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{t("evaluations.scheme.mode")}</legend>
            <div className="flex flex-wrap gap-2">
              {(["manual", "auto"] as const).map((m) => (
                <label key={m} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent">
                  <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} />
                  {t(`enums.itemMode.${m}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {mode === "auto" ? <AutoRuleFields target={target} rule={item?.rule ?? null} errors={errors} /> : null}
          <label className="flex min-h-11 items-start gap-3 rounded-md border px-3 py-2.5 text-sm">
            <input type="checkbox" name="veto" defaultChecked={item?.veto} className="mt-0.5 size-4" />
            <span>
              <span className="font-medium">{t("evaluations.scheme.veto")}</span>
              <span className="block text-xs text-muted-foreground">{t("evaluations.scheme.vetoHint")}</span>
            </span>
          </label>
          <SaveFooter state={state} pending={pending} fixErrors={clientFailed} />
        </form>
      </DialogContent>
    </Dialog>
  );
}
