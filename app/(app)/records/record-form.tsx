"use client";

import { startTransition, useActionState, useCallback, useEffect, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { AlertCircle, FileClock, Loader2, Save, Send } from "@/components/icons";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select-native";
import { Textarea } from "@/components/ui/textarea";
import { FieldError } from "@/components/field-error";
import { useOffline } from "@/components/offline/offline-provider";
import type { RecordKind } from "@/lib/domain/enums";
import type { RecordFormOffers } from "@/lib/records/capabilities";
import { KINDS, type FieldDef } from "@/lib/records/kinds";
import type { PickableWorker } from "@/lib/records/queries";
import { readRecordForm, recordInputSchema } from "@/lib/records/schemas";
import { enqueue } from "@/lib/offline/outbox";
import { refusalOf } from "@/lib/offline/transport";
import { deleteDraft, draftsOf, offlineDb, saveDraft, type DraftRow, type Refusal } from "@/lib/offline/store";
import { chinaToday } from "@/lib/time";
import { cn } from "@/lib/utils";
import { EvidenceInput } from "./evidence-input";
import { WorkerPicker } from "./worker-picker";
import { type ActionResult, type FieldErrors, type FormAction, fieldErrorsOf, message, refuse } from "@/lib/actions/result";


/** How long typing pauses before the draft is written to the phone. */
const DRAFT_SAVE_DELAY_MS = 400;

const toFiles = (draft: DraftRow) => draft.photos.map((p) => new File([p.blob], p.name, { type: p.type }));

/**
 * The form of any record kind, laid out from lib/records/kinds.ts; checked in the browser with the action's own schema.
 * A new record (`action` absent) is kept on the phone as it is typed (a draft in IndexedDB, offered again
 * on the next visit) and goes through the outbox: sent at once when online, otherwise when the network
 * returns, exactly once by its client token. An existing record is saved by `action`. Either way a
 * refused or failed save leaves every field, attendee and photo as typed, with the message by its field.
 */
export function RecordForm({
  kind,
  offers,
  action,
  defaults: initialDefaults,
  workers,
  teams,
  version,
  existingEvidence,
  cancelHref,
  draftToken,
}: {
  kind: RecordKind;
  offers: RecordFormOffers;
  /** Saves an existing record; absent for a new one, which goes through the outbox. */
  action?: FormAction;
  defaults: Record<string, unknown>;
  workers: PickableWorker[];
  teams: { id: string; name: string }[];
  version?: number;
  existingEvidence: number;
  cancelHref: string;
  /** A draft on the phone to open at once (from the outbox's "continue editing"). */
  draftToken?: string;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const router = useRouter();
  const { userId, sendNow, refresh } = useOffline();
  const isNew = !action;
  const [state, formAction, actionPending] = useActionState<ActionResult, FormData>(async (prev, data) => {
    try {
      return await action!(prev, data);
    } catch (err) {
      // No answer (the network dropped): say so and keep the form; anything else is the error page's.
      if (err instanceof TypeError) return refuse("invalid_input", "offline.notSaved");
      throw err;
    }
  }, { ok: true });
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const [evidenceProblem, setEvidenceProblem] = useState<string | null>(null);
  // One token per record: a double-clicked or re-sent submit creates one record.
  const [clientToken, setClientToken] = useState(() => crypto.randomUUID());
  const [defaults, setDefaults] = useState(initialDefaults);
  const [initialPhotos, setInitialPhotos] = useState<File[]>([]);
  // Remounts the fields when a draft is loaded into them (they are uncontrolled).
  const [formKey, setFormKey] = useState(0);
  const [offered, setOffered] = useState<DraftRow | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [queuing, setQueuing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const photos = useRef<File[]>([]);
  const saveTimer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const pending = actionPending || queuing;

  const serverErrors = refusal?.fieldErrors ?? (state.ok ? undefined : state.fieldErrors);
  const errors: FieldErrors = { ...(clientErrors ?? serverErrors ?? {}) };
  if (evidenceProblem) errors.evidence = [message(evidenceProblem)];
  const formMessage = refusal?.message ?? (!state.ok ? state.message : undefined);
  const today = chinaToday();

  const load = useCallback((draft: DraftRow) => {
    setClientToken(draft.clientToken);
    setDefaults(draft.values);
    photos.current = toFiles(draft);
    setInitialPhotos(photos.current);
    setRefusal(draft.refusal ? refusalOf(draft.refusal) : null);
    setClientErrors(null);
    setOffered(null);
    setFormKey((k) => k + 1);
  }, []);

  // A new record: open the draft asked for, or offer the latest one of this kind.
  useEffect(() => {
    if (!isNew) return;
    let cancelled = false;
    (async () => {
      const drafts = await draftsOf(await offlineDb(), userId, kind);
      if (cancelled) return;
      const asked = draftToken ? drafts.find((d) => d.clientToken === draftToken) : undefined;
      if (asked) load(asked);
      else if (drafts[0]) setOffered(drafts[0]);
    })().catch(() => undefined);
    return () => {
      cancelled = true;
    };
  }, [isNew, userId, kind, draftToken, load]);

  const writeDraft = useCallback(async () => {
    const form = formRef.current;
    if (!isNew || !form) return;
    await saveDraft(await offlineDb(), {
      clientToken,
      userId,
      kind,
      values: readRecordForm(kind, new FormData(form)),
      photos: photos.current.map((f) => ({ name: f.name, type: f.type, blob: f })),
      updatedAt: Date.now(),
      ...(refusal ? { refusal } : {}),
    });
  }, [isNew, clientToken, userId, kind, refusal]);

  /** Typing pauses: the draft goes to the phone (after React has rendered the picker's hidden inputs). */
  const scheduleDraft = useCallback(() => {
    if (!isNew) return;
    if (saveTimer.current) clearTimeout(saveTimer.current);
    saveTimer.current = setTimeout(() => void writeDraft().catch(() => undefined), DRAFT_SAVE_DELAY_MS);
  }, [isNew, writeDraft]);

  useEffect(() => () => {
    if (saveTimer.current) clearTimeout(saveTimer.current);
  }, []);

  function validate(data: FormData): boolean {
    const parsed = recordInputSchema(kind).safeParse(readRecordForm(kind, data));
    if (parsed.success && !evidenceProblem) {
      setClientErrors(null);
      return true;
    }
    const found = parsed.error ? fieldErrorsOf(parsed.error) : {};
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) document.getElementById(`field-${first}`)?.scrollIntoView({ behavior: "smooth", block: "center" });
    return false;
  }

  /** A new record into the outbox, then (online) sent at once: opened when created, back in the form when refused. */
  async function queue(data: FormData, submit: boolean) {
    setQueuing(true);
    try {
      if (saveTimer.current) clearTimeout(saveTimer.current);
      const db = await offlineDb();
      const values = readRecordForm(kind, data);
      await enqueue(db, { clientToken, userId, kind, values, photos: photos.current.map((f) => ({ name: f.name, type: f.type, blob: f })), submit });
      await refresh();
      if (!navigator.onLine) {
        // Offline the router's fetch fails and it loads /outbox as a document, which the service worker has.
        router.push("/outbox");
        return;
      }
      await sendNow();
      const sent = await db.get("outbox", clientToken);
      if (sent?.state === "sent" && sent.recordId) {
        router.push(`/records/${sent.recordId}?saved=${submit ? (offers.submitApproves ? "approved" : "submitted") : "draft"}`);
        return;
      }
      const back = (await draftsOf(db, userId, kind)).find((d) => d.clientToken === clientToken);
      if (back?.refusal) {
        // Refused: everything stays as typed; the reason shows by its field.
        setRefusal(back.refusal);
        return;
      }
      router.push("/outbox");
    } finally {
      setQueuing(false);
    }
  }

  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    // Never the browser's own submit, and never React's form action, which clears the fields it finished with.
    e.preventDefault();
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    if (!validate(data)) return;
    setRefusal(null);
    const submit = data.get("intent") === "submit";
    if (isNew) void queue(data, submit);
    else startTransition(() => formAction(data));
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
          // The unit beside the box, not inside it: units run from 次 to "person-times", and one inside would cover long figures.
          <div className="flex items-center gap-2">
            <Input
              id={id}
              name={f.name}
              type="number"
              inputMode={f.integer ? "numeric" : "decimal"}
              step={f.step}
              defaultValue={value === undefined || value === null ? "" : String(value)}
              aria-invalid={invalid}
              className="min-w-0 flex-1"
            />
            <span className="shrink-0 text-sm text-muted-foreground">{t(`figure.label.${f.unit}`)}</span>
          </div>
        );
        break;
      case "boolean":
        control = (
          <label className="flex min-h-10 items-center gap-3 text-sm">
            <input id={id} type="checkbox" name={f.name} defaultChecked={Boolean(value)} className="size-5" />
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
    <form
      ref={formRef}
      key={formKey}
      onSubmit={onSubmit}
      onChange={scheduleDraft}
      onInput={scheduleDraft}
      noValidate
      className="pb-24 lg:pb-0"
      aria-label={t(`enums.recordKind.${kind}`)}
    >
      <input type="hidden" name="clientToken" value={clientToken} />
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      {offered ? (
        <Alert className="mb-4" data-testid="draft-offer">
          <FileClock />
          <AlertDescription className="flex flex-wrap items-center gap-3">
            <span className="flex-1">
              {t("offline.draftOffer", { at: format.dateTime(new Date(offered.updatedAt), { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" }) })}
            </span>
            <Button type="button" onClick={() => load(offered)}>
              {t("offline.continueDraft")}
            </Button>
            <Button
              type="button"
              variant="outline"
              onClick={async () => {
                await deleteDraft(await offlineDb(), offered.clientToken);
                setOffered(null);
              }}
            >
              {t("offline.discardDraft")}
            </Button>
          </AlertDescription>
        </Alert>
      ) : null}
      {formMessage ? (
        <Alert variant="destructive" className="mb-4">
          <AlertCircle />
          <AlertDescription>{t(formMessage.key, formMessage.values)}</AlertDescription>
        </Alert>
      ) : null}
      {(clientErrors && Object.keys(clientErrors).length > 0) || (!formMessage && serverErrors) ? (
        <Alert variant="destructive" className="mb-4">
          <AlertCircle />
          <AlertDescription>{t(refusal ? "offline.refusedFix" : "records.fixErrors")}</AlertDescription>
        </Alert>
      ) : null}
      <div className="grid gap-5 rounded-xl border bg-card p-4 sm:grid-cols-2 sm:p-6">
        {KINDS[kind].fields.map(field)}
        <div className="space-y-2 sm:col-span-2" id="field-evidence">
          <Label>{t("records.field.evidence")}</Label>
          <EvidenceInput
            existing={existingEvidence}
            onProblem={setEvidenceProblem}
            initial={initialPhotos}
            onFilesChange={(files) => {
              photos.current = files;
              scheduleDraft();
            }}
          />
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
