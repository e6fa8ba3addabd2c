"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Award, CalendarClock, Loader2, Undo2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/field-error";
import { ActionOutcome, useCheckedAction } from "@/components/form-bits";
import { useConfirmBeforeSubmit } from "@/components/confirm-submit";
import { ReasonDialog } from "@/components/reason-dialog";
import { withdrawTitleAction } from "@/lib/titles/actions";
import type { FormAction } from "@/lib/actions/result";
import { cn } from "@/lib/utils";
import { WindowFields } from "../publish-dialog";

/** Moves the posting window (while not yet named). */
export function RescheduleForm({ action, version, startsOn, endsOn }: { action: FormAction; version: number; startsOn: string; endsOn: string }) {
  const t = useTranslations("publications");
  const { state, formAction, pending, errors, onSubmit, values } = useCheckedAction(action);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-3" noValidate data-testid="reschedule-form">
      <input type="hidden" name="version" value={version} />
      <WindowFields defaultStart={values?.startsOn || startsOn} defaultEnd={values?.endsOn || endsOn} errors={errors} stacked />
      <div>
        <Button type="submit" variant="outline" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <CalendarClock />}
          {t("reschedule")}
        </Button>
      </div>
      <ActionOutcome state={state} />
    </form>
  );
}

export interface NameCandidate {
  evaluationId: string;
  rank: number | null;
  name: string;
  line: string;
  score: string;
  grade: string;
  excellent: boolean;
}

/** 命名: tick who gets the title (those graded 优秀 are ticked to start with). Large rows for touch. */
export function NameForm({ action, version, candidates, titleLabel }: { action: FormAction; version: number; candidates: NameCandidate[]; titleLabel: string }) {
  const t = useTranslations("publications");
  const [picked, setPicked] = useState<string[]>(() => candidates.filter((c) => c.excellent).map((c) => c.evaluationId));
  const { state, formAction, pending, errors, onSubmit } = useCheckedAction(action);
  const ask = useConfirmBeforeSubmit({ title: t("nameTitle"), description: t("nameConfirm", { count: picked.length, title: titleLabel }), confirmLabel: t("name", { count: picked.length }) });
  return (
    <form
      action={formAction}
      className="grid gap-3"
      data-testid="name-form"
      onSubmit={(e) => {
        ask.onSubmit(e);
        if (!e.defaultPrevented) onSubmit(e);
      }}
    >
      {ask.dialog}
      <input type="hidden" name="version" value={version} />
      <ul className="grid gap-2">
        {candidates.map((c) => {
          const on = picked.includes(c.evaluationId);
          return (
            <li key={c.evaluationId}>
              <label className={cn("flex min-h-16 cursor-pointer items-center gap-3 rounded-xl border px-4 py-3", on ? "border-primary/60 bg-accent/40" : "bg-card")} data-name={c.name}>
                <input
                  type="checkbox"
                  name="evaluationIds"
                  value={c.evaluationId}
                  checked={on}
                  onChange={(e) => setPicked((p) => (e.target.checked ? [...p, c.evaluationId] : p.filter((x) => x !== c.evaluationId)))}
                  className="size-5"
                />
                <span className="w-8 text-center text-sm font-semibold text-muted-foreground">{c.rank ?? "—"}</span>
                <span className="min-w-0 flex-1">
                  <span className="block font-medium" data-user-content>
                    {c.name}
                  </span>
                  <span className="block truncate text-xs text-muted-foreground">{c.line}</span>
                </span>
                <span className="text-right text-sm">
                  <span className="block font-semibold">{c.score}</span>
                  <span className="block text-xs text-muted-foreground">{c.grade}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <FieldError errors={errors.evaluationIds} />
      <div>
        <Button type="submit" size="lg" disabled={pending || picked.length === 0}>
          {pending ? <Loader2 className="animate-spin" /> : <Award />}
          {t("name", { count: picked.length })}
        </Button>
      </div>
      <ActionOutcome state={state} />
    </form>
  );
}

/** 摘牌: withdraws a held title; the reason is required and shown wherever the title was. */
export function WithdrawTitleDialog({ titleId, version, name }: { titleId: string; version: number; name: string }) {
  const t = useTranslations("publications");
  return (
    <ReasonDialog
      action={withdrawTitleAction.bind(null, titleId)}
      version={version}
      icon={<Undo2 />}
      label={t("withdraw")}
      ariaLabel={t("withdrawNamed", { name })}
      title={t("withdrawTitle", { name })}
      description={t("withdrawHint")}
      confirm={t("withdrawConfirm")}
      destructive
      size="sm"
    />
  );
}
