import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import {ArrowDown, ArrowUp, Clock} from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listLayout } from "@/lib/http/device";
import { formatFigure } from "@/lib/records/format";
import { KINDS } from "@/lib/records/kinds";
import type { RecordListRow } from "@/lib/records/queries";
import { now } from "@/lib/time";
import { recordStatusBadge } from "./status-badge";

/** A column a list may sort by: the link that sorts it, and whether (and which way) it is sorted now. */
export type SortLink = { href: string; sorted: "ascending" | "descending" | null };
type SortableColumn = "kind" | "org" | "date" | "waiting";

/** How long a record has waited since it was submitted, in the largest unit that says it. */
function waited(t: Awaited<ReturnType<typeof getTranslations>>, since: Date | null): string {
  if (!since) return "—";
  const hours = Math.floor((now().getTime() - since.getTime()) / 3_600_000);
  if (hours < 1) return t("review.waitedUnderHour");
  return hours < 48 ? t("review.waitedHours", { count: hours }) : t("review.waitedDays", { count: Math.floor(hours / 24) });
}

/**
 * Records as a dense table, or as cards on phones. `select` adds checkboxes and `waiting` the time
 * since submission (review queue); `sort` turns column heads into sort links; `linkQuery` goes on
 * every record link (the queue's filters and order, so the record page can walk the queue).
 */
export async function RecordList({
  rows,
  select,
  formId,
  waiting,
  sort,
  linkQuery,
}: {
  rows: RecordListRow[];
  select?: boolean;
  formId?: string;
  waiting?: boolean;
  sort?: Partial<Record<SortableColumn, SortLink>>;
  linkQuery?: string;
}) {
  const [t, locale, layout] = await Promise.all([getTranslations(), getLocale(), listLayout()]);
  const href = (r: RecordListRow) => (linkQuery ? `/records/${r.id}?${linkQuery}` : `/records/${r.id}`);
  const head = (column: SortableColumn, label: string, className?: string) => {
    const link = sort?.[column];
    if (!link) return <TableHead className={className}>{label}</TableHead>;
    const Arrow = link.sorted === "descending" ? ArrowDown : ArrowUp;
    return (
      <TableHead className={className} aria-sort={link.sorted ?? undefined}>
        <Link href={link.href} className="inline-flex min-h-9 items-center gap-1 hover:text-foreground" data-sort={column}>
          {label}
          <Arrow className={link.sorted ? "size-3.5 text-primary" : "size-3.5 opacity-30"} aria-hidden="true" />
        </Link>
      </TableHead>
    );
  };
  // Rows share a handful of "waited" labels (3 天, 18 天 …): format each once per list, not once per row.
  const waitedLabels = new Map<number, string>();
  const waitedFor = (since: Date | null) => {
    if (!since) return "—";
    const hours = Math.floor((now().getTime() - since.getTime()) / 3_600_000);
    let label = waitedLabels.get(hours);
    if (label === undefined) waitedLabels.set(hours, (label = waited(t, since)));
    return label;
  };
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
        className="size-5"
      />
    ) : null;
  return layout === "table" ? (
    <div className="overflow-hidden rounded-xl border bg-card">
      <Table>
        <TableHeader>
          <TableRow>
            {select ? <TableHead className="w-10" /> : null}
            <TableHead>{t("records.col.title")}</TableHead>
            {head("kind", t("records.col.kind"))}
            {head("org", t("records.col.org"))}
            {head("date", t("records.col.date"))}
            {waiting ? head("waiting", t("review.col.waiting")) : null}
            <TableHead className="text-right">{t("records.col.figure")}</TableHead>
            <TableHead>{t("records.col.status")}</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((r) => (
            <TableRow key={r.id}>
              {select ? <TableCell>{checkbox(r)}</TableCell> : null}
              <TableCell className="cell-lead">
                <Link href={href(r)} className="link">
                  {r.title}
                </Link>
                {r.status === "rejected" && r.reviewNote ? <div className="truncate text-xs font-normal text-primary">{r.reviewNote}</div> : null}
              </TableCell>
              <TableCell>
                <Badge variant="secondary">{t(`enums.recordKind.${r.kind}`)}</Badge>
              </TableCell>
              <TableCell className="cell-dim">{orgOf(r)}</TableCell>
              <TableCell>{r.occurredOn}</TableCell>
              {waiting ? (
                <TableCell className="text-muted-foreground" data-testid="waited">
                  {waitedFor(r.submittedAt)}
                </TableCell>
              ) : null}
              <TableCell className="text-right">{figure(r)}</TableCell>
              <TableCell>
                {recordStatusBadge(r.status, t)}
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
          <Link href={href(r)} className="flex min-h-16 min-w-0 flex-1 items-center gap-3 px-4 py-3 active:bg-secondary">
            <div className="min-w-0 flex-1">
              <div className="flex items-center justify-between gap-2">
                <span className="truncate font-medium">{r.title}</span>
                {recordStatusBadge(r.status, t)}
              </div>
              <div className="mt-1 truncate text-xs text-muted-foreground">
                {t(`enums.recordKind.${r.kind}`)} · {waiting ? `${orgOf(r)} · ` : ""}
                {r.occurredOn} · {figure(r)}
              </div>
              {waiting ? (
                <div className="mt-1 flex items-center gap-1 text-xs text-muted-foreground" data-testid="waited">
                  <Clock className="size-3" aria-hidden="true" />
                  {t("review.waitedFor", { time: waitedFor(r.submittedAt) })}
                </div>
              ) : null}
              {r.status === "rejected" && r.reviewNote ? <div className="mt-1 truncate text-xs text-primary">{r.reviewNote}</div> : null}
            </div>
            <span className="chevron" aria-hidden="true" />
          </Link>
        </li>
      ))}
    </ul>
  );
}
