"use client";

import { useTranslations } from "next-intl";
import { gradeFor, type GradeBands } from "@/lib/evaluations/engine";
import { num } from "./score-item";

/**
 * The running total and grade with the form's buttons, stuck above the phone's tab bar. On a phone
 * it is two short lines (figures, then buttons sharing the width) so bar and tabs leave most of the
 * screen to the items; `problems` counts items whose points the total cannot take as typed.
 */
export function TotalsBar({ total, vetoed, bands, label, problems = 0, children }: { total: number; vetoed: boolean; bands: GradeBands; label: string; problems?: number; children: React.ReactNode }) {
  const t = useTranslations();
  const grade = gradeFor(total, bands, vetoed);
  return (
    <div className="sticky bottom-14 z-20 -mx-4 mt-4 border-t bg-card/95 px-4 py-2 backdrop-blur lg:bottom-0 lg:-mx-8 lg:px-8 lg:py-3" data-testid="totals-bar">
      <div className="flex flex-col gap-2 lg:flex-row lg:items-center lg:gap-3">
        <div className="flex min-w-0 flex-wrap items-baseline gap-x-2 leading-tight lg:flex-1">
          <span className="hidden text-sm text-muted-foreground sm:inline">{label}</span>
          <span className="text-lg font-semibold lg:text-xl" data-testid="running-total">
            {t("evaluations.points", { value: num(total) })}
          </span>
          <span className="text-xs text-muted-foreground lg:text-sm">
            {vetoed ? t("evaluations.form.vetoed") : t("evaluations.form.gradeWouldBe", { grade: t(`enums.grade.${grade}`) })}
          </span>
          {problems > 0 ? (
            <span className="text-xs font-medium text-destructive lg:text-sm" role="status" data-testid="total-problems">
              {t("evaluations.form.overMaxInTotal", { count: problems })}
            </span>
          ) : null}
        </div>
        <div className="flex gap-2 *:flex-1 [&_button]:h-10 [&_button]:px-3 [&_button]:text-sm lg:*:flex-none lg:[&_button]:h-11 lg:[&_button]:px-4 lg:[&_button]:text-base">{children}</div>
      </div>
    </div>
  );
}
