"use client";

import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Loader2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/field-error";
import { FormAlert, useCheckedAction } from "@/components/form-bits";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A button that opens a dialog asking for a reason, then runs a guarded action with the record's
 * version: reject, reopen, return an evaluation, withdraw a title. Closes on success; a refusal
 * (field or message) stays in the dialog.
 */
export function ReasonDialog({
  action,
  version,
  icon,
  label,
  ariaLabel,
  title,
  description,
  confirm,
  placeholder,
  destructive = false,
  size = "lg",
  className,
  shortcut,
  onDone,
}: {
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  version: number;
  icon: React.ReactNode;
  label: string;
  ariaLabel?: string;
  title: string;
  description: string;
  confirm: string;
  placeholder?: string;
  destructive?: boolean;
  size?: "sm" | "lg";
  className?: string;
  /** A key that presses the button (review queue shortcuts). */
  shortcut?: string;
  /** Runs after the action succeeds (e.g. go on to the next record of a queue). */
  onDone?: () => void;
}) {
  const t = useTranslations();
  const id = useId();
  const [open, setOpen] = useState(false);
  const { state, formAction, pending, errors, onSubmit } = useCheckedAction(async (prev: ActionResult, formData: FormData) => {
    const result = await action(prev, formData);
    if (result.ok) {
      setOpen(false);
      onDone?.();
    }
    return result;
  });
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button type="button" size={size} variant="outline" className={className} aria-label={ariaLabel} data-shortcut={shortcut} aria-keyshortcuts={shortcut}>
          {icon}
          {label}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
            <DialogDescription>{description}</DialogDescription>
          </DialogHeader>
          <input type="hidden" name="version" value={version} />
          <div className="space-y-2">
            <Label htmlFor={id}>{t("records.reason")}</Label>
            <Textarea id={id} name="reason" rows={4} aria-invalid={Boolean(errors.reason)} placeholder={placeholder} />
            <FieldError errors={errors.reason} />
          </div>
          <FormAlert state={state} />
          <DialogFooter>
            <Button type="submit" variant={destructive ? "destructive" : "default"} disabled={pending}>
              {pending ? <Loader2 className="animate-spin" /> : null}
              {confirm}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
