import { getTranslations } from "next-intl/server";
import { Award } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EvaluationStatus, Grade } from "@/lib/domain/enums";
import { formatPoints } from "@/lib/evaluations/format";
import { listLayout } from "@/lib/http/device";
import { cn } from "@/lib/utils";
import { gradeBadge } from "../evaluations/status-badges";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** What a ranked place carries for its score and grade, whether a team, a unit or a 知识型职工. */
interface Standing {
  status: EvaluationStatus | null;
  grade: Grade | null;
  vetoed: boolean;
  score: number | null;
  provisional: boolean;
}

export function RankMark({ rank }: { rank: number | null }) {
  if (rank === null) return <span className="text-muted-foreground">—</span>;
  return (
    <span className={rank === 1 ? "rank-mark rank-first" : rank <= 3 ? "rank-mark rank-podium" : "rank-mark"} data-testid="rank">
      {rank}
    </span>
  );
}

export function TitleBadge({ label }: { label: string }) {
  return (
    <Badge variant="success" className="ml-2 align-middle" data-testid="title-badge">
      <Award />
      {label}
    </Badge>
  );
}

/** The score, marked provisional until the office confirms it. */
export function ScoreText({ row, t, locale }: { row: Pick<Standing, "score" | "provisional">; t: Translate; locale: string }) {
  return (
    <>
      {formatPoints(row.score, t, locale)}
      {row.score !== null && row.provisional ? (
        <Badge variant="outline" className="ml-1.5">
          {t("rankings.provisional")}
        </Badge>
      ) : null}
    </>
  );
}

/** The grade column: 一票否决 once confirmed vetoed, else the grade. */
export function GradeCell({ row, t }: { row: Pick<Standing, "status" | "grade" | "vetoed">; t: Translate }) {
  return row.vetoed && row.status === "confirmed" ? <Badge variant="accent">{t("rankings.vetoed")}</Badge> : gradeBadge(row.grade, t);
}

/** A phone card's word for what the table shows in its status and grade columns. */
export function standingText(row: Pick<Standing, "status" | "grade" | "vetoed">, t: Translate): string {
  if (row.vetoed && row.status === "confirmed") return t("rankings.vetoed");
  if (row.grade) return t(`enums.grade.${row.grade}`);
  return row.status ? t(`enums.evaluationStatus.${row.status}`) : t("evaluations.notStarted");
}

export interface RankingColumn<Row> {
  header: React.ReactNode;
  cell: (row: Row) => React.ReactNode;
  /** Figures: right-aligned, head and cells. */
  figure?: boolean;
  className?: string;
  testId?: string;
}

/** One place as a phone card shows it and as the table keys its row. */
export interface RankedPlace {
  key: string;
  rank: number | null;
  /** The plain name, for the row's data-name. */
  label: string;
  /** The name as shown: linked to its evaluation where there is one, with its title badge. */
  name: React.ReactNode;
  /** The card's line of context under the name. */
  line: string;
  /** The figure ranked by. */
  value: React.ReactNode;
}

/**
 * A ranking, whatever is ranked: a dense table on desktops (the rank, then `columns`), cards to scan on
 * phones. Team, unit and 知识型职工 rankings differ only in their columns and cards.
 */
export async function RankingList<Row>({
  rows,
  place,
  columns,
  testIds,
}: {
  rows: Row[];
  place: (row: Row) => RankedPlace;
  columns: RankingColumn<Row>[];
  testIds: { cards: string; table: string; row: string };
}) {
  const [t, layout] = await Promise.all([getTranslations(), listLayout()]);
  if (layout === "cards") {
    return (
      <ol className="grid grid-cols-1 gap-2" data-testid={testIds.cards}>
        {rows.map(place).map((p) => (
          <li key={p.key} className="flex min-h-16 items-center gap-3 rounded-xl border bg-card px-4 py-3">
            <RankMark rank={p.rank} />
            <div className="min-w-0 flex-1">
              {p.name}
              <div className="mt-0.5 truncate text-xs text-muted-foreground">{p.line}</div>
            </div>
            <div className="text-right text-sm font-semibold">{p.value}</div>
          </li>
        ))}
      </ol>
    );
  }
  return (
    <div className="overflow-hidden rounded-xl border bg-card" data-testid={testIds.table}>
      <Table>
        <TableHeader>
          <TableRow>
            <TableHead className="w-16">{t("rankings.col.rank")}</TableHead>
            {columns.map((c, i) => (
              <TableHead key={i} className={c.figure ? "text-right" : undefined}>
                {c.header}
              </TableHead>
            ))}
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => {
            const p = place(row);
            return (
              <TableRow key={p.key} data-testid={testIds.row} data-name={p.label}>
                <TableCell>
                  <RankMark rank={p.rank} />
                </TableCell>
                {columns.map((c, i) => (
                  <TableCell key={i} className={cn(c.figure && "text-right", c.className) || undefined} data-testid={c.testId}>
                    {c.cell(row)}
                  </TableCell>
                ))}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
