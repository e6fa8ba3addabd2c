import { getTranslations } from "next-intl/server";
import { Table, TableBody, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import type { EvaluationStatus, Grade } from "@/lib/domain/enums";
import { formatPoints } from "@/lib/evaluations/format";
import { listLayout } from "@/lib/http/device";
import { cn } from "@/lib/utils";
import { GRADE_VARIANT, STATUS_VARIANT } from "../evaluations/status-badges";
import { Parts, RankingTableRows, RankMark, type RankingPart } from "./ranking-parts";

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** What a ranked place carries for its score and grade, whether a team, a unit or a 知识型职工. */
interface Standing {
  status: EvaluationStatus | null;
  grade: Grade | null;
  vetoed: boolean;
  score: number | null;
  provisional: boolean;
}

/** A place's name, linked to its evaluation where there is one, then its title's badge if it has one. */
export function nameParts(name: string, evaluationId: string | null, title: string | null): RankingPart[] {
  const parts: RankingPart[] = [evaluationId ? { name, href: `/evaluations/${evaluationId}` } : { name }];
  if (title) parts.push({ badge: { variant: "success", label: title, className: "ml-2 align-middle", testId: "title-badge", award: true } });
  return parts;
}

/** The score, marked provisional until the office confirms it. */
export function scoreParts(row: Pick<Standing, "score" | "provisional">, t: Translate, locale: string): RankingPart[] {
  const parts: RankingPart[] = [formatPoints(row.score, t, locale)];
  if (row.score !== null && row.provisional) parts.push({ badge: { variant: "outline", label: t("rankings.provisional"), className: "ml-1.5" } });
  return parts;
}

/** The evaluation's status; not started when there is none. */
export function statusParts(status: EvaluationStatus | null, t: Translate): RankingPart[] {
  if (!status) return [{ badge: { variant: "outline", label: t("evaluations.notStarted") } }];
  return [{ badge: { variant: STATUS_VARIANT[status], label: t(`enums.evaluationStatus.${status}`), status } }];
}

/** The grade column: 一票否决 once confirmed vetoed, else the grade. */
export function gradeParts(row: Pick<Standing, "status" | "grade" | "vetoed">, t: Translate): RankingPart[] {
  if (row.vetoed && row.status === "confirmed") return [{ badge: { variant: "accent", label: t("rankings.vetoed") } }];
  return row.grade ? [{ badge: { variant: GRADE_VARIANT[row.grade], label: t(`enums.grade.${row.grade}`) } }] : [{ none: "—" }];
}

/** A phone card's word for what the table shows in its status and grade columns. */
export function standingText(row: Pick<Standing, "status" | "grade" | "vetoed">, t: Translate): string {
  if (row.vetoed && row.status === "confirmed") return t("rankings.vetoed");
  if (row.grade) return t(`enums.grade.${row.grade}`);
  return row.status ? t(`enums.evaluationStatus.${row.status}`) : t("evaluations.notStarted");
}

export interface RankingColumn<Row> {
  header: React.ReactNode;
  cell: (row: Row) => RankingPart[];
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
  name: RankingPart[];
  /** The card's line of context under the name. */
  line: string;
  /** The figure ranked by. */
  value: RankingPart[];
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
  nameClassName,
}: {
  rows: Row[];
  place: (row: Row) => RankedPlace;
  columns: RankingColumn<Row>[];
  testIds: { cards: string; table: string; row: string };
  /** The look of a card's name line. */
  nameClassName: string;
}) {
  const [t, layout] = await Promise.all([getTranslations(), listLayout()]);
  if (layout === "cards") {
    return (
      <ol className="grid grid-cols-1 gap-2" data-testid={testIds.cards}>
        {rows.map(place).map((p) => (
          <li key={p.key} className="flex min-h-16 items-center gap-3 rounded-xl border bg-card px-4 py-3">
            <RankMark rank={p.rank} />
            <div className="min-w-0 flex-1">
              <div className={nameClassName}>
                <Parts parts={p.name} />
              </div>
              <div className="mt-0.5 truncate text-xs text-muted-foreground">{p.line}</div>
            </div>
            <div className="text-right text-sm font-semibold">
              <Parts parts={p.value} />
            </div>
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
          <RankingTableRows
            testId={testIds.row}
            columns={columns.map((c) => ({ className: cn(c.figure && "text-right", c.className) || undefined, testId: c.testId }))}
            rows={rows.map((row) => {
              const p = place(row);
              return { key: p.key, rank: p.rank, label: p.label, cells: columns.map((c) => c.cell(row)) };
            })}
          />
        </TableBody>
      </Table>
    </div>
  );
}
