import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChevronLeft, ExternalLink, History, ShieldAlert, Sparkles, Undo2 } from "@/components/icons";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/page-header";
import { StatCard } from "@/components/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { METRIC_RECORD_KIND, gradeFor } from "@/lib/evaluations/engine";
import { formatMetricValue, formatPoints } from "@/lib/evaluations/format";
import { getEvaluationDetail, type DetailItem, type EvaluationDetail } from "@/lib/evaluations/queries";
import { recordListHref } from "@/lib/records/schemas";
import { confirmEvaluationAction, reviewEvaluationAction, saveSelfAssessmentAction } from "@/lib/evaluations/actions";
import { ConfirmForm } from "./confirm-form";
import { ReviewForm } from "./review-form";
import type { FormIndicator } from "./score-item";
import { SelfAssessmentForm } from "./self-assessment-form";
import { EvaluationStatusBadge } from "../status-badges";
import { WithdrawNomination } from "./withdraw-nomination";
import { ClosedYearNotice } from "@/components/closed-year-notice";
import { withAreaMessages } from "@/components/area-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations");
  return { title: t("detail.title") };
}

type Props = { params: Promise<{ id: string }> };

/** Where the records behind an auto item are: the subject's approved records of that kind in the period. */
function recordsHref(d: EvaluationDetail, item: DetailItem): string | null {
  const kind = item.rule ? METRIC_RECORD_KIND[item.rule.metric] : undefined;
  if (!kind) return null;
  const e = d.evaluation;
  // A worker's figures: the worker's page lists the records that name it.
  if (e.target === "worker") return `/workers/${e.workerId}`;
  return recordListHref({ kind, status: "approved", from: e.startsOn, to: e.endsOn, ...(e.target === "team" ? { team: e.teamId! } : { unit: e.unitId }) });
}

