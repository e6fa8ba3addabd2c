"use client";

import { useActionState, useRef } from "react";
import { useTranslations } from "next-intl";
import { CheckCircle2, Loader2 } from "@/components/icons";
import { login } from "@/lib/auth/actions";
import type { DemoAccount } from "@/lib/auth/demo-accounts";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { FieldError } from "@/components/field-error";
import { FormAlert } from "@/components/form-bits";
import type { ActionResult } from "@/lib/actions/result";

const DEMO_PASSWORD = "demo12345";

export function LoginForm({ demoAccounts, notice }: { demoAccounts: DemoAccount[]; notice?: string }) {
  const t = useTranslations();
  // The server action itself, not wrapped by the form hook: React then renders the form so it also
  // signs in without JavaScript (and raw clients post to it). A refused sign-in echoes the username;
  // the password field is cleared by React's form reset, as sign-in pages do.
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(login, { ok: true });
  const fieldErrors = state.ok ? {} : (state.fieldErrors ?? {});
  const values = state.ok ? undefined : state.values;
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  function fillDemoAccount(username: string) {
    if (usernameRef.current) usernameRef.current.value = username;
    if (passwordRef.current) passwordRef.current.value = DEMO_PASSWORD;
    passwordRef.current?.focus();
  }

  return (
    <>
      <form action={formAction} className="mt-8 space-y-5" aria-label={t("login.title")} noValidate>
        {notice && state.ok ? (
          <Alert variant="success">
            <CheckCircle2 />
            <AlertDescription>{t(notice)}</AlertDescription>
          </Alert>
        ) : null}
        <FormAlert state={state} />
        <div className="space-y-2">
          <Label htmlFor="username">{t("login.username")}</Label>
          <Input
            ref={usernameRef}
            id="username"
            name="username"
            defaultValue={values?.username ?? ""}
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            aria-invalid={Boolean(fieldErrors.username)}
            size="lg"
          />
          <FieldError errors={fieldErrors.username} />
        </div>
        <div className="space-y-2">
          <Label htmlFor="password">{t("login.password")}</Label>
          <Input
            ref={passwordRef}
            id="password"
            name="password"
            type="password"
            autoComplete="current-password"
            aria-invalid={Boolean(fieldErrors.password)}
            size="lg"
          />
          <FieldError errors={fieldErrors.password} />
        </div>
        <Button type="submit" size="lg" className="w-full" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : null}
          {t("login.submit")}
        </Button>
      </form>
      {demoAccounts.length > 0 ? (
        <section className="mt-10 rounded-xl border border-dashed bg-card p-4" aria-labelledby="demo-accounts">
          <h3 id="demo-accounts" className="text-sm font-medium">
            {t("login.demo.title")}
          </h3>
          <p className="mt-1 text-xs text-muted-foreground">{t("login.demo.hint", { password: DEMO_PASSWORD })}</p>
          <ul className="mt-3 grid gap-1.5">
            {demoAccounts.map((a) => (
              <li key={a.username}>
                <button
                  type="button"
                  onClick={() => fillDemoAccount(a.username)}
                  className="flex min-h-11 w-full items-center justify-between gap-3 rounded-md px-3 py-2 text-left text-sm hover:bg-secondary"
                >
                  <span className="font-mono font-medium">{a.username}</span>
                  <span className="truncate text-xs text-muted-foreground">
                    {t(`enums.role.${a.role}`)} · {a.orgName}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </>
  );
}
