"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Loader2, Save } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { ChoiceChips, Field, FormAlert, useCheckedAction } from "@/components/form-bits";
import { TEAM_KINDS, UNIT_KINDS } from "@/lib/domain/enums";
import { readOrgForm, teamInputSchema, unitInputSchema } from "@/lib/org/schemas";
import type { FormAction } from "@/lib/actions/result";


function Actions({ pending, cancelHref }: { pending: boolean; cancelHref: string }) {
  const t = useTranslations("common");
  return (
    <div className="flex gap-2 sm:justify-end">
      <Button asChild variant="ghost" size="lg" className="flex-1 sm:flex-none">
        <Link href={cancelHref}>{t("cancel")}</Link>
      </Button>
      <Button type="submit" size="lg" className="flex-1 sm:flex-none" disabled={pending}>
        {pending ? <Loader2 className="animate-spin" /> : <Save />}
        {t("save")}
      </Button>
    </div>
  );
}

const UNIT_FIELDS = ["name", "unitKind", "industry", "contactName", "contactPhone"] as const;

/** The unit form of an office: new unit, or edit (with the version it was read at). */
export function UnitForm({
  action,
  defaults,
  version,
  cancelHref,
}: {
  action: FormAction;
  defaults: Partial<Record<(typeof UNIT_FIELDS)[number], string | null>>;
  version?: number;
  cancelHref: string;
}) {
  const t = useTranslations();
  const { state, formAction, pending, errors, onSubmit, values, clientFailed } = useCheckedAction(action, unitInputSchema, (d) => readOrgForm(d, UNIT_FIELDS));
  const v = (k: (typeof UNIT_FIELDS)[number]) => values?.[k] ?? defaults[k] ?? "";
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid max-w-3xl gap-5" aria-label={t("org.form.unitTitle")}>
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <FormAlert state={state} fixErrors={clientFailed} />
      <div className="grid gap-5 rounded-xl border bg-card p-4 sm:grid-cols-2 sm:p-6">
        <Field name="name" label={t("org.field.unitName")} required errors={errors.name} className="sm:col-span-2">
          <Input id="name" name="name" defaultValue={v("name")} maxLength={80} aria-invalid={Boolean(errors.name)} />
        </Field>
        <Field name="unitKind" label={t("org.field.unitKind")} required errors={errors.unitKind} htmlFor={null} className="sm:col-span-2">
          <ChoiceChips name="unitKind" defaultValue={v("unitKind")} options={UNIT_KINDS.map((k) => ({ value: k, label: t(`enums.unitKind.${k}`) }))} />
        </Field>
        <Field name="industry" label={t("org.field.industry")} errors={errors.industry} hint={t("org.field.industryHint")}>
          <Input id="industry" name="industry" defaultValue={v("industry")} maxLength={60} aria-invalid={Boolean(errors.industry)} />
        </Field>
        <div className="hidden sm:block" />
        <Field name="contactName" label={t("org.field.contactName")} errors={errors.contactName}>
          <Input id="contactName" name="contactName" defaultValue={v("contactName")} maxLength={40} aria-invalid={Boolean(errors.contactName)} />
        </Field>
        <Field name="contactPhone" label={t("org.field.contactPhone")} errors={errors.contactPhone}>
          <Input id="contactPhone" name="contactPhone" type="tel" inputMode="tel" defaultValue={v("contactPhone")} maxLength={40} aria-invalid={Boolean(errors.contactPhone)} />
        </Field>
      </div>
      <Actions pending={pending} cancelHref={cancelHref} />
    </form>
  );
}

const TEAM_FIELDS = ["name", "teamKind"] as const;

/** The team form of a union: new 班组 or 科室, or edit. */
export function TeamForm({
  action,
  defaults,
  version,
  cancelHref,
}: {
  action: FormAction;
  defaults: Partial<Record<(typeof TEAM_FIELDS)[number], string | null>>;
  version?: number;
  cancelHref: string;
}) {
  const t = useTranslations();
  const { state, formAction, pending, errors, onSubmit, values, clientFailed } = useCheckedAction(action, teamInputSchema, (d) => readOrgForm(d, TEAM_FIELDS));
  const v = (k: (typeof TEAM_FIELDS)[number]) => values?.[k] ?? defaults[k] ?? "";
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid max-w-2xl gap-5" aria-label={t("org.form.teamTitle")}>
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <FormAlert state={state} fixErrors={clientFailed} />
      <div className="grid gap-5 rounded-xl border bg-card p-4 sm:p-6">
        <Field name="name" label={t("org.field.teamName")} required errors={errors.name} hint={t("org.field.teamNameHint")}>
          <Input id="name" name="name" defaultValue={v("name")} maxLength={80} aria-invalid={Boolean(errors.name)} />
        </Field>
        <Field name="teamKind" label={t("org.field.teamKind")} required errors={errors.teamKind} htmlFor={null}>
          <ChoiceChips name="teamKind" defaultValue={v("teamKind")} options={TEAM_KINDS.map((k) => ({ value: k, label: t(`enums.teamKind.${k}`) }))} />
        </Field>
      </div>
      <Actions pending={pending} cancelHref={cancelHref} />
    </form>
  );
}
