import { getTranslations } from "next-intl/server";
import { Search } from "@/components/icons";
import { Input } from "@/components/ui/input";
import { NativeSelect } from "@/components/ui/select-native";
import type { CurrentUser } from "@/lib/auth/current-user";
import { RECORD_KINDS, RECORD_STATUSES } from "@/lib/domain/enums";
import type { RecordListFilters } from "@/lib/records/schemas";
import { UnitTeamPickers } from "../_filters/unit-team-pickers";
import { GetSubmit } from "@/components/get-submit";

/**
 * GET filter bar shared by the record list and the review queue. Units and teams are picked with a
 * server-searched combobox (a county has thousands of teams); the other filters are plain inputs.
 */
export async function RecordFilters({
  user,
  filters,
  pick,
  showStatus,
  children,
}: {
  user: CurrentUser;
  filters: RecordListFilters;
  /** Which org pickers the filter bar shows. */
  pick: { unit: boolean; team: boolean };
  showStatus: boolean;
  /** More fields of the same GET form (the review queue's order). */
  children?: React.ReactNode;
}) {
  const t = await getTranslations();
  return (
    <form method="get" role="search" className="mb-4 grid grid-cols-1 gap-2 rounded-xl border bg-card p-3 sm:grid-cols-2 lg:flex lg:flex-wrap lg:items-center">
      <label className="relative lg:min-w-56 lg:flex-1">
        <span className="sr-only">{t("records.filter.search")}</span>
        <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
        <Input name="q" defaultValue={filters.q ?? ""} placeholder={t("records.filter.searchPlaceholder")} className="pl-9 md:h-9" />
      </label>
      <NativeSelect name="kind" defaultValue={filters.kind ?? ""} aria-label={t("records.filter.kind")} className="lg:w-40">
        <option value="">{t("records.filter.allKinds")}</option>
        {RECORD_KINDS.map((k) => (
          <option key={k} value={k}>
            {t(`enums.recordKind.${k}`)}
          </option>
        ))}
      </NativeSelect>
      {showStatus ? (
        <NativeSelect name="status" defaultValue={filters.status ?? ""} aria-label={t("records.filter.status")} className="lg:w-32">
          <option value="">{t("records.filter.allStatuses")}</option>
          {RECORD_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`enums.recordStatus.${s}`)}
            </option>
          ))}
        </NativeSelect>
      ) : null}
      <UnitTeamPickers user={user} pick={pick} unitId={filters.unit} teamId={filters.team} className={{ unit: "lg:w-44", team: "lg:w-48" }} />
      <div className="flex items-center gap-2 sm:col-span-2 lg:col-span-1">
        <Input type="date" name="from" defaultValue={filters.from ?? ""} aria-label={t("records.filter.from")} className="min-w-0 flex-1 md:h-9 lg:w-38 lg:flex-none" />
        <span className="text-muted-foreground">–</span>
        <Input type="date" name="to" defaultValue={filters.to ?? ""} aria-label={t("records.filter.to")} className="min-w-0 flex-1 md:h-9 lg:w-38 lg:flex-none" />
      </div>
      {children}
      <GetSubmit className="h-10 md:h-9">{t("common.filter")}</GetSubmit>
    </form>
  );
}
