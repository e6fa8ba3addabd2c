"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Loader2, UserRoundCheck } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/field-error";
import { FormAlert, useCheckedAction } from "@/components/form-bits";
import { nominateWorkersAction } from "@/lib/evaluations/actions";
import { cn } from "@/lib/utils";

export interface Candidate {
  id: string;
  name: string;
  post: string | null;
  /** Skill level and this year's figures, already in words. */
  line: string;
}

/** Tick workers (up to what is left of the team's limit) and nominate them: large rows for phones. */
export function NominateForm({ candidates, left }: { candidates: Candidate[]; left: number }) {
  const t = useTranslations();
  const [picked, setPicked] = useState<string[]>([]);
  const { state, formAction, pending, errors, onSubmit } = useCheckedAction(nominateWorkersAction);
  const toggle = (id: string, on: boolean) => setPicked((p) => (on ? [...p, id] : p.filter((x) => x !== id)));
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-3" data-testid="nominate-form">
      <p className="text-sm text-muted-foreground" aria-live="polite">
        {t("evaluations.nominate.picked", { count: picked.length, left })}
      </p>
      <ul className="grid gap-2 sm:grid-cols-2">
        {candidates.map((c) => {
          const on = picked.includes(c.id);
          const full = !on && picked.length >= left;
          return (
            <li key={c.id}>
              <label
                className={cn(
                  "flex min-h-16 items-center gap-3 rounded-xl border px-4 py-3 transition-colors",
                  on ? "border-primary/60 bg-accent/40" : "bg-card",
                  full ? "cursor-not-allowed opacity-60" : "cursor-pointer",
                )}
              >
                <input type="checkbox" name="workerIds" value={c.id} checked={on} disabled={full} onChange={(e) => toggle(c.id, e.target.checked)} className="size-5" />
                <span className="min-w-0 flex-1">
                  <span className="block font-medium">
                    <span data-user-content data-testid="candidate-name">
                      {c.name}
                    </span>
                    {c.post ? <span className="ml-2 text-sm font-normal text-muted-foreground">{c.post}</span> : null}
                  </span>
                  <span className="block text-xs text-muted-foreground">{c.line}</span>
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      <FormAlert state={state} />
      <div className="sticky bottom-14 z-20 -mx-4 border-t bg-card/95 px-4 py-3 backdrop-blur lg:bottom-0 lg:-mx-8 lg:px-8">
        <FieldError errors={errors.workerIds} />
        <Button type="submit" size="lg" disabled={pending || picked.length === 0}>
          {pending ? <Loader2 className="animate-spin" /> : <UserRoundCheck />}
          {t("evaluations.nominate.submit", { count: picked.length })}
        </Button>
      </div>
    </form>
  );
}
