"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Loader2 } from "lucide-react";
import { changeOwnPassword } from "@/lib/account/actions";
import type { ActionResult } from "@/lib/forms/action-result";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/field-error";
import { FormAlert } from "@/components/form-bits";

const FIELDS = [
  { name: "currentPassword", autoComplete: "current-password" },
  { name: "newPassword", autoComplete: "new-password" },
  { name: "confirmPassword", autoComplete: "new-password" },
] as const;

export function PasswordForm() {
  const t = useTranslations();
  const [state, action, pending] = useActionState<ActionResult, FormData>(changeOwnPassword, { ok: true });
  const errors = state.ok ? undefined : state.fieldErrors;
  return (
    <form action={action} className="grid max-w-md gap-4" aria-label={t("account.password.title")} noValidate>
      <FormAlert state={state} />
      {FIELDS.map((f) => (
        <div key={f.name} className="space-y-2">
          <Label htmlFor={f.name}>{t(`account.password.${f.name}`)}</Label>
          <Input id={f.name} name={f.name} type="password" autoComplete={f.autoComplete} aria-invalid={Boolean(errors?.[f.name])} />
          <FieldError errors={errors?.[f.name]} />
        </div>
      ))}
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? <Loader2 className="animate-spin" /> : null}
        {t("account.password.submit")}
      </Button>
    </form>
  );
}
