import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ClipboardList } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { formatPoints } from "@/lib/evaluations/format";
import type { MyEvaluation } from "@/lib/evaluations/queries";
import { OpenEvaluationButton } from "./open-evaluation-button";
import { EvaluationStatusBadge, GradeBadge } from "./status-badges";
import { AreaMessages } from "@/components/area-messages";

/** A leader's team's or a union's unit's own evaluation of the year: start it, continue it, or read it. */
export async function MyEvaluationCard({ mine }: { mine: MyEvaluation }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const e = mine.evaluation;
  const editable = e && (e.status === "draft" || e.status === "returned");
  return (
    <Card data-testid="my-evaluation">
      <CardHeader>
        <CardTitle className="flex flex-wrap items-center gap-2">
          <ClipboardList className="size-4 text-primary" />
          {t("evaluations.mine.title", { year: mine.period?.year ?? "" })}
          <EvaluationStatusBadge status={e?.status ?? null} t={t} />
        </CardTitle>
        <CardDescription>
          {mine.schemeName ? t("evaluations.mine.scheme", { name: mine.schemeName }) : t("evaluations.mine.noScheme")}
        </CardDescription>
      </CardHeader>
      <CardContent className="grid gap-4">
        {e ? (
          <dl className="grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
            <div>
              <dt className="text-muted-foreground">{t("evaluations.col.self")}</dt>
              <dd className="text-lg font-semibold">{formatPoints(e.selfTotal, t, locale)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">{t("evaluations.col.review")}</dt>
              <dd className="text-lg font-semibold">{formatPoints(e.reviewTotal, t, locale)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">{t("evaluations.col.final")}</dt>
              <dd className="text-lg font-semibold">{formatPoints(e.finalTotal, t, locale)}</dd>
            </div>
            <div>
              <dt className="text-muted-foreground">{t("evaluations.col.grade")}</dt>
              <dd className="mt-1">
                <GradeBadge grade={e.grade} t={t} />
              </dd>
            </div>
          </dl>
        ) : mine.schemeId ? (
          <p className="text-sm text-muted-foreground">{t("evaluations.mine.notStarted")}</p>
        ) : (
          <p className="text-sm text-muted-foreground">{t("evaluations.mine.waitForScheme")}</p>
        )}
        <div className="flex flex-wrap gap-2">
          {e ? (
            <Button asChild size="lg" variant={editable ? "default" : "outline"}>
              <Link href={`/evaluations/${e.id}`}>{editable ? t("evaluations.mine.continue") : t("evaluations.mine.view")}</Link>
            </Button>
          ) : mine.schemeId && mine.period ? (
            <AreaMessages areas={["evaluations"]}>
              <OpenEvaluationButton />
            </AreaMessages>
          ) : null}
          {mine.schemeId ? (
            <Button asChild size="lg" variant="ghost">
              <Link href={`/evaluations/schemes/${mine.schemeId}`}>{t("evaluations.mine.readScheme")}</Link>
            </Button>
          ) : null}
        </div>
      </CardContent>
    </Card>
  );
}
