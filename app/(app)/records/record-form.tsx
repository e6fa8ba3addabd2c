"use client";

import { useActionState, useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { AlertCircle, Loader2, Save, Send } from "lucide-react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select-native";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/field-error";
import type { RecordKind } from "@/lib/domain/enums";
import type { RecordFormOffers } from "@/lib/records/capabilities";
import type { ActionResult } from "@/lib/forms/action-result";
import { KINDS, type FieldDef } from "@/lib/records/kinds";
import type { PickableWorker } from "@/lib/records/queries";
import { readRecordForm, recordInputSchema } from "@/lib/records/schemas";
import { chinaToday } from "@/lib/time";
import { cn } from "@/lib/utils";
import { EvidenceInput } from "./evidence-input";
import { WorkerPicker } from "./worker-picker";

type FormAction = (prev: ActionResult, formData: FormData) => Promise<ActionResult>;

/** The form of any record kind, laid out from lib/records/kinds.ts; checked in the browser with the action's own schema. */
export function RecordForm({
  kind,
  offers,
  action,
  defaults,
  workers,
  teams,
  version,
  existingEvidence,
  cancelHref,
}: {
  kind: RecordKind;
  offers: RecordFormOffers;
  action: FormAction;
  defaults: Record<string, unknown>;
  workers: PickableWorker[];
  teams: { id: string; name: string }[];
  version?: number;
  existingEvidence: number;
  cancelHref: string;
}) {
  const t = useTranslations();
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(action, { ok: true });
  const [clientErrors, setClientErrors] = useState<Record<string, string[]> | null>(null);
  const [evidenceProblem, setEvidenceProblem] = useState<string | null>(null);
  // One token per form: a double-clicked or re-sent submit creates one record.
  const [clientToken] = useState(() => crypto.randomUUID());
  const serverErrors = state.ok ? undefined : state.fieldErrors;
  const errors: Record<string, string[] | undefined> = { ...(clientErrors ?? serverErrors ?? {}) };
  if (evidenceProblem) errors.evidence = [evidenceProblem];
  const today = chinaToday();

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    const parsed = recordInputSchema(kind).safeParse(readRecordForm(kind, data));
    if (!parsed.success || evidenceProblem) {
      e.preventDefault();
      const found: Record<string, string[]> = {};
      for (const issue of parsed.error?.issues ?? []) (found[String(issue.path[0] ?? "_form")] ??= []).push(issue.message);
      setClientErrors(found);
      const first = Object.keys(found)[0];
      if (first) document.getElementById(`field-${first}`)?.scrollIntoView({ behavior: "smooth", block: "center" });
      return;
    }
    setClientErrors(null);
  }

  const field = (f: FieldDef) => {
    const id = `field-${f.name}`;
    const invalid = Boolean(errors[f.name]);
    const value = defaults[f.name];
    const label = t(`records.field.${f.name}`);
    const wide = f.type === "textarea" || f.type === "workers" || f.type === "multiselect" || (f.type === "text" && f.max > 60);
    let control: React.ReactNode;
    switch (f.type) {
      case "text":
        control = <Input id={id} name={f.name} defaultValue={(value as string) ?? ""} maxLength={f.max + 50} aria-invalid={invalid} />;
        break;
      case "textarea":
        control = <Textarea id={id} name={f.name} defaultValue={(value as string) ?? ""} rows={4} aria-invalid={invalid} />;
        break;
      case "date":
        control = <Input id={id} name={f.name} type="date" max={today} defaultValue={(value as string) || today} aria-invalid={invalid} />;
        break;
      case "number":
        control = (
          <div className="relative">
            <Input
              id={id}
              name={f.name}
              type="number"
              inputMode={f.integer ? "numeric" : "decimal"}
              step={f.step}
              defaultValue={value === undefined || value === null ? "" : String(value)}
              aria-invalid={invalid}
              className="pr-14"
            />
            <span className="pointer-events-none absolute right-3 top-1/2 -translate-y-1/2 text-sm text-muted-foreground">{t(`figure.label.${f.unit}`)}</span>
          </div>
        );
        break;
      case "boolean":
        control = (
          <label className="flex min-h-10 items-center gap-3 text-sm">
            <input id={id} type="checkbox" name={f.name} defaultChecked={Boolean(value)} className="size-5 accent-[var(--primary)]" />
            {t(`records.field.${f.name}Hint`)}
          </label>
        );
        break;
      case "select":
        control =
          f.options.length <= 4 ? (
            <div role="radiogroup" aria-labelledby={`${id}-label`} className="flex flex-wrap gap-2" id={id}>
              {f.options.map((o) => (
                <label key={o} className="cursor-pointer">
                  <input type="radio" name={f.name} value={o} defaultChecked={value === o} className="peer sr-only" />
                  <span className="inline-flex min-h-10 items-center rounded-md border px-3 text-sm transition-colors peer-checked:border-primary peer-checked:bg-accent peer-checked:text-accent-foreground peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/40">
                    {t(`enums.${f.optionSet}.${o}`)}
                  </span>
                </label>
              ))}
            </div>
          ) : (
            <NativeSelect id={id} name={f.name} defaultValue={(value as string) ?? ""} aria-invalid={invalid}>
              <option value="">{t("records.choose")}</option>
              {f.options.map((o) => (
                <option key={o} value={o}>
                  {t(`enums.${f.optionSet}.${o}`)}
                </option>
              ))}
            </NativeSelect>
          );
        break;
      case "multiselect":
        control = (
          <div className="flex flex-wrap gap-2" id={id} role="group" aria-labelledby={`${id}-label`}>
            {f.options.map((o) => (
              <label key={o} className="cursor-pointer">
                <input type="checkbox" name={f.name} value={o} defaultChecked={((value as string[]) ?? []).includes(o)} className="peer sr-only" />
                <span className="inline-flex min-h-10 items-center rounded-full border px-4 text-sm transition-colors peer-checked:border-primary peer-checked:bg-accent peer-checked:text-accent-foreground peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/40">
                  {t(`enums.${f.optionSet}.${o}`)}
                </span>
              </label>
            ))}
          </div>
        );
        break;
      case "workers":
        control = (
          <div id={id}>
            <WorkerPicker name={f.name} workers={workers} defaultValue={(value as string[]) ?? []} invalid={invalid} />
          </div>
        );
        break;
      case "team":
        control = (
          <NativeSelect id={id} name={f.name} defaultValue={(value as string) ?? ""} aria-invalid={invalid}>
            <option value="">{t("records.noTeam")}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </NativeSelect>
        );
        break;
    }
    if (f.type === "team" && !offers.forTeam) return null;
    const required = ("required" in f && f.required) || f.type === "date" || ((f.type === "multiselect" || f.type === "workers") && f.min > 0);
    return (
      <div key={f.name} data-field={f.name} className={cn("space-y-2", wide && "sm:col-span-2")}>
        <Label htmlFor={f.type === "select" || f.type === "multiselect" || f.type === "workers" ? undefined : id} id={`${id}-label`}>
          {label}
          {required ? <span className="text-primary">*</span> : null}
        </Label>
        {control}
        <FieldError errors={errors[f.name]} />
      </div>
    );
  };

  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="pb-24 lg:pb-0" aria-label={t(`enums.recordKind.${kind}`)}>
      <input type="hidden" name="clientToken" value={clientToken} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {!state.ok && state.message ? (
        <Alert variant="destructive" className="mb-4">
          <AlertCircle />
          <AlertDescription>{t(state.message)}</AlertDescription>
        </Alert>
      ) : null}
      {clientErrors && Object.keys(clientErrors).length > 0 ? (
        <Alert variant="destructive" className="mb-4">
          <AlertCircle />
          <AlertDescription>{t("records.fixErrors")}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-5 rounded-xl border bg-card p-4 sm:grid-cols-2 sm:p-6">
        {KINDS[kind].fields.map(field)}
        <div className="space-y-2 sm:col-span-2" id="field-evidence">
          <Label>{t("records.field.evidence")}</Label>
          <EvidenceInput existing={existingEvidence} onProblem={setEvidenceProblem} />
          <FieldError errors={errors.evidence} />
        </div>
      </div>
      <div className="fixed inset-x-0 bottom-14 z-30 flex gap-2 border-t bg-card/95 p-3 backdrop-blur lg:static lg:mt-5 lg:justify-end lg:border-0 lg:bg-transparent lg:p-0">
        <Button asChild variant="ghost" className="hidden lg:inline-flex">
          <Link href={cancelHref}>{t("common.cancel")}</Link>
        </Button>
        <Button type="submit" name="intent" value="draft" variant="outline" size="lg" className="flex-1 lg:flex-none" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Save />}
          {t("records.saveDraft")}
        </Button>
        <Button type="submit" name="intent" value="submit" size="lg" className="flex-1 lg:flex-none" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Send />}
          {offers.submitApproves ? t("records.submitOffice") : t("records.submit")}
        </Button>
      </div>
    </form>
  );
}
