"use client";

import { Link } from "@/components/ui/link";
import { Award } from "@/components/icons";
import { Badge, type BadgeVariant } from "@/components/ui/badge";
import type { EvaluationStatus } from "@/lib/domain/enums";

/**
 * What a ranking's cell shows, as data: its text (a place's name, linked to its evaluation where there
 * is one), then its badges. The table's rows are client components given these parts because a
 * server-rendered row is sent twice, as HTML and again in the RSC payload, where each element is
 * spelled out (~2 KB a place); as props the payload carries only the strings. The HTML is the same.
 */
export type RankingPart =
  | string
  /** A team's, unit's or worker's own name: user content. */
  | { name: string; href?: string }
  | { badge: { variant: BadgeVariant; label: string; className?: string; testId?: string; status?: EvaluationStatus; award?: boolean } }
  /** No value ("—"), dimmed. */
  | { none: string };

export function RankMark({ rank }: { rank: number | null }) {
  if (rank === null) return <span className="text-muted-foreground">—</span>;
  return (
    <span className={rank === 1 ? "rank-mark rank-first" : rank <= 3 ? "rank-mark rank-podium" : "rank-mark"} data-testid="rank">
      {rank}
    </span>
  );
}

function Part({ part }: { part: RankingPart }) {
  if (typeof part === "string") return part;
  if ("name" in part)
    return part.href ? (
      <Link href={part.href} className="link" data-user-content>
        {part.name}
      </Link>
    ) : (
      <span data-user-content>{part.name}</span>
    );
  if ("none" in part) return <span className="text-muted-foreground">{part.none}</span>;
  const b = part.badge;
  return (
    <Badge variant={b.variant} className={b.className} data-testid={b.testId} data-evaluation-status={b.status}>
      {b.award ? <Award /> : null}
      {b.label}
    </Badge>
  );
}

/** A cell's parts, in order. */
export function Parts({ parts }: { parts: RankingPart[] }) {
  return parts.map((part, i) => <Part key={i} part={part} />);
}

/** A column's look and test id, given once for the table rather than with each row. */
export interface RankingColumnLook {
  className?: string;
  testId?: string;
}

export interface RankingRowView {
  key: string;
  rank: number | null;
  /** The plain name, for the row's data-name. */
  label: string;
  /** Each column's parts. */
  cells: RankingPart[][];
}

/** The table's rows (ranking-list.tsx draws the table and its head). */
export function RankingTableRows({ rows, columns, testId }: { rows: RankingRowView[]; columns: RankingColumnLook[]; testId: string }) {
  return rows.map((row) => (
    <tr key={row.key} data-testid={testId} data-name={row.label}>
      <td>
        <RankMark rank={row.rank} />
      </td>
      {row.cells.map((parts, i) => (
        <td key={i} className={columns[i]?.className} data-testid={columns[i]?.testId}>
          <Parts parts={parts} />
        </td>
      ))}
    </tr>
  ));
}
