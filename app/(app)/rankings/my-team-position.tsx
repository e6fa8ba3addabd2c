import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Medal, Trophy } from "@/components/icons";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/empty-state";
import type { AutoMetric } from "@/lib/domain/enums";
import { formatMetricValue, formatPoints } from "@/lib/evaluations/format";
import type { RankingRow } from "@/lib/rankings/queries";

/** A leader's own team's place: by score and by each metric, among all the county's teams; no one else's names. */
export async function MyTeamPosition({ row, field, metrics }: { row: RankingRow | null; field: number; metrics: readonly AutoMetric[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  if (!row) return <EmptyState icon={Trophy} title={t("rankings.emptyTitle")} description={t("rankings.emptyHint")} />;
  return (
    <div className="grid gap-4 lg:grid-cols-[22rem_1fr]">
      <Card data-testid="my-position">
        <CardHeader>
          <CardTitle className="flex items-center gap-2">
            <Medal className="size-4 text-primary" />
            {t("rankings.leader.title")}
          </CardTitle>
          <CardDescription>{t("rankings.leader.field", { field })}</CardDescription>
        </CardHeader>
        <CardContent className="grid gap-3">
          <div className="flex items-baseline gap-2">
            <span className="text-4xl font-semibold text-primary">{row.rank ?? "—"}</span>
            <span className="text-sm text-muted-foreground">{row.rank ? t("rankings.leader.ofField", { field }) : t("rankings.leader.unranked")}</span>
          </div>
          <p className="text-sm" hidden={row.score === null}>
            {formatPoints(row.score, t, locale)}
            {row.score !== null && row.provisional ? <span className="ml-1 text-muted-foreground">{t("common.aside", { text: t("rankings.provisional") })}</span> : null}
            {row.grade ? <span className="ml-2">{t(`enums.grade.${row.grade}`)}</span> : null}
          </p>
          {row.evaluationId ? (
            <Link href={`/evaluations/${row.evaluationId}`} className="text-sm text-primary hover:underline">
              {t("rankings.leader.viewEvaluation")}
            </Link>
          ) : (
            <Link href="/evaluations" className="text-sm text-primary hover:underline">
              {t("rankings.leader.startEvaluation")}
            </Link>
          )}
        </CardContent>
      </Card>
      <Card>
        <CardHeader>
          <CardTitle>{t("rankings.leader.byMetric")}</CardTitle>
          <CardDescription>{t("rankings.leader.byMetricHint")}</CardDescription>
        </CardHeader>
        <CardContent>
          <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
            {metrics.map((m) => (
              <div key={m} className="flex items-center justify-between gap-3 border-b pb-2 text-sm">
                <dt className="text-muted-foreground">{t(`enums.autoMetric.${m}`)}</dt>
                <dd className="text-right">
                  <span className="font-medium">{formatMetricValue(m, row.metrics[m], t, locale)}</span>
                  <span className="ml-2 text-xs text-muted-foreground">{row.metricRanks?.[m] ? t("rankings.leader.place", { rank: row.metricRanks[m]! }) : "—"}</span>
                </dd>
              </div>
            ))}
          </dl>
        </CardContent>
      </Card>
    </div>
  );
}
