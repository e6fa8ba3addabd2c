"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Loader2 } from "@/components/icons";
import type { z } from "zod";
import { Button } from "@/components/ui/button";
import { DialogFooter } from "@/components/ui/dialog";
import { FormAlert, useCheckedAction } from "@/components/form-bits";
import type { ActionResult, FormAction } from "@/lib/actions/result";


/** A scheme editor dialog's form on the shared hook: the dialog closes once the action succeeds. */
export function useDialogForm(action: FormAction, schema?: z.ZodType, read?: (data: FormData) => unknown) {
  const [open, setOpen] = useState(false);
  const form = useCheckedAction(
    async (prev: ActionResult, fd: FormData) => {
      const result = await action(prev, fd);
      if (result.ok) setOpen(false);
      return result;
    },
    schema,
    read,
  );
  return { open, setOpen, ...form };
}

/** The foot of a dialog's form: the server's refusal, if any, above Save. */
export function SaveFooter({ state, pending, fixErrors }: { state: ActionResult; pending: boolean; fixErrors?: boolean }) {
  const t = useTranslations("evaluations.scheme");
  return (
    <>
      <FormAlert state={state} fixErrors={fixErrors} testId="scheme-error" />
      <DialogFooter>
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Check />}
          {t("save")}
        </Button>
      </DialogFooter>
    </>
  );
}
