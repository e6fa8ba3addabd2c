import { getTranslations } from "next-intl/server";
import { ArrowDownRight, ArrowRight, ArrowUpRight } from "@/components/icons";
import type { YearOnYear, YoyFigure } from "@/lib/dashboard/queries";
import { cn } from "@/lib/utils";

/** 同比 under a headline figure: last year's value at the same point, and the change (% or percentage points). */
export async function Yoy({ yoy, figure, format, points = false }: { yoy: YearOnYear | null; figure: YoyFigure; format: (v: number) => string; points?: boolean }) {
  const t = await getTranslations("years");
  if (!yoy) return <span className="text-muted-foreground">{t("yoyNone")}</span>;
  const { previous, change } = yoy.figures[figure];
  const Arrow = change === null || change === 0 ? ArrowRight : change > 0 ? ArrowUpRight : ArrowDownRight;
  const sign = change !== null && change > 0 ? "+" : "";
  return (
    <span className="flex flex-wrap items-center justify-between gap-x-2 gap-y-0.5" data-testid={`yoy-${figure}`}>
      <span className="text-muted-foreground">{t("yoyValue", { value: format(previous) })}</span>
      {change === null ? null : (
        <span className={cn("inline-flex items-center gap-0.5 font-medium", change > 0 ? "text-[oklch(0.45_0.12_155)]" : change < 0 ? "text-primary" : "text-muted-foreground")}>
          <Arrow className="size-3.5" aria-hidden />
          {t("yoy")} {sign}
          {change}
          {points ? t("pointsUnit") : "%"}
        </span>
      )}
    </span>
  );
}