/** One evaluation: the self-assessment form, the review form, the confirmation, or the record of it all. */
async function EvaluationPage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "evaluations.view")) notFound();
  const { id } = await params;
  const detail = await getEvaluationDetail(user, id);
  if (!detail) notFound();
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const { evaluation: e, scheme, actions } = detail;
  const editing = actions.includes("save");
  const reviewing = actions.includes("accept");
  const confirming = actions.includes("confirm");
  const ordinal = (i: number) => t("evaluations.scheme.ordinal", { n: i + 1 });

  const formIndicators: FormIndicator[] = detail.indicators.map((ind, i) => ({
    id: ind.id,
    title: `${ordinal(i)} ${ind.name}`,
    items: ind.items.map((it, j) => {
      const autoPoints = it.live ? it.live.points : (it.score.selfPoints ?? 0);
      const value = it.live ? it.live.value : it.score.autoValue;
      return {
        id: it.id,
        indicatorId: ind.id,
        number: `${i + 1}.${j + 1}`,
        name: it.name,
        guidance: it.guidance,
        evidence: it.evidence,
        maxPoints: it.maxPoints,
        mode: it.mode,
        veto: it.veto,
        auto:
          it.mode === "auto" && it.rule
            ? {
                metricLabel: t(`enums.autoMetric.${it.rule.metric}`),
                valueText: formatMetricValue(it.rule.metric, value, t, locale),
                points: autoPoints,
                noData: value === null,
                recordsHref: recordsHref(detail, it),
              }
            : null,
        self: { points: it.score.selfPoints, vetoed: it.score.selfVetoed, note: it.score.selfNote },
      };
    }),
  }));

  const final = e.status === "confirmed";
  const provisional = detail.reviewTotals ?? detail.selfTotals;
  const shownGrade = final ? e.grade : gradeFor(provisional.total, scheme.bands, provisional.vetoed);

  return (
    <>
      <Link href="/evaluations" className="mb-3 inline-flex min-h-9 items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {t("evaluations.title")}
      </Link>
      <PageHeader
        eyebrow={t("evaluations.detail.eyebrow", { year: e.year, target: t(`enums.evaluationTarget.${e.target}`) })}
        title={<span data-user-content>{e.subjectName}</span>}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            {e.target === "team" ? <span>{e.unitName}</span> : null}
            {e.target === "worker" ? (
              <span>
                {t("evaluations.detail.workerOf", { unit: e.unitName, team: e.teamName ?? "" })}
              </span>
            ) : null}
            <EvaluationStatusBadge status={e.status} t={t} />
            <Link href={`/evaluations/schemes/${scheme.id}`} className="text-primary hover:underline">
              {t("evaluations.detail.schemeLink", { name: scheme.name, version: scheme.version })}
            </Link>
          </span>
        }
        actions={detail.canWithdraw ? <WithdrawNomination evaluationId={e.id} version={e.version} /> : undefined}
      />

      <ClosedYearNotice year={detail.closedYear} />
      {e.target === "worker" && e.workerStatus === "left" && editing ? (
        <Alert variant="destructive" className="mb-4" data-testid="worker-left">
          <ShieldAlert />
          <AlertDescription>{t("evaluations.detail.workerLeft")}</AlertDescription>
        </Alert>
      ) : null}

      <section className="mb-5 grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label={t("evaluations.detail.totals")}>
        <div data-testid="total-self">
          <StatCard label={t("evaluations.detail.selfTotal")} value={e.selfTotal === null && !editing ? "—" : format.number(editing ? detail.selfTotals.total : (e.selfTotal ?? 0), { maximumFractionDigits: 1 })} unit={t("evaluations.pointsUnit")} hint={editing ? t("evaluations.detail.liveHint") : undefined} />
        </div>
        <div data-testid="total-review">
          <StatCard label={t("evaluations.detail.reviewTotal")} value={e.reviewTotal === null ? "—" : format.number(e.reviewTotal, { maximumFractionDigits: 1 })} unit={e.reviewTotal === null ? undefined : t("evaluations.pointsUnit")} />
        </div>
        <div data-testid="total-final">
          <StatCard label={t("evaluations.detail.finalTotal")} value={e.finalTotal === null ? "—" : format.number(e.finalTotal, { maximumFractionDigits: 1 })} unit={e.finalTotal === null ? undefined : t("evaluations.pointsUnit")} className={final ? "border-primary/40" : undefined} />
        </div>
        <div data-testid="grade">
          <StatCard
            label={final ? t("evaluations.detail.grade") : t("evaluations.detail.provisionalGrade")}
            value={shownGrade ? t(`enums.grade.${shownGrade}`) : "—"}
            hint={e.vetoed ? <span className="text-primary">{t("evaluations.form.vetoed")}</span> : final || detail.closedYear !== null ? undefined : t("evaluations.detail.provisionalHint")}
          />
        </div>
      </section>
      {final && e.confirmedAt ? (
        <p className="-mt-2 mb-5 text-sm text-muted-foreground" data-testid="snapshot-note">
          {t("evaluations.detail.snapshotNote", { date: format.dateTime(e.confirmedAt, { dateStyle: "long" }) })}
        </p>
      ) : null}

      {e.status === "returned" && e.returnNote ? (
        <Alert variant={detail.closedYear === null ? "destructive" : "default"} className="mb-4" data-testid="return-note">
          <Undo2 />
          <AlertTitle>{t("evaluations.detail.returned")}</AlertTitle>
          <AlertDescription>{e.returnNote}</AlertDescription>
        </Alert>
      ) : null}

      {editing ? (
        <>
          <p className="mb-3 text-sm text-muted-foreground">{t("evaluations.detail.selfIntro")}</p>
          <SelfAssessmentForm action={saveSelfAssessmentAction.bind(null, e.id)} version={e.version} indicators={formIndicators} bands={scheme.bands} />
        </>
      ) : reviewing ? (
        <>
          <p className="mb-3 text-sm text-muted-foreground">{t("evaluations.detail.reviewIntro")}</p>
          <ReviewForm action={reviewEvaluationAction.bind(null, e.id)} evaluationId={e.id} version={e.version} indicators={formIndicators} bands={scheme.bands} />
        </>
      ) : (
        <>
          {confirming ? (
            <Card className="mb-4 border-primary/40">
              <CardHeader>
                <CardTitle>{t("evaluations.detail.confirmTitle")}</CardTitle>
              </CardHeader>
              <CardContent className="grid gap-3">
                <p className="text-sm text-muted-foreground">{t("evaluations.detail.confirmHint", { total: formatPoints(e.reviewTotal, t, locale) })}</p>
                <ConfirmForm action={confirmEvaluationAction.bind(null, e.id)} version={e.version} />
              </CardContent>
            </Card>
          ) : null}
          <ScoresTable detail={detail} indicators={formIndicators} />
        </>
      )}

      <section className="mt-6" aria-labelledby="history-heading">
        <h2 id="history-heading" className="mb-3 flex items-center gap-2 text-base font-semibold">
          <History className="size-4 text-primary" />
          {t("evaluations.detail.history")}
        </h2>
        <ol className="grid gap-2" data-testid="evaluation-history">
          {detail.history.map((h) => (
            <li key={h.id} className="rounded-lg border bg-card px-4 py-2.5 text-sm">
              <div className="flex flex-wrap items-baseline gap-x-3">
                <span className="font-medium">{t(`evaluations.audit.${h.action.replace("evaluation.", "")}`)}</span>
                <span className="text-muted-foreground" data-user-content>
                  {h.actorName ?? "—"}
                </span>
                <span className="ml-auto text-xs text-muted-foreground">{format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}</span>
              </div>
              <HistoryDetail action={h.action} before={h.before} after={h.after} />
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}

async function HistoryDetail({ action, before, after }: { action: string; before: unknown; after: unknown }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const a = (after ?? {}) as Record<string, unknown>;
  const b = (before ?? {}) as Record<string, unknown>;
  if (action === "evaluation.adjusted") {
    return (
      <p className="mt-1 text-muted-foreground">
        {t("evaluations.detail.adjustedLine", { item: String(a.item ?? ""), from: formatPoints(b.points as number | null, t, locale), to: formatPoints(a.points as number | null, t, locale), reason: String(a.reason ?? "") })}
      </p>
    );
  }
  if (action === "evaluation.returned") return <p className="mt-1 text-muted-foreground">{String(a.reason ?? "")}</p>;
  if (action === "evaluation.confirmed") {
    return <p className="mt-1 text-muted-foreground">{t("evaluations.detail.confirmedLine", { total: formatPoints(a.finalTotal as number, t, locale), grade: t(`enums.grade.${String(a.grade)}`) })}</p>;
  }
  if (typeof a.selfTotal === "number") return <p className="mt-1 text-muted-foreground">{t("evaluations.detail.selfTotalLine", { total: formatPoints(a.selfTotal, t, locale) })}</p>;
  if (typeof a.reviewTotal === "number") return <p className="mt-1 text-muted-foreground">{t("evaluations.detail.reviewTotalLine", { total: formatPoints(a.reviewTotal, t, locale) })}</p>;
  return null;
}

/** The evaluation read-only: each item's self-assessment and review, the figures and records behind auto items. */
async function ScoresTable({ detail, indicators }: { detail: EvaluationDetail; indicators: FormIndicator[] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const scores = new Map(detail.indicators.flatMap((ind) => ind.items.map((it) => [it.id, it.score] as const)));
  return (
    <div className="grid gap-4">
      {indicators.map((ind) => (
        <section key={ind.id} className="overflow-hidden rounded-xl border bg-card" aria-label={ind.title}>
          <h2 className="flex items-center justify-between border-b bg-muted/50 px-4 py-2.5 font-semibold">
            <span>{ind.title}</span>
            <span className="text-sm font-normal text-muted-foreground">
              {t("evaluations.detail.indicatorLine", {
                self: formatPoints(detail.selfTotals.byIndicator[ind.id] ?? 0, t, locale),
                review: detail.reviewTotals ? formatPoints(detail.reviewTotals.byIndicator[ind.id] ?? 0, t, locale) : "—",
              })}
            </span>
          </h2>
          <ol className="divide-y">
            {ind.items.map((it) => {
              const s = scores.get(it.id)!;
              const adjusted = s.reviewPoints !== null && (s.reviewPoints !== (s.selfPoints ?? 0) || s.reviewVetoed !== s.selfVetoed);
              return (
                <li key={it.id} className="grid gap-2 px-4 py-3 md:grid-cols-[minmax(0,1fr)_9rem_12rem] md:items-start" data-testid="evaluation-item" data-item={it.name}>
                  <div className="min-w-0">
                    <div className="flex flex-wrap items-center gap-2">
                      <span className="text-sm text-muted-foreground">{it.number}</span>
                      <span className="font-medium">{it.name}</span>
                      {it.veto ? (
                        <Badge variant="accent">
                          <ShieldAlert />
                          {t("evaluations.scheme.vetoBadge")}
                        </Badge>
                      ) : null}
                      <span className="text-xs text-muted-foreground">{t("evaluations.form.max", { max: String(it.maxPoints) })}</span>
                    </div>
                    {it.auto ? (
                      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted-foreground">
                        <Sparkles className="size-3.5 text-primary" />
                        {t("common.labelValue", { label: it.auto.metricLabel, value: it.auto.noData ? t("evaluations.form.noData") : it.auto.valueText })}
                        {it.auto.recordsHref ? (
                          <Link href={it.auto.recordsHref} className="inline-flex items-center gap-1 text-primary hover:underline">
                            {t("evaluations.form.recordsBehind")}
                            <ExternalLink className="size-3" />
                          </Link>
                        ) : null}
                      </p>
                    ) : null}
                    {s.selfNote ? <p className="mt-1 text-sm text-muted-foreground">{t("evaluations.detail.selfNote", { note: s.selfNote })}</p> : null}
                  </div>
                  <div className="text-sm">
                    <span className="text-muted-foreground md:hidden">{t("common.labelBefore", { label: t("evaluations.detail.selfTotal") })}</span>
                    <span data-testid="self-points">
                      {formatPoints(s.selfPoints, t, locale)}
                    </span>
                    {s.selfVetoed ? <span className="ml-1 text-primary">{t("evaluations.form.vetoClaimed")}</span> : null}
                  </div>
                  <div className="text-sm">
                    <span className="text-muted-foreground md:hidden">{t("common.labelBefore", { label: t("evaluations.detail.reviewTotal") })}</span>
                    <span className={adjusted ? "font-semibold text-primary" : undefined} data-testid="review-points">
                      {formatPoints(s.reviewPoints, t, locale)}
                    </span>
                    {s.reviewVetoed ? <span className="ml-1 text-primary">{t("evaluations.form.vetoClaimed")}</span> : null}
                    {adjusted && s.reviewNote ? <p className="mt-0.5 text-xs text-muted-foreground">{t("evaluations.detail.reason", { reason: s.reviewNote })}</p> : null}
                  </div>
                </li>
              );
            })}
          </ol>
        </section>
      ))}
    </div>
  );
}

// Its forms and dialogs speak the evaluation area's messages.
export default withAreaMessages(["evaluations"], EvaluationPage);
