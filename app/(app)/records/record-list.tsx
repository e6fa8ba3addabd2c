import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChevronRight } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listLayout } from "@/lib/http/device";
import { formatFigure } from "@/lib/records/format";
import { KINDS } from "@/lib/records/kinds";
import type { RecordListRow } from "@/lib/records/queries";
import { StatusBadge } from "./status-badge";

/** Records as a dense table, or as cards on phones. `select` adds checkboxes (review queue). */
export async function RecordList({ rows, select, formId }: { rows: RecordListRow[]; select?: boolean; formId?: string }) {
  const [t, locale, layout] = await Promise.all([getTranslations(), getLocale(), listLayout()]);
  const figure = (r: RecordListRow) => formatFigure(r.headline, KINDS[r.kind].headline.unit, t, locale);
  const orgOf = (r: RecordListRow) => (r.teamName ? `${r.unitName ?? ""} · ${r.teamName}` : (r.unitName ?? t("records.countyLevel")));
  const checkbox = (r: RecordListRow) =>
    select ? (
      <input
        type="checkbox"
        name="selected"
        value={`${r.id}:${r.version}`}
        form={formId}
        aria-label={t("review.select", { title: r.title })}
        className="size-5 accent-[var(--primary)]"
      />
    ) : null;
  return layout === "table" ? (
    <div className="overflow-hidden rounded-xl border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            {select ? <TableHead className="w-10" /> : null}
            <TableHead>{t("records.col.title")}</TableHead>
            <TableHead>{t("records.col.kind")}</TableHead>
            <TableHead>{t("records.col.org")}</TableHead>
            <TableHead>{t("records.col.date")}</TableHead>
            <TableHead className="text-right">{t("records.col.figure")}</TableHead>
            <TableHead>{t("records.col.status")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              {select ? <TableCell>{checkbox(r)}</TableCell> : null}
              <TableCell className="max-w-80 truncate font-medium">
                <Link href={`/records/${r.id}`} className="hover:text-primary hover:underline">
                  {r.title}
                </Link>
                {r.status === "rejected" && r.reviewNote ? <div className="truncate text-xs font-normal text-primary">{r.reviewNote}</div> : null}
              </TableCell>
              <TableCell>
                <Badge variant="secondary">{t(`enums.recordKind.${r.kind}`)}</Badge>
              </TableCell>
              <TableCell className="max-w-64 truncate text-muted-foreground">{orgOf(r)}</TableCell>
              <TableCell className="tabular-nums">{r.occurredOn}</TableCell>
              <TableCell className="text-right tabular-nums">{figure(r)}</TableCell>
              <TableCell>
                <StatusBadge status={r.status} />
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  ) : (
    <ul className="grid grid-cols-1 gap-2">
      {rows.map((r) => (
        <li key={r.id} className="flex items-stretch gap-2 rounded-xl border bg-card">
          {select ? <label className="flex items-center pl-3">{checkbox(r)}</label> : null}
          <Link href={`/records/${r.id}`} className="flex min-h-16 min-w-0 flex-1 items-center gap-3 px-4 py-3 active:bg-secondary">
            <div className="min-w-0 flex-1">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate font-medium">{r.title}</span>
                <StatusBadge status={r.status} />
              </div>
              <div className="mt-1 truncate text-xs text-muted-foreground">
                {t(`enums.recordKind.${r.kind}`)} · {r.occurredOn} · {figure(r)}
              </div>
              {r.status === "rejected" && r.reviewNote ? <div className="mt-1 truncate text-xs text-primary">{r.reviewNote}</div> : null}
            </div>
            <ChevronRight className="size-4 shrink-0 text-muted-foreground" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
