import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Trophy } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import type { WorkerRankings } from "@/lib/rankings/queries";
import { gradeParts, nameParts, RankingList, scoreParts, standingText, statusParts, type RankingColumn } from "./ranking-list";

type Row = WorkerRankings["rows"][number];

/** 知识型职工 by evaluation score: the office sees the county's, a union its unit's, a leader its team's nominees, each with the county-wide place. */
export async function WorkerRanking({ data, showUnit, nominate }: { data: WorkerRankings; showUnit: boolean; nominate: boolean }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const year = data.period.year;
  if (!data.rows.length) {
    return (
      <EmptyState
        icon={Trophy}
        title={t("rankings.workers.emptyTitle")}
        description={t("rankings.workers.emptyHint")}
        action={
          nominate ? (
            <Button asChild>
              <Link href="/evaluations/nominate">{t("evaluations.workers.nominate")}</Link>
            </Button>
          ) : undefined
        }
      />
    );
  }
  const name = (r: Row) => nameParts(r.name, r.evaluationId, r.titled ? t("titles.name.worker", { year }) : null);
  const columns: RankingColumn<Row>[] = [
    { header: t("rankings.col.name.worker"), cell: name, className: "font-medium" },
    { header: t("evaluations.col.team"), cell: (r) => [r.teamName ?? "—"], className: "text-muted-foreground" },
    ...(showUnit ? [{ header: t("rankings.col.unit"), cell: (r: Row) => [r.unitName], className: "text-muted-foreground" }] : []),
    { header: t("rankings.col.status"), cell: (r) => statusParts(r.status, t) },
    { header: t("rankings.col.score"), cell: (r) => scoreParts(r, t, locale), figure: true, className: "font-medium", testId: "ranking-value" },
    { header: t("rankings.col.grade"), cell: (r) => gradeParts(r, t), testId: "ranking-grade" },
  ];
  return (
    <>
      <p className="mb-2 text-sm text-muted-foreground">{t("rankings.workers.line", { field: data.field })}</p>
      <RankingList
        rows={data.rows}
        columns={columns}
        place={(r) => ({
          key: r.evaluationId,
          rank: r.rank,
          label: r.name,
          name: name(r),
          line: `${showUnit ? `${r.unitName} · ` : ""}${r.teamName ?? ""} · ${standingText(r, t)}`,
          value: scoreParts(r, t, locale),
        })}
        testIds={{ cards: "worker-rankings-cards", table: "worker-rankings-table", row: "worker-ranking-row" }}
        nameClassName="font-medium"
      />
      <p className="mt-2 text-xs text-muted-foreground">{t("rankings.tieNote")}</p>
    </>
  );
}
