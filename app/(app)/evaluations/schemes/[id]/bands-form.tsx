"use client";

import { useTranslations } from "next-intl";
import { Check, Loader2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";
import { ActionOutcome, useCheckedAction } from "@/components/form-bits";
import type { FormAction } from "@/lib/actions/result";

const GRADES = ["excellent", "good", "pass"] as const;

/** The three grade lines; each refused field says which it is (the order check speaks of all three). */
export function BandsForm({ action, bands }: { action: FormAction; bands: { excellent: number; good: number; pass: number } }) {
  const t = useTranslations();
  const { state, formAction, pending, errors, onSubmit, values } = useCheckedAction(action);
  const label = (g: (typeof GRADES)[number]) => t("evaluations.scheme.bandFrom", { grade: t(`enums.grade.${g}`) });
  const problems = GRADES.flatMap((g) => {
    const first = errors[g]?.[0];
    if (!first) return [];
    const text = t(first.key, first.values);
    return [{ g, text: first.key === "evaluations.error.bandsOrder" ? text : t("evaluations.scheme.bandProblem", { field: label(g), problem: text }) }];
  });
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-3" noValidate>
      <div className="grid grid-cols-3 gap-2">
        {GRADES.map((g) => (
          <div key={g} className="space-y-1.5">
            <Label htmlFor={`band-${g}`}>{label(g)}</Label>
            <Input
              id={`band-${g}`}
              name={g}
              inputMode="decimal"
              defaultValue={values?.[g] ?? String(bands[g])}
              aria-invalid={Boolean(errors[g])}
              aria-describedby={errors[g] ? `band-${g}-error` : undefined}
            />
          </div>
        ))}
      </div>
      {problems.map((p) => (
        <p key={p.g} id={`band-${p.g}-error`} className="text-sm text-destructive" data-slot="field-error">
          {p.text}
        </p>
      ))}
      <div className="flex items-center gap-3">
        <Button type="submit" variant="outline" size="sm" className="h-9" disabled={pending}>
          {pending ? <Loader2 className="animate-spin" /> : <Check />}
          {t("evaluations.scheme.saveBands")}
        </Button>
        <ActionOutcome state={state} />
      </div>
    </form>
  );
}
