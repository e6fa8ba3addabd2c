"use client";

import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { AlertCircle, Check, Loader2, Pencil, RotateCcw, Send, Undo, Undo2 } from "@/components/icons";
import type { RecordAction } from "@/lib/records/rules";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { ReasonDialog } from "@/components/reason-dialog";
import { ApproveProposalDialog, type ProposalDecisionValues } from "./approve-proposal-dialog";
import { useCheckedAction } from "@/components/form-bits";
import type { ActionResult, FormAction } from "@/lib/actions/result";

/**
 * The workflow steps of the record page, each bound to the record by the server page. Submit, withdraw
 * and a one-click approval are forms that work without JavaScript; sending back, reopening and a
 * proposal's decision ask for more in a dialog, which needs it.
 */
export type RecordSteps = Partial<Record<Exclude<RecordAction, "edit">, FormAction>>;

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
  action: FormAction;
  version: number;
  icon: React.ReactNode;
  label: string;
  variant?: "default" | "outline";
  shortcut?: string;
  onDone?: () => void;
}) {
  // The form posts to the action itself, so it also works without JavaScript (the page comes back with the record moved on).
  const { state, formAction, pending, onSubmit } = useCheckedAction(action, null, undefined, onDone);
  return (
    <form action={formAction} onSubmit={onSubmit} className="contents">
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
 * The buttons a user may press on a record, as the workflow rules allow them (`actions`; `steps` holds
 * their server actions, bound on the page). A proposal's approval asks for the reviewer's decision;
 * `afterReviewHref` is where approving or sending back goes on to (the next record of the queue).
 */
export function RecordActions({
  id,
  version,
  actions,
  steps,
  isOfficeOwn,
  decision,
  afterReviewHref,
}: {
  id: string;
  version: number;
  actions: RecordAction[];
  steps: RecordSteps;
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
      {decision ? (
        <ApproveProposalDialog id={id} version={version} initial={decision} afterHref={afterReviewHref} />
      ) : steps.approve ? (
        <OneClick action={steps.approve} version={version} icon={<Check />} label={t("approve")} shortcut="a" onDone={reviewed} />
      ) : null}
      {steps.reject ? (
        <ReasonDialog
          action={steps.reject}
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
      {steps.submit ? (
        <OneClick action={steps.submit} version={version} icon={<Send />} label={isOfficeOwn ? t("submitOffice") : t("submit")} />
      ) : null}
      {steps.withdraw ? (
        <OneClick action={steps.withdraw} version={version} icon={<Undo />} label={t("withdraw")} variant="outline" />
      ) : null}
      {steps.reopen ? (
        <ReasonDialog
          action={steps.reopen}
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
