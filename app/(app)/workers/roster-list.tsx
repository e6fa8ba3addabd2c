import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listLayout } from "@/lib/http/device";
import type { WorkerRow } from "@/lib/workers/queries";

/** The roster as a dense table, or as cards on phones. */
export async function RosterList({ rows, showTeam = true }: { rows: WorkerRow[]; showTeam?: boolean }) {
  const [t, layout] = await Promise.all([getTranslations(), listLayout()]);
  return layout === "table" ? (
    <div className="overflow-hidden rounded-xl border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead>{t("workers.col.name")}</TableHead>
            <TableHead>{t("workers.col.employeeNo")}</TableHead>
            {showTeam ? <TableHead>{t("workers.col.team")}</TableHead> : null}
            <TableHead>{t("workers.col.post")}</TableHead>
            <TableHead>{t("workers.col.gender")}</TableHead>
            <TableHead>{t("workers.col.education")}</TableHead>
            <TableHead>{t("workers.col.skillLevel")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((w) => (
            <TableRow key={w.id}>
              <TableCell className="font-medium">
                <Link href={`/workers/${w.id}`} className="link">
                  {w.name}
                </Link>
              </TableCell>
              <TableCell className="font-mono text-xs text-muted-foreground">{w.employeeNo}</TableCell>
              {showTeam ? (
                <TableCell>
                  <Link href={`/org/${w.teamId}`} className="link">
                    {w.teamName}
                  </Link>
                </TableCell>
              ) : null}
              <TableCell>{w.post ?? "—"}</TableCell>
              <TableCell>{t(`enums.gender.${w.gender}`)}</TableCell>
              <TableCell>{t(`enums.education.${w.education}`)}</TableCell>
              <TableCell>
                {w.skillLevel === "none" ? (
                  <span className="text-muted-foreground">{t("enums.skillLevel.none")}</span>
                ) : (
                  <Badge variant={w.skillLevel.includes("technician") ? "accent" : "secondary"}>{t(`enums.skillLevel.${w.skillLevel}`)}</Badge>
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  ) : (
    <ul className="grid grid-cols-1 gap-2">
      {rows.map((w) => (
        <li key={w.id}>
          <Link href={`/workers/${w.id}`} className="block rounded-xl border bg-card px-4 py-3 active:bg-secondary">
          <div className="flex items-center justify-between gap-2">
            <span className="font-medium">{w.name}</span>
            <span className="font-mono text-xs text-muted-foreground">{w.employeeNo}</span>
          </div>
          <div className="mt-1 flex flex-wrap items-center gap-x-2 gap-y-1 text-xs text-muted-foreground">
            <span>{w.post ?? "—"}</span>
            <span aria-hidden="true">·</span>
            <span>{t(`enums.education.${w.education}`)}</span>
            {w.skillLevel !== "none" ? <Badge variant="secondary">{t(`enums.skillLevel.${w.skillLevel}`)}</Badge> : null}
            {showTeam ? <span className="basis-full">{w.teamName}</span> : null}
          </div>
          </Link>
        </li>
      ))}
    </ul>
  );
}
