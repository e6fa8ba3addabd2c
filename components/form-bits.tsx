"use client";

import { startTransition, useActionState, useEffect, useRef, useState, useTransition } from "react";
import { unstable_rethrow } from "next/navigation";
import { useTranslations } from "next-intl";
import { AlertCircle } from "@/components/icons";
import type { z } from "zod";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/field-error";
import { cn } from "@/lib/utils";
import { firstValues } from "@/lib/forms/form-data";
import { type ActionResult, type FieldErrors, fieldErrorsOf, type Message, message, refuse } from "@/lib/actions/result";

/**
 * The one way a client form runs its server action. Checked first in the browser with the action's
 * own schema (when it has one): bad input stays on the page with field messages; what only the
 * server knows comes back the same way. The only reader of an action's result on the client.
 *
 * The form's `action` is the server action itself (`formAction`), so React renders a form that also
 * posts without JavaScript: the page then comes back with the answer, and `values` (the server's echo
 * of safe fields) refill what was typed. With JavaScript the submit is taken over: checked, then sent
 * through a wrapper that answers `errors.unexpected` when the action throws (the server failed, the
 * network dropped). A refused or failed submission leaves every field as the user typed it (text,
 * choices, ticked boxes, chosen files, passwords): nothing resets the form but a success.
 */
export function useCheckedAction<T = undefined>(
  action: (prev: ActionResult<T>, formData: FormData) => Promise<ActionResult<T>>,
  /** The action's schema, or one chosen by what is sent (a "submit" button checks more than "save"). */
  schema?: z.ZodType | ((data: FormData) => z.ZodType) | null,
  read: (data: FormData) => unknown = firstValues,
  /** Told of a success with JavaScript (go on to the next record); without it the page itself comes back. */
  onDone?: () => void,
) {
  // Without scripts: the browser posts to the action, and this state is what the server rendered after it.
  const [served, formAction, servedPending] = useActionState<ActionResult<T>, FormData>(action, { ok: true });
  // With scripts: the same action, its throw turned into an answer.
  const [answered, dispatch, answering] = useActionState<ActionResult<T> | null, FormData>(async (prev, formData) => {
    try {
      const result = await action(prev ?? served, formData);
      if (result.ok) onDone?.();
      return result;
    } catch (err) {
      unstable_rethrow(err); // a redirect or notFound() is the action's answer, not a failure
      return refuse("internal", "errors.unexpected");
    }
  }, null);
  const state = answered ?? served;
  const form = useRef<HTMLFormElement | null>(null);
  // A success starts the form afresh, as React does after a form action; a refusal keeps it as typed.
  useEffect(() => {
    if (answered?.ok) form.current?.reset();
  }, [answered]);
  const [clientErrors, setClientErrors] = useState<FieldErrors | null>(null);
  const errors: FieldErrors = clientErrors ?? (state.ok ? {} : (state.fieldErrors ?? {}));
  function onSubmit(e: React.FormEvent<HTMLFormElement>) {
    // React bubbles a submit along the component tree: a dialog's own form (ReasonDialog inside the review
    // form, in a portal) reaches this form's handler too, with a submitter this form does not own.
    if (e.target !== e.currentTarget) return;
    const target = e.currentTarget;
    form.current = target;
    // With the pressed button, so a form with "save" and "submit" sends (and checks) what that button sends.
    const data = new FormData(target, (e.nativeEvent as SubmitEvent).submitter);
    e.preventDefault();
    const parsed = schema ? (typeof schema === "function" ? schema(data) : schema).safeParse(read(data)) : null;
    const found: FieldErrors = { ...(parsed && !parsed.success ? fieldErrorsOf(parsed.error) : {}), ...unreadableDates(target) };
    if (Object.keys(found).length) {
      setClientErrors(found);
      const first = Object.keys(found)[0];
      if (first) target.querySelector<HTMLElement>(`[name="${first}"]`)?.focus();
      return;
    }
    setClientErrors(null);
    startTransition(() => dispatch(data));
  }
  const values = state.ok ? undefined : state.values;
  return { state, formAction, pending: answering || servedPending, errors, onSubmit, values, clientFailed: Boolean(clientErrors) };
}

/**
 * Date fields holding a day the browser cannot read (30 February typed into its date field): the
 * browser sends them empty, which the server would answer with "required" under what the user typed.
 */
function unreadableDates(form: HTMLFormElement): FieldErrors {
  const bad = Array.from(form.querySelectorAll<HTMLInputElement>("input[type=date][name]")).filter((input) => input.validity.badInput);
  return Object.fromEntries(bad.map((input) => [input.name, [message("validation.date")]]));
}

/**
 * A button's server action (move, delete, send a reminder …), read like a form's: its answer as
 * state, an action that throws as `errors.unexpected`, `onDone` told of a success.
 */
export function useButtonAction<A extends unknown[], T = undefined>(action: (...args: A) => Promise<ActionResult<T>>, onDone?: (result: ActionResult<T>) => void) {
  const [state, setState] = useState<ActionResult<T>>({ ok: true });
  const [pending, start] = useTransition();
  function run(...args: A) {
    start(async () => {
      let result: ActionResult<T>;
      try {
        // An action that redirects answers nothing: the page is already moving on.
        result = (await action(...args)) ?? { ok: true };
      } catch (err) {
        unstable_rethrow(err);
        result = refuse("internal", "errors.unexpected");
      }
      setState(result);
      if (result.ok) onDone?.(result);
    });
  }
  return { state, pending, run, clear: () => setState({ ok: true }) };
}

/** A refusal's message as a one-line field error (for a small control where an alert box would not fit). */
export function InlineRefusal({ state }: { state: ActionResult<unknown> }) {
  return <FieldError errors={!state.ok && state.message ? [state.message] : undefined} />;
}

export function FormAlert({ state, fixErrors, testId }: { state: ActionResult<unknown>; fixErrors?: boolean; testId?: string }) {
  const t = useTranslations();
  const shown = !state.ok && state.message ? state.message : fixErrors ? message("common.fixErrors") : null;
  if (!shown) return null;
  return (
    <Alert variant="destructive" data-testid={testId}>
      <AlertCircle />
      <AlertDescription>{t(shown.key, shown.values)}</AlertDescription>
    </Alert>
  );
}

/** A one-button action's answer: its success message as a status line, or its refusal as an alert. */
export function ActionOutcome({ state }: { state: ActionResult }) {
  const t = useTranslations();
  if (state.ok && state.message)
    return (
      <p role="status" className="text-sm text-[oklch(0.45_0.12_155)]" data-testid="form-status">
        {t(state.message.key, state.message.values)}
      </p>
    );
  if (state.ok || !state.message) return null;
  return (
    <Alert variant="destructive" data-testid="form-error">
      <AlertCircle />
      <AlertDescription>{t(state.message.key, state.message.values)}</AlertDescription>
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
  errors?: Message[];
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
