"use client";

import { useActionState } from "react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { AlertCircle, Check, Loader2, Pencil, RotateCcw, Send, Undo, Undo2 } from "@/components/icons";
import { approveRecordAction, rejectRecordAction, reopenRecordAction, submitRecordAction, withdrawRecordAction } from "@/lib/records/actions";
import type { RecordAction } from "@/lib/records/rules";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ReasonDialog } from "@/components/reason-dialog";
import { ApproveProposalDialog, type ProposalDecisionValues } from "./approve-proposal-dialog";
import type { ActionResult } from "@/lib/actions/result";

type Bound = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

function ResultAlert({ state }: { state: ActionResult }) {
  const t = useTranslations();
  if (state.ok || !state.message) return null;
  return (
    <Alert variant="destructive" className="basis-full">
      <AlertCircle />
      <AlertDescription>{t(state.message.key, state.message.values)}</AlertDescription>
    </Alert>
  );
}

function OneClick({
  action,
  version,
  icon,
  label,
  variant,
  shortcut,
  onDone,
}: {
  action: Bound;
  version: number;
  icon: React.ReactNode;
  label: string;
  variant?: "default" | "outline";
  shortcut?: string;
  onDone?: () => void;
}) {
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(async (prev, formData) => {
    const result = await action(prev, formData);
    if (result.ok) onDone?.();
    return result;
  }, { ok: true });
  return (
    <form action={formAction} className="contents">
      <input type="hidden" name="version" value={version} />
      <Button type="submit" size="lg" variant={variant} disabled={pending} className="flex-1 sm:flex-none" data-shortcut={shortcut} aria-keyshortcuts={shortcut}>
        {pending ? <Loader2 className="animate-spin" /> : icon}
        {label}
      </Button>
      <ResultAlert state={state} />
    </form>
  );
}

/**
 * The buttons a user may press on a record, as the workflow rules allow them. A proposal's approval
 * asks for the reviewer's decision; `afterReviewHref` is where approving or sending back goes on to
 * (the next record of the queue).
 */
export function RecordActions({
  id,
  version,
  actions,
  isOfficeOwn,
  decision,
  afterReviewHref,
}: {
  id: string;
  version: number;
  actions: RecordAction[];
  isOfficeOwn: boolean;
  decision?: ProposalDecisionValues;
  afterReviewHref?: string;
}) {
  const t = useTranslations("records");
  const router = useRouter();
  if (actions.length === 0) return null;
  const reviewed = afterReviewHref ? () => router.push(afterReviewHref) : undefined;
  return (
    <div className="flex flex-wrap gap-2" data-testid="record-actions">
      {actions.includes("approve") ? (
        decision ? (
          <ApproveProposalDialog id={id} version={version} initial={decision} afterHref={afterReviewHref} />
        ) : (
          <OneClick action={approveRecordAction.bind(null, id)} version={version} icon={<Check />} label={t("approve")} shortcut="a" onDone={reviewed} />
        )
      ) : null}
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
          shortcut="r"
          onDone={reviewed}
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
