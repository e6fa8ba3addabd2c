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

export interface Question {
  title: string;
  description: string;
  confirmLabel: string;
  destructive?: boolean;
}

/**
 * The app's own "are you sure?" in place of the browser's confirm(): `ask(question, then)` opens the
 * dialog and runs `then` only on "confirm". Render `dialog` once in the component.
 */
export function useConfirmDialog() {
  const t = useTranslations("common");
  const [question, setQuestion] = useState<Question | null>(null);
  const then = useRef<(() => void) | null>(null);
  function ask(q: Question, onConfirm: () => void) {
    then.current = onConfirm;
    setQuestion(q);
  }
  const dialog = (
    <AlertDialog open={question !== null} onOpenChange={(open) => (open ? null : setQuestion(null))}>
      <AlertDialogContent>
        <AlertDialogHeader>
          <AlertDialogTitle>{question?.title}</AlertDialogTitle>
          <AlertDialogDescription>{question?.description}</AlertDialogDescription>
        </AlertDialogHeader>
        <AlertDialogFooter>
          <AlertDialogCancel>{t("cancel")}</AlertDialogCancel>
          <AlertDialogAction destructive={question?.destructive} onClick={() => then.current?.()}>
            {question?.confirmLabel}
          </AlertDialogAction>
        </AlertDialogFooter>
      </AlertDialogContent>
    </AlertDialog>
  );
  return { ask, dialog };
}

/**
 * Asks before a form is sent (submit a self-assessment, confirm, name titles, publish): the form's
 * onSubmit holds the first submission and asks; "confirm" sends the form again with the same button,
 * so the form's action and which button was pressed stay as they were. `when` limits the question
 * to some submissions (e.g. only the "submit" button, not "save").
 */
export function useConfirmBeforeSubmit(question: Question, when: (e: React.FormEvent<HTMLFormElement>) => boolean = () => true) {
  const { ask, dialog } = useConfirmDialog();
  const confirmed = useRef(false);
  /** Call in the form's onSubmit (after its own checks); holds the submission for the question. */
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    if (confirmed.current) {
      confirmed.current = false;
      return;
    }
    if (!when(e)) return;
    e.preventDefault();
    const form = e.currentTarget;
    const submitter = (e.nativeEvent as SubmitEvent).submitter;
    ask(question, () => {
      confirmed.current = true;
      form.requestSubmit(submitter instanceof HTMLButtonElement || submitter instanceof HTMLInputElement ? submitter : undefined);
    });
  }
  return { onSubmit, dialog };
}
