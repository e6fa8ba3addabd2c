"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import { AlertCircle } from "lucide-react";
import type { z } from "zod";
import { fieldErrorsOf, type ActionResult } from "@/lib/forms/action-result";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/field-error";
import { cn } from "@/lib/utils";

/**
 * A server action behind a form, checked first in the browser with the action's own schema: bad input
 * stays on the page with field messages; what only the server knows comes back the same way.
 */
export function useCheckedAction<T = undefined>(
  action: (prev: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>,
  /** The action's schema, or one chosen by what is sent (a "submit" button checks more than "save"). */
  schema: z.ZodType | ((data: FormData) => z.ZodType),
  read: (data: FormData) => unknown,
) {
  const [state, formAction, pending] = useActionState<ActionResult<T>, FormData>(action, { ok: true });
  const [clientErrors, setClientErrors] = useState<Record<string, string[] | undefined> | null>(null);
  const errors: Record<string, string[] | undefined> = clientErrors ?? (state.ok ? {} : (state.fieldErrors ?? {}));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    // With the pressed button, so a form with "save" and "submit" checks what that button sends.
    const data = new FormData(e.currentTarget, (e.nativeEvent as SubmitEvent).submitter);
    const parsed = (typeof schema === "function" ? schema(data) : schema).safeParse(read(data));
    if (parsed.success) {
      setClientErrors(null);
      return;
    }
    e.preventDefault();
    const found = fieldErrorsOf(parsed.error);
    setClientErrors(found);
    const first = Object.keys(found)[0];
    if (first) e.currentTarget.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
  }
  /** After a refusal React resets the form: fields fall back to what was sent. */
  const values = state.ok ? undefined : state.values;
  return { state, formAction, pending, errors, onSubmit, values, clientFailed: Boolean(clientErrors) };
}

export function FormAlert({ state, fixErrors }: { state: ActionResult<unknown>; fixErrors?: boolean }) {
  const t = useTranslations();
  const message = !state.ok && state.message ? state.message : fixErrors ? "common.fixErrors" : null;
  if (!message) return null;
  const [key, n] = message.split("|");
  return (
    <Alert variant="destructive">
      <AlertCircle />
      <AlertDescription>{t(key!, { n: n ?? "" })}</AlertDescription>
    </Alert>
  );
}

/** A one-button action's answer: its success message as a status line, or its refusal as an alert. */
export function ActionOutcome({ state }: { state: ActionResult }) {
  const t = useTranslations();
  if (state.ok && state.message)
    return (
      <p role="status" className="text-sm text-[oklch(0.45_0.12_155)]" data-testid="form-status">
        {t(state.message)}
      </p>
    );
  if (state.ok || !state.message) return null;
  return (
    <Alert variant="destructive" data-testid="form-error">
      <AlertCircle />
      <AlertDescription>{t(state.message)}</AlertDescription>
    </Alert>
  );
}

/** A labelled form field with its first error; `data-field` lets tests and scrolling find it. */
export function Field({
  name,
  label,
  required,
  errors,
  hint,
  htmlFor,
  className,
  children,
}: {
  name: string;
  label: string;
  required?: boolean;
  errors?: string[];
  hint?: string;
  htmlFor?: string | null;
  className?: string;
  children: React.ReactNode;
}) {
  return (
    <div data-field={name} className={cn("space-y-2", className)}>
      <Label htmlFor={htmlFor === null ? undefined : (htmlFor ?? name)} id={`${name}-label`}>
        {label}
        {required ? <span className="text-primary">*</span> : null}
      </Label>
      {children}
      {hint && !errors?.length ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
      <FieldError errors={errors} />
    </div>
  );
}

/** A short choice as large tappable chips (radio buttons underneath). */
export function ChoiceChips({ name, options, defaultValue }: { name: string; options: { value: string; label: string }[]; defaultValue?: string | null }) {
  return (
    <div role="radiogroup" aria-labelledby={`${name}-label`} className="flex flex-wrap gap-2">
      {options.map((o) => (
        <label key={o.value} className="cursor-pointer">
          <input type="radio" name={name} value={o.value} defaultChecked={defaultValue === o.value} className="peer sr-only" />
          <span className="inline-flex min-h-11 items-center rounded-md border px-4 text-sm transition-colors peer-checked:border-primary peer-checked:bg-accent peer-checked:text-accent-foreground peer-focus-visible:ring-[3px] peer-focus-visible:ring-ring/40 md:min-h-10">
            {o.label}
          </span>
        </label>
      ))}
    </div>
  );
}
