"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Loader2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { FormAlert, useButtonAction } from "@/components/form-bits";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import type { ActionResult } from "@/lib/actions/result";

/**
 * A button that asks before it acts: archive, delete, deactivate … The action's refusal is shown in
 * the dialog; on success the dialog closes (or the action redirects).
 */
export function ConfirmAction({
  label,
  icon,
  title,
  description,
  confirmLabel,
  action,
  variant = "outline",
  destructive = false,
  size = "default",
  className,
}: {
  label: string;
  icon?: React.ReactNode;
  title: string;
  description: string;
  confirmLabel: string;
  action: () => Promise<ActionResult<unknown>>;
  variant?: "outline" | "ghost" | "default";
  destructive?: boolean;
  size?: "default" | "sm" | "lg";
  className?: string;
}) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const { state, pending, run, clear } = useButtonAction(action, () => setOpen(false));
  return (
    <AlertDialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) clear();
      }}
    >
      <AlertDialogTrigger asChild>
        <Button type="button" variant={variant} size={size} className={className}>
          {icon}
          {label}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{title}</AlertDialogTitle>
          <AlertDialogDescription>{description}</AlertDialogDescription>
        </AlertDialogHeader>
        <FormAlert state={state} />
        <AlertDialogFooter>
          <AlertDialogCancel>{t("common.cancel")}</AlertDialogCancel>
          <Button type="button" variant={destructive ? "destructive" : "default"} onClick={() => run()} disabled={pending}>
            {pending ? <Loader2 className="animate-spin" /> : null}
            {confirmLabel}
          </Button>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
}
