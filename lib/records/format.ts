import { formatNumber } from "@/lib/format";
import type { NumberUnit } from "./kinds";
import type { Translate } from "@/lib/i18n/translate";


/** A figure with its unit, as users read them: 2.5 学时, 35 人次, 1.42 万元. */
export function formatFigure(value: number | null | undefined, unit: NumberUnit, t: Translate, locale: string): string {
  if (value === null || value === undefined) return "—";
  const num = (n: number, digits = 0) => formatNumber(n, locale, digits);
  if (unit === "yuan") {
    // Chinese readers count money in 万元; English readers get the full amount.
    return locale.startsWith("zh") && Math.abs(value) >= 10_000
      ? t("figure.tenThousandYuan", { value: num(value / 10_000, 2) })
      : t("figure.yuan", { value: num(value, 2) });
  }
  return t(`figure.${unit}`, { value: num(value, unit === "hours" ? 1 : 0) });
}
