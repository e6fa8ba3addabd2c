"use client";

import { useTranslations } from "next-intl";
import { Loader2 } from "@/components/icons";
import { changeOwnPassword } from "@/lib/account/actions";
import { changePasswordSchema } from "@/lib/auth/schemas";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Field, FormAlert, useCheckedAction } from "@/components/form-bits";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

/** The user's own password. A refusal (a wrong current password) keeps what was typed in the browser; the server never sends a password back. */
export function PasswordForm() {
  const t = useTranslations();
  const { state, formAction, pending, errors, onSubmit, clientFailed } = useCheckedAction(changeOwnPassword, changePasswordSchema);
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid max-w-md gap-4" aria-label={t("account.password.title")} noValidate>
      <FormAlert state={state} fixErrors={clientFailed} />
      {FIELDS.map((f) => (
        <Field key={f.name} name={f.name} label={t(`account.password.${f.name}`)} errors={errors[f.name]}>
          <Input id={f.name} name={f.name} type="password" autoComplete={f.autoComplete} aria-invalid={Boolean(errors[f.name])} />
        </Field>
      ))}
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? <Loader2 className="animate-spin" /> : null}
        {t("account.password.submit")}
      </Button>
    </form>
  );
}
