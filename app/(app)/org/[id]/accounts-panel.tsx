"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { KeyRound, Loader2, Power, PowerOff, UserPlus } from "@/components/icons";
import { createAccountAction, resetPasswordAction, setAccountActiveAction } from "@/lib/accounts/actions";
import type { IssuedPassword } from "@/lib/accounts/mutations";
import { createAccountSchema } from "@/lib/accounts/schemas";
import type { Role } from "@/lib/domain/enums";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle, DialogTrigger } from "@/components/ui/dialog";
import { Input } from "@/components/ui/input";
import { ConfirmAction } from "@/components/confirm-action";
import { Field, FormAlert, useButtonAction, useCheckedAction } from "@/components/form-bits";
import { PasswordReveal } from "@/components/password-reveal";

export interface AccountView {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  locked: boolean;
  lastLogin: string;
  manageable: boolean;
}

function StatusBadge({ account }: { account: AccountView }) {
  const t = useTranslations("users.status");
  if (!account.active) return <Badge variant="secondary">{t("inactive")}</Badge>;
  if (account.locked) return <Badge variant="warning">{t("locked")}</Badge>;
  return <Badge variant="success">{t("active")}</Badge>;
}

function CreateAccountForm({ orgId, role, onDone }: { orgId: string; role: Role; onDone: () => void }) {
  const t = useTranslations();
  const { state, formAction, pending, errors, onSubmit, values, clientFailed } = useCheckedAction<IssuedPassword>(
    createAccountAction.bind(null, orgId),
    createAccountSchema,
    (d) => ({ username: d.get("username") ?? "", displayName: d.get("displayName") ?? "" }),
  );
  if (state.ok && state.data) {
    return (
      <div className="grid gap-4">
        <PasswordReveal username={state.data.username} password={state.data.password} />
        <DialogFooter>
          <Button type="button" onClick={onDone}>
            {t("users.done.close")}
          </Button>
        </DialogFooter>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-4" aria-label={t(`users.create.title.${role}`)}>
      <FormAlert state={state} fixErrors={clientFailed} />
      <Field name="username" label={t("users.col.username")} required errors={errors.username} hint={t("users.create.usernameHint")}>
        <Input id="username" name="username" defaultValue={values?.username ?? ""} autoCapitalize="none" autoComplete="off" spellCheck={false} maxLength={40} aria-invalid={Boolean(errors.username)} />
      </Field>
      <Field name="displayName" label={t("users.col.displayName")} required errors={errors.displayName}>
        <Input id="displayName" name="displayName" defaultValue={values?.displayName ?? ""} maxLength={60} aria-invalid={Boolean(errors.displayName)} />
      </Field>
      <DialogFooter>
        <Button type="submit" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <UserPlus />}
          {t("users.create.submit")}
        </Button>
      </DialogFooter>
    </form>
  );
}

function CreateAccount({ orgId, role }: { orgId: string; role: Role }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  // A fresh form (and no old password) every time the dialog opens.
  const [round, setRound] = useState(0);
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (o) setRound((r) => r + 1);
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" size="sm" className="h-11 md:h-8">
          <UserPlus />
          {t(`users.create.button.${role}`)}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader>
          <DialogTitle>{t(`users.create.title.${role}`)}</DialogTitle>
          <DialogDescription>{t("users.create.description")}</DialogDescription>
        </DialogHeader>
        <CreateAccountForm key={round} orgId={orgId} role={role} onDone={() => setOpen(false)} />
      </DialogContent>
    </Dialog>
  );
}

