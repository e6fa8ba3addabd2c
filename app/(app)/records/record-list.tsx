import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ArrowDown, ArrowUp } from "@/components/icons";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { listLayout } from "@/lib/http/device";
import { formatFigure } from "@/lib/records/format";
import { KINDS } from "@/lib/records/kinds";
import type { RecordListRow } from "@/lib/records/queries";
import { now } from "@/lib/time";
import { RecordCard, RecordTableRow, type RecordRowView } from "./record-rows";

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
  const orgOf = (r: RecordListRow) => (r.teamName ? `${r.unitName ?? ""} · ${r.teamName}` : (r.unitName ?? t("records.countyLevel")));
  // Each row is handed to a client row as its translated strings (record-rows.tsx says why).
  const view = (r: RecordListRow): RecordRowView => ({
    href: href(r),
    title: r.title,
    note: r.status === "rejected" ? r.reviewNote : null,
    kind: t(`enums.recordKind.${r.kind}`),
    org: orgOf(r),
    date: r.occurredOn,
    figure: formatFigure(r.headline, KINDS[r.kind].headline.unit, t, locale),
    status: r.status,
    statusLabel: t(`enums.recordStatus.${r.status}`),
    ...(waiting ? { waited: layout === "table" ? waitedFor(r.submittedAt) : t("review.waitedFor", { time: waitedFor(r.submittedAt) }) } : {}),
    ...(select ? { select: { value: `${r.id}:${r.version}`, label: t("review.select", { title: r.title }), formId } } : {}),
  });
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
            <RecordTableRow key={r.id} row={view(r)} />
          ))}
        </TableBody>
      </Table>
    </div>
  ) : (
    <ul className="grid grid-cols-1 gap-2">
      {rows.map((r) => (
        <RecordCard key={r.id} row={view(r)} />
      ))}
    </ul>
  );
}
