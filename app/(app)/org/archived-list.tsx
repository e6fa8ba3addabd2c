import { getFormatter, getTranslations } from "next-intl/server";
import { Archive } from "@/components/icons";
import type { ArchivedOrgRow } from "@/lib/org/queries";
import { RestoreOrgButton } from "./org-buttons";

/** Archived units or teams, folded away under the list, each with a restore button. */
export async function ArchivedList({ rows, level }: { rows: ArchivedOrgRow[]; level: "unit" | "team" }) {
  if (!rows.length) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <details className="mt-8 rounded-xl border bg-card" data-testid="archived-orgs">
      <summary className="flex min-h-12 cursor-pointer items-center gap-2 px-4 text-sm text-muted-foreground">
        <Archive className="size-4" />
        {level === "unit" ? t("org.archivedUnits", { count: rows.length }) : t("org.archivedTeams", { count: rows.length })}
      </summary>
      <ul className="divide-y border-t">
        {rows.map((r) => (
          <li key={r.id} className="flex flex-wrap items-center gap-3 px-4 py-3">
            <div className="min-w-0 flex-1">
              <div className="font-medium">{r.name}</div>
              <div className="text-xs text-muted-foreground">
                {r.level === "unit" ? t(`enums.unitKind.${r.unitKind ?? "enterprise"}`) : t(`enums.teamKind.${r.teamKind ?? "team"}`)} ·{" "}
                {t("org.archivedOn", { date: format.dateTime(r.archivedAt, { dateStyle: "medium" }) })}
              </div>
            </div>
            <RestoreOrgButton id={r.id} />
          </li>
        ))}
      </ul>
    </details>
  );
}
