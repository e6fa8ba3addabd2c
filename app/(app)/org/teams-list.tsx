import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";

import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listLayout } from "@/lib/http/device";
import type { TeamRow } from "@/lib/org/queries";

/** Teams with their leader and roster size: a table, or tappable cards on phones. */
export async function TeamsList({ rows, showUnit = false }: { rows: TeamRow[]; showUnit?: boolean }) {
  const [t, format, layout] = await Promise.all([getTranslations(), getFormatter(), listLayout()]);
  const lastSeen = (d: Date | null) => (d ? format.relativeTime(d) : t("org.neverSignedIn"));
  return layout === "table" ? (
    <div className="overflow-hidden rounded-xl border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("org.col.team")}</TableHead>
            {showUnit ? <TableHead>{t("org.col.unit")}</TableHead> : null}
            <TableHead>{t("org.col.teamKind")}</TableHead>
            <TableHead>{t("org.col.leader")}</TableHead>
            <TableHead className="text-right">{t("org.col.workers")}</TableHead>
            <TableHead>{t("org.col.leaderLastLogin")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((team) => (
            <TableRow key={team.id}>
              <TableCell className="font-medium">
                <Link href={`/org/${team.id}`} className="link">
                  {team.name}
                </Link>
              </TableCell>
              {showUnit ? <TableCell>{team.unitName}</TableCell> : null}
              <TableCell>
                <Badge variant="secondary">{t(`enums.teamKind.${team.teamKind ?? "team"}`)}</Badge>
              </TableCell>
              <TableCell>{team.leaderName ?? <span className="text-muted-foreground">{t("org.noLeader")}</span>}</TableCell>
              <TableCell className="text-right">{t("units.people", { count: team.workerCount })}</TableCell>
              <TableCell className="text-muted-foreground">{lastSeen(team.leaderLastLoginAt)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  ) : (
    <ul className="grid grid-cols-1 gap-2">
      {rows.map((team) => (
        <li key={team.id}>
          <Link href={`/org/${team.id}`} className="flex min-h-16 items-center gap-3 rounded-xl border bg-card px-4 py-3 active:bg-secondary">
            <div className="min-w-0 flex-1">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate font-medium">{team.name}</span>
                <Badge variant="secondary">{t(`enums.teamKind.${team.teamKind ?? "team"}`)}</Badge>
              </div>
              <div className="mt-0.5 text-xs text-muted-foreground">
                {showUnit ? `${team.unitName} · ` : ""}
                {team.leaderName ?? t("org.noLeader")} · {t("units.people", { count: team.workerCount })}
              </div>
              {/* The table's last column: a leader who never signs in is the union's first thing to chase. */}
              {team.leaderName ? (
                <div className="mt-0.5 text-xs text-muted-foreground" data-testid="leader-seen">
                  {team.leaderLastLoginAt ? t("org.leaderSeen", { when: format.relativeTime(team.leaderLastLoginAt) }) : t("org.leaderNeverSeen")}
                </div>
              ) : null}
            </div>
            <span className="chevron" aria-hidden="true" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
