"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { Loader2, Lock } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { FieldError } from "@/components/field-error";
import { FormAlert } from "@/components/form-bits";
import type { ActionResult } from "@/lib/actions/result";

/** 关闭年度: names what is still open and, if anything is, asks the office to tick that it knows. */
export function CloseYearDialog({ year, version, openItems, action, children }: { year: number; version: number; openItems: number; action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>; children: React.ReactNode }) {
  const t = useTranslations("years");
  const tc = useTranslations();
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(async (prev, formData) => {
    const result = await action(prev, formData);
    if (result.ok) setOpen(false);
    return result;
  }, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button size="lg" data-testid={`close-year-${year}`}>
          <Lock />
          {t("close")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={tc("common.close")}>
        <form action={formAction} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{t("closeTitle", { year })}</DialogTitle>
            <DialogDescription>{t("closeDescription", { year })}</DialogDescription>
          </DialogHeader>
          <input type="hidden" name="version" value={version} />
          {children}
          {openItems > 0 ? (
            <div className="space-y-1">
              <label className="flex min-h-11 items-start gap-3 rounded-lg border p-3 text-sm">
                <input type="checkbox" name="acknowledge" className="mt-0.5 size-5 accent-primary" aria-invalid={Boolean(errors?.acknowledge)} />
                <span>{t("acknowledge", { count: openItems })}</span>
              </label>
              <FieldError errors={errors?.acknowledge} />
            </div>
          ) : null}
          <FormAlert state={state} />
          <DialogFooter>
            <Button type="submit" variant="destructive" disabled={pending}>
              {pending ? <Loader2 className="animate-spin" /> : null}
              {t("close")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
