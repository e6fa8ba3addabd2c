import { getTranslations } from "next-intl/server";
import { Label } from "@/components/ui/label";
import { NativeSelect } from "@/components/ui/select-native";
import { UNIT_KINDS, type AutoMetric } from "@/lib/domain/enums";
import type { RankingFilters as Filters } from "@/lib/rankings/schemas";
import { GetSubmit } from "@/components/get-submit";

/** What to rank by, and (for whoever ranks units) which kinds of unit and industries: a plain GET form. */
export async function RankingFilters({ year, filters, metrics, industries, byUnit }: { year: number; filters: Filters; metrics: readonly AutoMetric[]; industries: string[]; byUnit: boolean }) {
  const t = await getTranslations();
  return (
    <form method="get" action="/rankings" className="mb-4 grid grid-cols-2 gap-3 rounded-xl border bg-card p-3 sm:flex sm:flex-wrap sm:items-end" role="search">
      <input type="hidden" name="year" value={year} />
      <input type="hidden" name="level" value={filters.level} />
      <div className="col-span-2 grid gap-1.5 sm:w-56">
        <Label htmlFor="rank-by">{t("rankings.rankBy")}</Label>
        <NativeSelect id="rank-by" name="by" defaultValue={filters.by}>
          <option value="score">{t("rankings.byScore")}</option>
          {metrics.map((m) => (
            <option key={m} value={m}>
              {t(`enums.autoMetric.${m}`)}
            </option>
          ))}
        </NativeSelect>
      </div>
      <div className="col-span-2 grid gap-1.5 sm:w-40">
        <Label htmlFor="rank-window">{t("rankings.window.label")}</Label>
        <NativeSelect id="rank-window" name="window" defaultValue={filters.window ?? "year"}>
          <option value="year">{t("rankings.window.year", { year })}</option>
          <option value="12m">{t("rankings.window.12m")}</option>
        </NativeSelect>
      </div>
      {byUnit ? (
        <>
          <div className="grid gap-1.5 sm:w-40">
            <Label htmlFor="rank-kind">{t("rankings.col.unitKind")}</Label>
            <NativeSelect id="rank-kind" name="unitKind" defaultValue={filters.unitKind ?? ""}>
              <option value="">{t("rankings.allKinds")}</option>
              {UNIT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`enums.unitKind.${k}`)}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="grid gap-1.5 sm:w-44">
            <Label htmlFor="rank-industry">{t("rankings.col.industry")}</Label>
            <NativeSelect id="rank-industry" name="industry" defaultValue={filters.industry ?? ""}>
              <option value="">{t("rankings.allIndustries")}</option>
              {industries.map((i) => (
                <option key={i} value={i}>
                  {i}
                </option>
              ))}
            </NativeSelect>
          </div>
        </>
      ) : null}
      <GetSubmit className="col-span-2 h-10 sm:h-9">{t("common.filter")}</GetSubmit>
    </form>
  );
}
