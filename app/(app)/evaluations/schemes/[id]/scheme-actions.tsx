"use client";

import { useTranslations } from "next-intl";
import { Copy, Loader2, Send, Trash2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { NativeSelect } from "@/components/ui/select-native";
import { useConfirmBeforeSubmit, useConfirmDialog } from "@/components/confirm-submit";
import { Field, FormAlert, useButtonAction, useCheckedAction } from "@/components/form-bits";
import { deleteDraftSchemeAction } from "@/lib/evaluations/scheme-actions";
import type { FormAction } from "@/lib/actions/result";

/** Publish (for a draft), copy to a new version or year, delete a draft. */
export function SchemeActions({
  schemeId,
  publishAction,
  copyAction,
  revision,
  draft,
  total,
  periods,
  currentPeriodId,
}: {
  schemeId: string;
  publishAction: FormAction;
  copyAction: FormAction<never>;
  revision: number;
  draft: boolean;
  total: number;
  periods: { id: string; year: number }[];
  currentPeriodId: string;
}) {
  const t = useTranslations();
  const publish = useCheckedAction(publishAction);
  const copy = useCheckedAction(copyAction);
  const remove = useButtonAction(deleteDraftSchemeAction);
  // An incomplete scheme (not 100 points) is refused by the server with its reason: no question first.
  const confirmPublish = useConfirmBeforeSubmit(
    { title: t("evaluations.scheme.publish"), description: t("evaluations.scheme.confirmPublish"), confirmLabel: t("evaluations.scheme.publish") },
    () => total === 100,
  );
  const confirmDelete = useConfirmDialog();
  return (
    <div className="grid gap-3">
      <div className="flex flex-wrap items-center gap-2">
        {draft ? (
          <form
            action={publish.formAction}
            onSubmit={(e) => {
              confirmPublish.onSubmit(e);
              if (!e.defaultPrevented) publish.onSubmit(e);
            }}
          >
            <input type="hidden" name="revision" value={revision} />
            <Button type="submit" size="lg" disabled={publish.pending}>
              {publish.pending ? <Loader2 className="animate-spin" /> : <Send />}
              {t("evaluations.scheme.publish")}
            </Button>
          </form>
        ) : null}
        <Dialog>
          <DialogTrigger asChild>
            <Button type="button" size="lg" variant="outline">
              <Copy />
              {t("evaluations.scheme.copy")}
            </Button>
          </DialogTrigger>
          <DialogContent closeLabel={t("common.close")}>
            <form action={copy.formAction} onSubmit={copy.onSubmit} className="grid gap-4">
              <DialogHeader>
                <DialogTitle>{t("evaluations.scheme.copy")}</DialogTitle>
                <DialogDescription>{t("evaluations.scheme.copyHint")}</DialogDescription>
              </DialogHeader>
              <Field name="periodId" htmlFor="copy-period" label={t("evaluations.scheme.copyTo")} errors={copy.errors.periodId}>
                <NativeSelect id="copy-period" name="periodId" defaultValue={currentPeriodId}>
                  {periods.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t("evaluations.yearOption", { year: p.year })}
                    </option>
                  ))}
                </NativeSelect>
              </Field>
              <FormAlert state={copy.state} testId="scheme-error" />
              <DialogFooter>
                <Button type="submit" disabled={copy.pending}>
                  {copy.pending ? <Loader2 className="animate-spin" /> : <Copy />}
                  {t("evaluations.scheme.copyConfirm")}
                </Button>
              </DialogFooter>
            </form>
          </DialogContent>
        </Dialog>
        {draft ? (
          <Button
            type="button"
            size="lg"
            variant="ghost"
            className="text-muted-foreground hover:text-destructive"
            disabled={remove.pending}
            onClick={() =>
              confirmDelete.ask(
                { title: t("evaluations.scheme.deleteDraft"), description: t("evaluations.scheme.confirmDeleteDraft"), confirmLabel: t("evaluations.scheme.deleteDraft"), destructive: true },
                () => remove.run(schemeId),
              )
            }
          >
            <Trash2 />
            {t("evaluations.scheme.deleteDraft")}
          </Button>
        ) : null}
      </div>
      <FormAlert state={publish.state} testId="scheme-error" />
      <FormAlert state={remove.state} />
      {confirmPublish.dialog}
      {confirmDelete.dialog}
    </div>
  );
}
