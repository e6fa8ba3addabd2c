"use client";

import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { AlertCircle, ArrowDown, ArrowUp, Check, Copy, Loader2, Pencil, Plus, Send, Trash2 } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select-native";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/field-error";
import { useConfirmBeforeSubmit, useConfirmDialog } from "@/components/confirm-submit";
import { AUTO_MAPPINGS, type AutoMetric, type EvaluationTarget } from "@/lib/domain/enums";
import { metricsFor, type AutoRule } from "@/lib/evaluations/engine";
import {
  addIndicatorAction,
  copySchemeAction,
  deleteDraftSchemeAction,
  deleteIndicatorAction,
  deleteItemAction,
  moveIndicatorAction,
  moveItemAction,
  publishSchemeAction,
  renameIndicatorAction,
  saveItemAction,
  updateBandsAction,
} from "@/lib/evaluations/scheme-actions";
import { itemInputSchema, readItemForm } from "@/lib/evaluations/schemas";
import type { ActionResult } from "@/lib/forms/action-result";

function Problem({ state }: { state: ActionResult }) {
  const t = useTranslations();
  if (state.ok || !state.message) return null;
  const [key, n] = state.message.split("|");
  return (
    <Alert variant="destructive" data-testid="scheme-error">
      <AlertCircle />
      <AlertDescription>{t(key!, { n: n ?? "" })}</AlertDescription>
    </Alert>
  );
}

/** Up / down / delete buttons for an indicator or item; deleting asks first. */
function RowControls({ onMove, onDelete, label, confirmText }: { onMove: (d: "up" | "down") => Promise<ActionResult>; onDelete: () => Promise<ActionResult>; label: string; confirmText: string }) {
  const t = useTranslations("evaluations.scheme");
  const [pending, start] = useTransition();
  const [error, setError] = useState<string | null>(null);
  const confirmDelete = useConfirmDialog();
  const act = (fn: () => Promise<ActionResult>) =>
    start(async () => {
      const r = await fn();
      setError(r.ok ? null : (r.message ?? "errors.unexpected"));
    });
  return (
    <div className="flex items-center gap-0.5">
      <Button type="button" variant="ghost" size="icon" className="size-9" disabled={pending} aria-label={t("moveUp", { name: label })} onClick={() => act(() => onMove("up"))}>
        <ArrowUp />
      </Button>
      <Button type="button" variant="ghost" size="icon" className="size-9" disabled={pending} aria-label={t("moveDown", { name: label })} onClick={() => act(() => onMove("down"))}>
        <ArrowDown />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="size-9 text-muted-foreground hover:text-destructive"
        disabled={pending}
        aria-label={t("delete", { name: label })}
        onClick={() => confirmDelete.ask({ title: t("delete", { name: label }), description: confirmText, confirmLabel: t("deleteConfirm"), destructive: true }, () => act(onDelete))}
      >
        <Trash2 />
      </Button>
      {error ? <ErrorText keyText={error} /> : null}
      {confirmDelete.dialog}
    </div>
  );
}

function ErrorText({ keyText }: { keyText: string }) {
  const t = useTranslations();
  const [key, n] = keyText.split("|");
  return <span className="text-xs text-destructive">{t(key!, { n: n ?? "" })}</span>;
}

export function IndicatorControls({ schemeId, indicatorId, name }: { schemeId: string; indicatorId: string; name: string }) {
  const t = useTranslations("evaluations.scheme");
  return (
    <div className="flex items-center gap-0.5">
      <NameDialog
        action={renameIndicatorAction.bind(null, schemeId, indicatorId)}
        title={t("renameIndicator")}
        initial={name}
        trigger={
          <Button type="button" variant="ghost" size="icon" className="size-9" aria-label={t("renameIndicatorNamed", { name })}>
            <Pencil />
          </Button>
        }
      />
      <RowControls
        label={name}
        confirmText={t("confirmDeleteIndicator", { name })}
        onMove={(d) => moveIndicatorAction(schemeId, indicatorId, d)}
        onDelete={() => deleteIndicatorAction(schemeId, indicatorId)}
      />
    </div>
  );
}

