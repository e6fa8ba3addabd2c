"use client";

import { Link } from "@/components/ui/link";
import { Clock } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import type { RecordStatus } from "@/lib/domain/enums";
import { RECORD_STATUS_VARIANT } from "./status-variant";

/**
 * One record of a list as its row shows it, every text already translated and formatted on the server.
 * A row is a client component given these few strings because a server-rendered row is sent twice:
 * as HTML and again in the RSC payload, where each cell is spelled out as an element (~1 KB a row).
 * As props, the payload carries only the strings (~0.4 KB); the HTML is the same.
 */
export interface RecordRowView {
  href: string;
  title: string;
  /** A rejected record's reason. */
  note: string | null;
  kind: string;
  org: string;
  date: string;
  figure: string;
  status: RecordStatus;
  statusLabel: string;
  /** How long it has waited for review (the review queue), as the layout words it. */
  waited?: string;
  /** The review queue's checkbox: the record and version it ticks, in the batch form `formId`. */
  select?: { value: string; label: string; formId?: string };
}

function StatusBadge({ row }: { row: RecordRowView }) {
  return (
    <Badge variant={RECORD_STATUS_VARIANT[row.status]} data-status={row.status}>
      {row.statusLabel}
    </Badge>
  );
}

function Checkbox({ select }: { select: NonNullable<RecordRowView["select"]> }) {
  return <input type="checkbox" name="selected" value={select.value} form={select.formId} aria-label={select.label} className="size-5" />;
}

/** A row of the desktop table (record-list.tsx draws its head). */
export function RecordTableRow({ row }: { row: RecordRowView }) {
  return (
    <tr>
      {row.select ? (
        <td>
          <Checkbox select={row.select} />
        </td>
      ) : null}
      <td className="cell-lead">
        <Link href={row.href} className="link">
          {row.title}
        </Link>
        {row.note ? <div className="truncate text-xs font-normal text-primary">{row.note}</div> : null}
      </td>
      <td>
        <Badge variant="secondary">{row.kind}</Badge>
      </td>
      <td className="cell-dim">{row.org}</td>
      <td>{row.date}</td>
      {row.waited !== undefined ? (
        <td className="text-muted-foreground" data-testid="waited">
          {row.waited}
        </td>
      ) : null}
      <td className="text-right">{row.figure}</td>
      <td>
        <StatusBadge row={row} />
      </td>
    </tr>
  );
}

/** A phone's card: title and status, then kind, (in the queue) org, date and figure. */
export function RecordCard({ row }: { row: RecordRowView }) {
  return (
    <li className="flex items-stretch gap-2 rounded-xl border bg-card">
      {row.select ? (
        <label className="flex items-center pl-3">
          <Checkbox select={row.select} />
        </label>
      ) : null}
      <Link href={row.href} className="flex min-h-16 min-w-0 flex-1 items-center gap-3 px-4 py-3 active:bg-secondary">
        <div className="min-w-0 flex-1">
          <div className="flex items-center justify-between gap-2">
            <span className="truncate font-medium">{row.title}</span>
            <StatusBadge row={row} />
          </div>
          <div className="mt-1 truncate text-xs text-muted-foreground">
            {row.kind} · {row.waited !== undefined ? `${row.org} · ` : ""}
            {row.date} · {row.figure}
          </div>
          {row.waited !== undefined ? (
            <div className="mt-1 flex items-center gap-1 text-xs text-muted-foreground" data-testid="waited">
              <Clock className="size-3" aria-hidden="true" />
              {row.waited}
            </div>
          ) : null}
          {row.note ? <div className="mt-1 truncate text-xs text-primary">{row.note}</div> : null}
        </div>
        <span className="chevron" aria-hidden="true" />
      </Link>
    </li>
  );
}
