"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Check, Loader2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { ActionOutcome } from "@/components/form-bits";
import { useConfirmBeforeSubmit } from "@/components/confirm-submit";
import type { ActionResult, FormAction } from "@/lib/actions/result";

/** The office's confirmation of an accepted evaluation, asked once more since it fixes the result. */
export function ConfirmForm({ action, version }: { action: FormAction; version: number }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, { ok: true });
  const ask = useConfirmBeforeSubmit({ title: t("evaluations.form.confirm"), description: t("evaluations.form.confirmConfirm"), confirmLabel: t("evaluations.form.confirm") });
  return (
    <form action={formAction} className="grid gap-2" onSubmit={ask.onSubmit}>
      <input type="hidden" name="version" value={version} />
      <div>
        <Button type="submit" size="lg" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Check />}
          {t("evaluations.form.confirm")}
        </Button>
      </div>
      <ActionOutcome state={state} />
      {ask.dialog}
    </form>
  );
}