export function ItemControls({ schemeId, itemId, name }: { schemeId: string; itemId: string; name: string }) {
  const t = useTranslations("evaluations.scheme");
  return <RowControls label={name} confirmText={t("confirmDeleteItem", { name })} onMove={(d) => moveItemAction(schemeId, itemId, d)} onDelete={() => deleteItemAction(schemeId, itemId)} />;
}

type FormAction = (prev: ActionResult, fd: FormData) => Promise<ActionResult>;

/** On a refusal the typed text rides along in `values`: React resets the form, to defaults that show it again. */
function keepingValues(action: FormAction): FormAction {
  return async (prev, fd) => {
    const r = await action(prev, fd);
    if (r.ok) return r;
    const values: Record<string, string> = {};
    for (const [k, v] of fd) if (typeof v === "string" && !(k in values)) values[k] = v;
    return { ...r, values };
  };
}

/** A dialog's form: its action's result, closing the dialog once the action succeeds. */
function useDialogForm(action: FormAction) {
  const [open, setOpen] = useState(false);
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(async (prev, fd) => {
    const r = await keepingValues(action)(prev, fd);
    if (r.ok) setOpen(false);
    return r;
  }, { ok: true });
  return { open, setOpen, state, formAction, pending };
}

/** The foot of a dialog's form: the server's refusal, if any, above Save. */
function SaveFooter({ state, pending }: { state: ActionResult; pending: boolean }) {
  const t = useTranslations("evaluations.scheme");
  return (
    <>
      <Problem state={state} />
      <DialogFooter>
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Check />}
          {t("save")}
        </Button>
      </DialogFooter>
    </>
  );
}

