import { getTranslations } from "next-intl/server";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getOrgChoice } from "@/lib/org/choices";
import { OrgPicker } from "./org-picker";

/**
 * A GET filter form's unit and team pickers (the record list, the review queue, the roster): the
 * chosen ones are read back for their names, and the team picker offers the chosen unit's teams.
 */
export async function UnitTeamPickers({
  user,
  pick,
  unitId,
  teamId,
  className,
}: {
  user: CurrentUser;
  /** Which of the two this user's list is filtered by. */
  pick: { unit: boolean; team: boolean };
  unitId?: string;
  teamId?: string;
  className: { unit: string; team: string };
}) {
  const [t, unit, team] = await Promise.all([
    getTranslations(),
    pick.unit ? getOrgChoice(user, "unit", unitId) : null,
    pick.team ? getOrgChoice(user, "team", teamId) : null,
  ]);
  const labels = { search: t("filters.searchOrgs"), noMatch: t("filters.noMatch"), loading: t("filters.loading") };
  return (
    <>
      {pick.unit ? (
        <OrgPicker name="unit" level="unit" chosen={unit} labels={{ ...labels, all: t("workers.allUnits") }} ariaLabel={t("org.col.unit")} className={className.unit} />
      ) : null}
      {pick.team ? (
        <OrgPicker
          name="team"
          level="team"
          unitId={unit?.id}
          chosen={team}
          labels={{ ...labels, all: t("workers.allTeams") }}
          ariaLabel={t("org.col.team")}
          className={className.team}
        />
      ) : null}
    </>
  );
}
