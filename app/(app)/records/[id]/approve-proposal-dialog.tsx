"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Check, Loader2 } from "@/components/icons";
import { approveProposalAction } from "@/lib/records/review-actions";
import { proposalDecisionSchema, readDecisionForm } from "@/lib/records/decision";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { FieldError } from "@/components/field-error";
import { Field, FormAlert, useCheckedAction } from "@/components/form-bits";
import type { ActionResult } from "@/lib/actions/result";

export interface ProposalDecisionValues {
  adopted: boolean;
  implemented: boolean;
  benefitYuan: number | null;
}

/**
 * 审核通过 for a proposal: the reviewer decides adoption, implementation and benefit as it approves.
 * The team's figures are filled in to start with; what the reviewer sets is what counts (and is audited).
 */
export function ApproveProposalDialog({ id, version, initial, afterHref }: { id: string; version: number; initial: ProposalDecisionValues; afterHref?: string }) {
  const t = useTranslations();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  const { state, formAction, pending, errors, onSubmit } = useCheckedAction(
    async (prev: ActionResult, formData: FormData) => {
      const result = await approveProposalAction(id, prev, formData);
      if (result.ok) {
        setOpen(false);
        if (afterHref) router.push(afterHref);
      }
      return result;
    },
    proposalDecisionSchema,
    readDecisionForm,
  );
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" size="lg" className="flex-1 sm:flex-none" data-shortcut="a" aria-keyshortcuts="a">
          <Check />
          {t("records.approve")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{t("records.decision.title")}</DialogTitle>
            <DialogDescription>{t("records.decision.description")}</DialogDescription>
          </DialogHeader>
          <input type="hidden" name="version" value={version} />
          <div className="grid gap-3">
            <label className="flex min-h-11 items-center gap-3 rounded-md border px-3">
              <input type="checkbox" name="adopted" defaultChecked={initial.adopted} className="size-5" />
              {t("records.field.adopted")}
            </label>
            <div data-field="implemented" className="space-y-1">
              <label className="flex min-h-11 items-center gap-3 rounded-md border px-3">
                <input type="checkbox" name="implemented" defaultChecked={initial.implemented} className="size-5" />
                {t("records.field.implemented")}
              </label>
              <FieldError errors={errors.implemented} />
            </div>
            <Field name="benefitYuan" label={t("records.decision.benefit")} htmlFor="decision-benefit" errors={errors.benefitYuan} hint={t("records.decision.benefitHint")}>
              <Input
                id="decision-benefit"
                name="benefitYuan"
                inputMode="decimal"
                defaultValue={initial.benefitYuan ?? ""}
                aria-invalid={Boolean(errors.benefitYuan)}
              />
            </Field>
          </div>
          <FormAlert state={state} />
          <DialogFooter>
            <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
              {t("common.cancel")}
            </Button>
            <Button type="submit" disabled={pending}>
              {pending ? <Loader2 className="animate-spin" /> : <Check />}
              {t("records.decision.confirm")}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