/** A one-field dialog: add an indicator or rename one. */
function NameDialog({ action, title, initial, trigger }: { action: FormAction; title: string; initial: string; trigger: React.ReactNode }) {
  const t = useTranslations();
  const { open, setOpen, state, formAction, pending } = useDialogForm(action);
  const errors = state.ok ? undefined : state.fieldErrors;
  const typed = state.ok ? undefined : state.values;
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <form action={formAction} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{title}</DialogTitle>
          </DialogHeader>
          <div className="space-y-2">
            <Label htmlFor="indicator-name">{t("evaluations.scheme.indicatorName")}</Label>
            <Input id="indicator-name" name="name" defaultValue={typed?.name ?? initial} maxLength={50} aria-invalid={Boolean(errors?.name)} />
            <FieldError errors={errors?.name} />
          </div>
          <SaveFooter state={state} pending={pending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

export function AddIndicator({ schemeId }: { schemeId: string }) {
  const t = useTranslations("evaluations.scheme");
  return (
    <NameDialog
      action={addIndicatorAction.bind(null, schemeId)}
      title={t("addIndicator")}
      initial=""
      trigger={
        <Button type="button" variant="outline" size="lg">
          <Plus />
          {t("addIndicator")}
        </Button>
      }
    />
  );
}

export interface ItemDefaults {
  id: string;
  name: string;
  maxPoints: number;
  guidance: string;
  evidence: string;
  veto: boolean;
  rule: AutoRule | null;
}

const MAX_STEPS = 6;

/** Adds an item to an indicator, or edits one: points, guidance, evidence, manual or auto with its rule, veto. */
export function ItemDialog({ schemeId, indicatorId, target, item }: { schemeId: string; indicatorId: string; target: EvaluationTarget; item?: ItemDefaults }) {
  const t = useTranslations();
  const { open, setOpen, state, formAction, pending } = useDialogForm((prev, fd) => saveItemAction(schemeId, indicatorId, item?.id ?? null, prev, fd));
  const [mode, setMode] = useState<"manual" | "auto">(item?.rule ? "auto" : "manual");
  const [mapping, setMapping] = useState<string>(item?.rule?.mapping ?? "thresholds");
  const initialSteps = item?.rule?.mapping === "thresholds" ? item.rule.steps : [];
  const [stepCount, setStepCount] = useState(Math.max(3, initialSteps.length));
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const errors = clientErrors ?? (state.ok ? undefined : state.fieldErrors);
  const metrics = metricsFor(target);

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const parsed = itemInputSchema(target).safeParse(readItemForm(new FormData(e.currentTarget)));
    if (!parsed.success) {
      e.preventDefault();
      const found: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (found[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
      setClientErrors(found);
      return;
    }
    setClientErrors(null);
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        setClientErrors(null);
      }}
    >
      <DialogTrigger asChild>
        {item ? (
          <Button type="button" variant="ghost" size="icon" className="size-9" aria-label={t("evaluations.scheme.editItemNamed", { name: item.name })}>
            <Pencil />
          </Button>
        ) : (
          <Button type="button" variant="outline" size="sm" className="h-9">
            <Plus />
            {t("evaluations.scheme.addItem")}
          </Button>
        )}
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")} className="max-h-[90dvh] max-w-2xl overflow-y-auto">
        <form action={formAction} onSubmit={onSubmit} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>{item ? t("evaluations.scheme.editItem") : t("evaluations.scheme.addItem")}</DialogTitle>
            <DialogDescription>{t("evaluations.scheme.itemHint")}</DialogDescription>
          </DialogHeader>
          <div className="grid gap-4 sm:grid-cols-[1fr_8rem]">
            <div className="space-y-2">
              <Label htmlFor="item-name">{t("evaluations.scheme.itemName")}</Label>
              <Input id="item-name" name="name" defaultValue={item?.name} maxLength={100} aria-invalid={Boolean(errors?.name)} />
              <FieldError errors={errors?.name} />
            </div>
            <div className="space-y-2">
              <Label htmlFor="item-max">{t("evaluations.scheme.maxPoints")}</Label>
              <Input id="item-max" name="maxPoints" inputMode="decimal" defaultValue={item ? String(item.maxPoints) : ""} aria-invalid={Boolean(errors?.maxPoints)} />
              <FieldError errors={errors?.maxPoints} />
            </div>
          </div>
          <div className="space-y-2">
            <Label htmlFor="item-guidance">{t("evaluations.scheme.guidance")}</Label>
            <Textarea id="item-guidance" name="guidance" rows={3} defaultValue={item?.guidance} maxLength={1000} />
            <FieldError errors={errors?.guidance} />
          </div>
          <div className="space-y-2">
            <Label htmlFor="item-evidence">{t("evaluations.scheme.evidence")}</Label>
            <Input id="item-evidence" name="evidence" defaultValue={item?.evidence} maxLength={200} />
            <FieldError errors={errors?.evidence} />
          </div>
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">{t("evaluations.scheme.mode")}</legend>
            <div className="flex flex-wrap gap-2">
              {(["manual", "auto"] as const).map((m) => (
                <label key={m} className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md border px-3 text-sm has-[:checked]:border-primary has-[:checked]:bg-accent">
                  <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} className="accent-[var(--primary)]" />
                  {t(`enums.itemMode.${m}`)}
                </label>
              ))}
            </div>
          </fieldset>
          {mode === "auto" ? (
            <div className="grid gap-4 rounded-lg border bg-secondary/40 p-4">
              <div className="grid gap-4 sm:grid-cols-2">
                <div className="space-y-2">
                  <Label htmlFor="item-metric">{t("evaluations.scheme.metric")}</Label>
                  <NativeSelect id="item-metric" name="metric" defaultValue={item?.rule?.metric ?? ""} aria-invalid={Boolean(errors?.metric)}>
                    <option value="">{t("evaluations.scheme.chooseMetric")}</option>
                    {metrics.map((m: AutoMetric) => (
                      <option key={m} value={m}>
                        {t(`enums.autoMetric.${m}`)}
                      </option>
                    ))}
                  </NativeSelect>
                  <FieldError errors={errors?.metric} />
                </div>
                <div className="space-y-2">
                  <Label htmlFor="item-mapping">{t("evaluations.scheme.mapping")}</Label>
                  <NativeSelect id="item-mapping" name="mapping" value={mapping} onChange={(e) => setMapping(e.target.value)}>
                    {AUTO_MAPPINGS.map((m) => (
                      <option key={m} value={m}>
                        {t(`enums.autoMapping.${m}`)}
                      </option>
                    ))}
                  </NativeSelect>
                  <FieldError errors={errors?.mapping} />
                </div>
              </div>
              {mapping === "linear" ? (
                <div className="space-y-2 sm:max-w-xs">
                  <Label htmlFor="item-full">{t("evaluations.scheme.full")}</Label>
                  <Input id="item-full" name="full" inputMode="decimal" defaultValue={item?.rule?.mapping === "linear" ? String(item.rule.full) : ""} aria-invalid={Boolean(errors?.full)} />
                  <FieldError errors={errors?.full} />
                </div>
              ) : (
                <div className="space-y-2" data-testid="threshold-steps">
                  <p className="text-sm font-medium">{t("evaluations.scheme.steps")}</p>
                  <p className="text-xs text-muted-foreground">{t("evaluations.scheme.stepsHint")}</p>
                  <div className="grid grid-cols-2 gap-2 text-xs font-medium text-muted-foreground" aria-hidden>
                    <span>{t("evaluations.scheme.stepMinPlaceholder")}</span>
                    <span>{t("evaluations.scheme.stepPointsPlaceholder")}</span>
                  </div>
                  {Array.from({ length: stepCount }, (_, i) => (
                    <div key={i} className="grid grid-cols-2 gap-2">
                      <Input name="stepMin" inputMode="decimal" aria-label={t("evaluations.scheme.stepMin", { n: i + 1 })} placeholder={t("evaluations.scheme.stepMinPlaceholder")} defaultValue={initialSteps[i] ? String(initialSteps[i].min) : ""} />
                      <Input name="stepPoints" inputMode="decimal" aria-label={t("evaluations.scheme.stepPoints", { n: i + 1 })} placeholder={t("evaluations.scheme.stepPointsPlaceholder")} defaultValue={initialSteps[i] ? String(initialSteps[i].points) : ""} />
                    </div>
                  ))}
                  {stepCount < MAX_STEPS ? (
                    <Button type="button" variant="ghost" size="sm" onClick={() => setStepCount((n) => n + 1)}>
                      <Plus />
                      {t("evaluations.scheme.addStep")}
                    </Button>
                  ) : null}
                  <FieldError errors={errors?.steps} />
                </div>
              )}
            </div>
          ) : null}
          <label className="flex min-h-11 items-start gap-3 rounded-md border px-3 py-2.5 text-sm">
            <input type="checkbox" name="veto" defaultChecked={item?.veto} className="mt-0.5 size-4 accent-[var(--primary)]" />
            <span>
              <span className="font-medium">{t("evaluations.scheme.veto")}</span>
              <span className="block text-xs text-muted-foreground">{t("evaluations.scheme.vetoHint")}</span>
            </span>
          </label>
          <SaveFooter state={state} pending={pending} />
        </form>
      </DialogContent>
    </Dialog>
  );
}

