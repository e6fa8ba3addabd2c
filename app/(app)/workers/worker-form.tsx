"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { Loader2, Save } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select-native";
import { ChoiceChips, Field, FormAlert, useCheckedAction } from "@/components/form-bits";
import { EDUCATION_LEVELS, GENDERS, SKILL_LEVELS } from "@/lib/domain/enums";
import { readWorkerForm, workerInputSchema, type WORKER_FORM_FIELDS } from "@/lib/workers/schemas";
import type { ActionResult } from "@/lib/actions/result";

type Key = (typeof WORKER_FORM_FIELDS)[number];

/** The worker form of a union: add a worker, or edit one (moving it between teams is choosing another team). */
export function WorkerForm({
  action,
  defaults,
  teams,
  version,
  cancelHref,
}: {
  action: (prev: ActionResult, formData: FormData) => Promise<ActionResult>;
  defaults: Partial<Record<Key, string | null>>;
  teams: { id: string; name: string }[];
  version?: number;
  cancelHref: string;
}) {
  const t = useTranslations();
  const { state, formAction, pending, errors, onSubmit, values, clientFailed } = useCheckedAction(action, workerInputSchema, readWorkerForm);
  const v = (k: Key) => values?.[k] ?? defaults[k] ?? "";
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="grid gap-5" aria-label={t("workers.form.title")}>
      {version !== undefined ? <input type="hidden" name="version" value={version} /> : null}
      <FormAlert state={state} fixErrors={clientFailed} />
      <div className="grid gap-5 rounded-xl border bg-card p-4 sm:grid-cols-2 sm:p-6">
        <Field name="name" label={t("workers.col.name")} required errors={errors.name}>
          <Input id="name" name="name" defaultValue={v("name")} maxLength={40} autoComplete="off" aria-invalid={Boolean(errors.name)} />
        </Field>
        <Field name="employeeNo" label={t("workers.col.employeeNo")} required errors={errors.employeeNo} hint={t("workers.form.employeeNoHint")}>
          <Input id="employeeNo" name="employeeNo" defaultValue={v("employeeNo")} maxLength={40} autoCapitalize="characters" autoComplete="off" spellCheck={false} aria-invalid={Boolean(errors.employeeNo)} />
        </Field>
        <Field name="teamId" label={t("workers.col.team")} required errors={errors.teamId} className="sm:col-span-2">
          <NativeSelect id="teamId" name="teamId" defaultValue={v("teamId")} aria-invalid={Boolean(errors.teamId)}>
            <option value="">{t("records.choose")}</option>
            {teams.map((team) => (
              <option key={team.id} value={team.id}>
                {team.name}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field name="gender" label={t("workers.col.gender")} required errors={errors.gender} htmlFor={null}>
          <ChoiceChips name="gender" defaultValue={v("gender")} options={GENDERS.map((g) => ({ value: g, label: t(`enums.gender.${g}`) }))} />
        </Field>
        <Field name="education" label={t("workers.col.education")} required errors={errors.education}>
          <NativeSelect id="education" name="education" defaultValue={v("education")} aria-invalid={Boolean(errors.education)}>
            <option value="">{t("records.choose")}</option>
            {EDUCATION_LEVELS.map((e) => (
              <option key={e} value={e}>
                {t(`enums.education.${e}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field name="skillLevel" label={t("workers.col.skillLevel")} errors={errors.skillLevel}>
          <NativeSelect id="skillLevel" name="skillLevel" defaultValue={v("skillLevel") || "none"} aria-invalid={Boolean(errors.skillLevel)}>
            {SKILL_LEVELS.map((s) => (
              <option key={s} value={s}>
                {t(`enums.skillLevel.${s}`)}
              </option>
            ))}
          </NativeSelect>
        </Field>
        <Field name="post" label={t("workers.col.post")} errors={errors.post}>
          <Input id="post" name="post" defaultValue={v("post")} maxLength={40} aria-invalid={Boolean(errors.post)} />
        </Field>
        <Field name="birthDate" label={t("workers.col.birthDate")} errors={errors.birthDate}>
          <Input id="birthDate" name="birthDate" type="date" defaultValue={v("birthDate")} aria-invalid={Boolean(errors.birthDate)} />
        </Field>
      </div>
      <div className="flex gap-2 sm:justify-end">
        <Button asChild variant="ghost" size="lg" className="flex-1 sm:flex-none">
          <Link href={cancelHref}>{t("common.cancel")}</Link>
        </Button>
        <Button type="submit" size="lg" className="flex-1 sm:flex-none" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Save />}
          {t("common.save")}
        </Button>
      </div>
    </form>
  );
}