function ResetPassword({ account, orgId }: { account: AccountView; orgId: string }) {
  const t = useTranslations();
  const [open, setOpen] = useState(false);
  const reset = useButtonAction(resetPasswordAction);
  const issued = reset.state.ok ? reset.state.data : undefined;
  return (
    <Dialog
      open={open}
      onOpenChange={(o) => {
        setOpen(o);
        if (!o) reset.clear();
      }}
    >
      <DialogTrigger asChild>
        <Button type="button" variant="outline" size="sm" className="h-11 md:h-8">
          <KeyRound />
          {t("users.reset.button")}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t("common.close")}>
        <DialogHeader>
          <DialogTitle>{t("users.reset.title", { name: account.displayName })}</DialogTitle>
          <DialogDescription>{t("users.reset.description")}</DialogDescription>
        </DialogHeader>
        {issued ? <PasswordReveal username={issued.username} password={issued.password} /> : null}
        <FormAlert state={reset.state} />
        <DialogFooter>
          {issued ? (
            <Button type="button" onClick={() => setOpen(false)}>
              {t("users.done.close")}
            </Button>
          ) : (
            <>
              <Button type="button" variant="ghost" onClick={() => setOpen(false)}>
                {t("common.cancel")}
              </Button>
              <Button
                type="button"
                disabled={reset.pending}
                onClick={() => reset.run(account.id, orgId)}
              >
                {reset.pending ? <Loader2 className="animate-spin" /> : <KeyRound />}
                {t("users.reset.confirm")}
              </Button>
            </>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

function RowActions({ account, orgId }: { account: AccountView; orgId: string }) {
  const t = useTranslations("users");
  if (!account.manageable) return null;
  return (
    <div className="flex flex-wrap gap-2 md:justify-end">
      <ResetPassword account={account} orgId={orgId} />
      {account.active ? (
        <ConfirmAction
          size="sm"
          className="h-11 md:h-8"
          label={t("deactivate.button")}
          icon={<PowerOff />}
          title={t("deactivate.title", { name: account.displayName })}
          description={t("deactivate.description")}
          confirmLabel={t("deactivate.confirm")}
          destructive
          action={() => setAccountActiveAction(account.id, orgId, false)}
        />
      ) : (
        <ConfirmAction
          size="sm"
          className="h-11 md:h-8"
          label={t("reactivate.button")}
          icon={<Power />}
          title={t("reactivate.title", { name: account.displayName })}
          description={t("reactivate.description")}
          confirmLabel={t("reactivate.confirm")}
          action={() => setAccountActiveAction(account.id, orgId, true)}
        />
      )}
    </div>
  );
}

/** The accounts bound to one unit or team, with what the viewer may do to each. */
export function AccountsPanel({ orgId, accounts, createRole }: { orgId: string; accounts: AccountView[]; createRole: Role | null }) {
  const t = useTranslations();
  return (
    <section aria-labelledby="accounts-heading" className="mt-8" data-testid="accounts">
      <div className="mb-3 flex items-end justify-between gap-3">
        <div>
          <h2 id="accounts-heading" className="text-base font-semibold">
            {t("users.title")}
          </h2>
          <p className="mt-0.5 text-sm text-muted-foreground">{t("users.description")}</p>
        </div>
        {createRole ? <CreateAccount orgId={orgId} role={createRole} /> : null}
      </div>
      {accounts.length === 0 ? (
        <p className="rounded-xl border border-dashed px-4 py-6 text-center text-sm text-muted-foreground">{createRole ? t("users.emptyCreate") : t("users.empty")}</p>
      ) : (
        <ul className="divide-y rounded-xl border bg-card">
          {accounts.map((a) => (
            <li key={a.id} data-account={a.username} className="flex flex-col gap-3 px-4 py-3 md:flex-row md:items-center">
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <span className="font-medium">{a.displayName}</span>
                  <span className="font-mono text-xs text-muted-foreground">{a.username}</span>
                  <StatusBadge account={a} />
                </div>
                <div className="mt-0.5 text-xs text-muted-foreground">
                  {t(`enums.role.${a.role}`)} · {t("users.col.lastLogin")}: {a.lastLogin}
                </div>
              </div>
              <RowActions account={a} orgId={orgId} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