const GRADES = ["excellent", "good", "pass"] as const;

/** The three grade lines; each refused field says which it is (the order check speaks of all three). */
export function BandsForm({ schemeId, bands }: { schemeId: string; bands: { excellent: number; good: number; pass: number } }) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(keepingValues(updateBandsAction.bind(null, schemeId)), { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  const typed = state.ok ? undefined : state.values;
  const label = (g: (typeof GRADES)[number]) => t("evaluations.scheme.bandFrom", { grade: t(`enums.grade.${g}`) });
  const problems = GRADES.flatMap((g) => {
    const first = errors?.[g]?.[0];
    if (!first) return [];
    const [key, n] = first.split("|");
    const text = t(key!, { n: n ?? "" });
    return [{ g, text: key === "evaluations.error.bandsOrder" ? text : t("evaluations.scheme.bandProblem", { field: label(g), problem: text }) }];
  });
  return (
    <form action={formAction} className="grid gap-3" noValidate>
      <div className="grid grid-cols-3 gap-2">
        {GRADES.map((g) => (
          <div key={g} className="space-y-1.5">
            <Label htmlFor={`band-${g}`}>{label(g)}</Label>
            <Input
              id={`band-${g}`}
              name={g}
              inputMode="decimal"
              defaultValue={typed?.[g] ?? String(bands[g])}
              aria-invalid={Boolean(errors?.[g])}
              aria-describedby={errors?.[g] ? `band-${g}-error` : undefined}
            />
          </div>
        ))}
      </div>
      {problems.map((p) => (
        <p key={p.g} id={`band-${p.g}-error`} className="text-sm text-destructive" data-slot="field-error">
          {p.text}
        </p>
      ))}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline" size="sm" className="h-9" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Check />}
          {t("evaluations.scheme.saveBands")}
        </Button>
        {state.ok && state.message ? <span className="text-sm text-muted-foreground">{t(state.message)}</span> : null}
      </div>
    </form>
  );
}

/** Publish (for a draft), copy to a new version or year, delete a draft. */
export function SchemeActions({
  schemeId,
  revision,
  draft,
  total,
  periods,
  currentPeriodId,
}: {
  schemeId: string;
  revision: number;
  draft: boolean;
  total: number;
  periods: { id: string; year: number }[];
  currentPeriodId: string;
}) {
  const t = useTranslations();
  const [publishState, publish, publishing] = useActionState<ActionResult, FormData>(publishSchemeAction.bind(null, schemeId), { ok: true });
  const [copyState, copy, copying] = useActionState<ActionResult, FormData>(copySchemeAction.bind(null, schemeId), { ok: true });
  const [deleting, startDelete] = useTransition();
  const [deleteError, setDeleteError] = useState<string | null>(null);
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
            action={publish}
            onSubmit={confirmPublish.onSubmit}
          >
            <input type="hidden" name="revision" value={revision} />
            <Button type="submit" size="lg" disabled={publishing}>
              {publishing ? <Loader2 className="animate-spin" /> : <Send />}
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
            <form action={copy} className="grid gap-4">
              <DialogHeader>
                <DialogTitle>{t("evaluations.scheme.copy")}</DialogTitle>
                <DialogDescription>{t("evaluations.scheme.copyHint")}</DialogDescription>
              </DialogHeader>
              <div className="space-y-2">
                <Label htmlFor="copy-period">{t("evaluations.scheme.copyTo")}</Label>
                <NativeSelect id="copy-period" name="periodId" defaultValue={currentPeriodId}>
                  {periods.map((p) => (
                    <option key={p.id} value={p.id}>
                      {t("evaluations.yearOption", { year: p.year })}
                    </option>
                  ))}
                </NativeSelect>
              </div>
              <Problem state={copyState} />
              <DialogFooter>
                <Button type="submit" disabled={copying}>
                  {copying ? <Loader2 className="animate-spin" /> : <Copy />}
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
            disabled={deleting}
            onClick={() =>
              confirmDelete.ask(
                { title: t("evaluations.scheme.deleteDraft"), description: t("evaluations.scheme.confirmDeleteDraft"), confirmLabel: t("evaluations.scheme.deleteDraft"), destructive: true },
                () =>
                  startDelete(async () => {
                    const r = await deleteDraftSchemeAction(schemeId);
                    if (!r.ok) setDeleteError(r.message ?? "errors.unexpected");
                  }),
              )
            }
          >
            <Trash2 />
            {t("evaluations.scheme.deleteDraft")}
          </Button>
        ) : null}
      </div>
      <Problem state={publishState} />
      {deleteError ? <ErrorText keyText={deleteError} /> : null}
      {confirmPublish.dialog}
      {confirmDelete.dialog}
    </div>
  );
}
