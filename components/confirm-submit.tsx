"use client";

import { useRef, useState } from "react";
import { useTranslations } from "next-intl";
import {
  AlertDialog,
  AlertDialogAction,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
} from "@/components/ui/alert-dialog";

interface Question {
  title: string;
  description: string;
  confirmLabel: string;
  destructive?: boolean;
}

/**
 * Asks in the app's own dialog before a form is sent (submit a self-assessment, confirm, name titles):
 * the form's onSubmit stops the first submission and opens the dialog; "confirm" sends the form again
 * with the same button, so the form's action and which button was pressed stay as they were.
 * `when` limits the question to some submissions (e.g. only the "submit" button, not "save").
 */
export function useConfirmBeforeSubmit(question: Question, when: (e: React.FormEvent<HTMLFormElement>) => boolean = () => true) {
  const t = useTranslations("common");
  const [open, setOpen] = useState(false);
  const pending = useRef<{ form: HTMLFormElement; submitter: HTMLElement | null } | null>(null);
  const confirmed = useRef(false);
  /** Call first in the form's onSubmit; returns false when the submission was held for the question. */
  function onSubmit(e: React.FormEvent<HTMLFormElement>): boolean {
    if (confirmed.current) {
      confirmed.current = false;
      return true;
    }
    if (!when(e)) return true;
    e.preventDefault();
    pending.current = { form: e.currentTarget, submitter: (e.nativeEvent as SubmitEvent).submitter };
    setOpen(true);
    return false;
  }
  function confirm() {
    const held = pending.current;
    if (!held) return;
    confirmed.current = true;
    pending.current = null;
    held.form.requestSubmit(held.submitter instanceof HTMLButtonElement || held.submitter instanceof HTMLInputElement ? held.submitter : undefined);
  }
  const dialog = (
    <AlertDialog open={open} onOpenChange={setOpen}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{question.title}</AlertDialogTitle>
          <AlertDialogDescription>{question.description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction destructive={question.destructive} onClick={confirm}>
            {question.confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
  return { onSubmit, dialog };
}
