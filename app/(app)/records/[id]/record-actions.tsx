"use client";

import { useActionState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { AlertCircle, Check, Loader2, Pencil, RotateCcw, Send, Undo, Undo2 } from "lucide-react";
import { approveRecordAction, rejectRecordAction, reopenRecordAction, submitRecordAction, withdrawRecordAction } from "@/lib/records/actions";
import type { RecordAction } from "@/lib/records/rules";
import type { ActionResult } from "@/lib/forms/action-result";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ReasonDialog } from "@/components/reason-dialog";

type Bound = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

function ResultAlert({ state }: { state: ActionResult }) {
  const t = useTranslations();
  if (state.ok || !state.message) return null;
  return (
    <Alert variant="destructive" className="basis-full">
      <AlertCircle />
      <AlertDescription>{t(state.message)}</AlertDescription>
    </Alert>
  );
}

function OneClick({ action, version, icon, label, variant }: { action: Bound; version: number; icon: React.ReactNode; label: string; variant?: "default" | "outline" }) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, { ok: true });
  return (
    <form action={formAction} className="contents">
      <input type="hidden" name="version" value={version} />
      <Button type="submit" size="lg" variant={variant} disabled={pending} className="flex-1 sm:flex-none">
        {pending ? <Loader2 className="animate-spin" /> : icon}
        {label}
      </Button>
      <ResultAlert state={state} />
    </form>
  );
}

/** The buttons a user may press on a record, as the workflow rules allow them. */
export function RecordActions({ id, version, actions, isOfficeOwn }: { id: string; version: number; actions: RecordAction[]; isOfficeOwn: boolean }) {
  const t = useTranslations("records");
  if (actions.length === 0) return null;
  return (
    <div className="flex flex-wrap gap-2" data-testid="record-actions">
      {actions.includes("approve") ? <OneClick action={approveRecordAction.bind(null, id)} version={version} icon={<Check />} label={t("approve")} /> : null}
      {actions.includes("reject") ? (
        <ReasonDialog
          action={rejectRecordAction.bind(null, id)}
          version={version}
          icon={<Undo2 />}
          label={t("reject")}
          title={t("rejectTitle")}
          description={t("rejectDescription")}
          confirm={t("rejectConfirm")}
          placeholder={t("reasonPlaceholder")}
          className="flex-1 sm:flex-none"
        />
      ) : null}
      {actions.includes("edit") ? (
        <Button asChild size="lg" variant="outline" className="flex-1 sm:flex-none">
          <Link href={`/records/${id}/edit`}>
            <Pencil />
            {t("edit")}
          </Link>
        </Button>
      ) : null}
      {actions.includes("submit") ? (
        <OneClick action={submitRecordAction.bind(null, id)} version={version} icon={<Send />} label={isOfficeOwn ? t("submitOffice") : t("submit")} />
      ) : null}
      {actions.includes("withdraw") ? (
        <OneClick action={withdrawRecordAction.bind(null, id)} version={version} icon={<Undo />} label={t("withdraw")} variant="outline" />
      ) : null}
      {actions.includes("reopen") ? (
        <ReasonDialog
          action={reopenRecordAction.bind(null, id)}
          version={version}
          icon={<RotateCcw />}
          label={t("reopen")}
          title={t("reopenTitle")}
          description={t("reopenDescription")}
          confirm={t("reopenConfirm")}
          placeholder={t("reasonPlaceholder")}
          className="flex-1 sm:flex-none"
        />
      ) : null}
    </div>
  );
}
