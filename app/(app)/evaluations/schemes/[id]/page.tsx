import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { AlertTriangle, ChevronLeft, ListChecks, ShieldAlert, Sparkles } from "@/components/icons";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { SchemeProblem } from "@/lib/evaluations/engine";
import { describeRule, formatPoints } from "@/lib/evaluations/format";
import { getSchemeDetail } from "@/lib/evaluations/scheme-queries";
import { formatNumber } from "@/lib/format";
import { cn } from "@/lib/utils";
import { copySchemeAction, publishSchemeAction, updateBandsAction } from "@/lib/evaluations/scheme-actions";
import { BandsForm } from "./bands-form";
import { AddIndicator } from "./indicator-name-dialog";
import { ItemDialog } from "./item-dialog";
import { IndicatorControls, ItemControls } from "./row-controls";
import { SchemeActions } from "./scheme-actions";
import { withAreaMessages } from "@/components/area-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("evaluations");
  return { title: t("scheme.title") };
}

type Props = { params: Promise<{ id: string }> };

/** A scheme: the office edits a draft (running total, publish when it is sound) or copies a published one; others read it. */
async function SchemePage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "evaluations.view")) notFound();
  const { id } = await params;
  const detail = await getSchemeDetail(user, id);
  if (!detail) notFound();
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const { scheme, indicators, editable, total, problems } = detail;
  const manages = can(user, "schemes.manage");
  const names = new Map<string, string>([...indicators.map((i) => [i.id, i.name] as const), ...indicators.flatMap((i) => i.items.map((it) => [it.id, it.name] as const))]);
  const problemText = (p: SchemeProblem) => t(`evaluations.problem.${p.code}`, { n: p.n ?? "", name: p.ref ? (names.get(p.ref) ?? "") : "" });
  const ordinal = (i: number) => t("evaluations.scheme.ordinal", { n: i + 1 });

  return (
    <>
      <Link href="/evaluations?view=schemes" className="mb-3 inline-flex min-h-9 items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {t("evaluations.title")}
      </Link>
      <PageHeader
        eyebrow={t("evaluations.scheme.eyebrow", { year: detail.year, target: t(`enums.evaluationTarget.${scheme.target}`) })}
        title={scheme.name}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <span>{t("evaluations.scheme.versionLine", { version: scheme.version })}</span>
            <Badge variant={scheme.status === "published" ? "success" : "warning"} data-testid="scheme-status">
              {t(`enums.schemeStatus.${scheme.status}`)}
            </Badge>
            {scheme.status === "published" ? <span className="text-xs">{t("evaluations.scheme.frozenHint")}</span> : null}
          </span>
        }
      />

      <div className="mb-5 grid gap-4 lg:grid-cols-[1fr_22rem]">
        <Card>
          <CardContent className="grid gap-4 pt-6">
            <div className="flex flex-wrap items-end justify-between gap-3">
              <div>
                <p className="text-sm text-muted-foreground">{t("evaluations.scheme.runningTotal")}</p>
                <p className="mt-1 flex items-baseline gap-1" data-testid="scheme-total">
                  <span className={cn("text-3xl font-semibold", total !== 100 && "text-primary")}>{formatNumber(total, locale, 1)}</span>
                  <span className="text-sm text-muted-foreground">{t("evaluations.scheme.ofHundred")}</span>
                </p>
              </div>
              {manages ? (
                <SchemeActions schemeId={scheme.id} publishAction={publishSchemeAction.bind(null, scheme.id)} copyAction={copySchemeAction.bind(null, scheme.id)} revision={scheme.revision} draft={scheme.status === "draft"} total={total} periods={detail.periods} currentPeriodId={scheme.periodId} />
              ) : null}
            </div>
            <div className="h-2 overflow-hidden rounded-full bg-secondary">
              <div className={cn("h-full rounded-full", total === 100 ? "bg-success" : "bg-primary/80")} style={{ width: `${Math.min(100, total)}%` }} />
            </div>
            {editable && problems.length ? (
              <Alert variant="default" className="border-warning/50">
                <AlertTriangle />
                <AlertTitle>{t("evaluations.scheme.problemsTitle")}</AlertTitle>
                <AlertDescription>
                  <ul className="list-disc pl-4" data-testid="scheme-problems">
                    {problems.map((p, i) => (
                      <li key={i}>{problemText(p)}</li>
                    ))}
                  </ul>
                </AlertDescription>
              </Alert>
            ) : null}
          </CardContent>
        </Card>
        <Card>
          <CardHeader>
            <CardTitle>{t("evaluations.scheme.bands")}</CardTitle>
          </CardHeader>
          <CardContent>
            {editable ? (
              <BandsForm action={updateBandsAction.bind(null, scheme.id)} bands={scheme.bands} />
            ) : (
              <dl className="grid grid-cols-3 gap-2 text-sm">
                {(["excellent", "good", "pass"] as const).map((g) => (
                  <div key={g}>
                    <dt className="text-muted-foreground">{t(`enums.grade.${g}`)}</dt>
                    <dd className="font-medium">≥ {scheme.bands[g]}</dd>
                  </div>
                ))}
              </dl>
            )}
          </CardContent>
        </Card>
      </div>

      {indicators.length === 0 ? (
        <EmptyState icon={ListChecks} title={t("evaluations.scheme.emptyTitle")} description={t("evaluations.scheme.emptyHint")} action={editable ? <AddIndicator schemeId={scheme.id} /> : null} />
      ) : (
        <div className="grid gap-4">
          {indicators.map((ind, i) => {
            const subtotal = ind.items.reduce((s, it) => s + it.maxPoints, 0);
            return (
              <section key={ind.id} className="overflow-hidden rounded-xl border bg-card" aria-labelledby={`ind-${ind.id}`} data-testid="indicator">
                <div className="flex flex-wrap items-center gap-3 border-b bg-muted/50 px-4 py-2.5">
                  <h2 id={`ind-${ind.id}`} className="min-w-0 flex-1 font-semibold">
                    {ordinal(i)} {ind.name}
                  </h2>
                  <span className="text-sm text-muted-foreground">{formatPoints(Math.round(subtotal * 10) / 10, t, locale)}</span>
                  {editable ? (
                    <>
                      <ItemDialog schemeId={scheme.id} indicatorId={ind.id} target={scheme.target} />
                      <IndicatorControls schemeId={scheme.id} indicatorId={ind.id} name={ind.name} />
                    </>
                  ) : null}
                </div>
                {ind.items.length === 0 ? (
                  <p className="px-4 py-6 text-sm text-muted-foreground">{t("evaluations.scheme.noItems")}</p>
                ) : (
                  <ol className="divide-y">
                    {ind.items.map((it, j) => (
                      <li key={it.id} className="grid gap-2 px-4 py-3 md:grid-cols-[2.5rem_minmax(0,1fr)_5rem_minmax(0,16rem)_auto] md:items-start" data-testid="scheme-item">
                        <span className="hidden pt-0.5 text-sm text-muted-foreground md:block">
                          {i + 1}.{j + 1}
                        </span>
                        <div className="min-w-0">
                          <div className="flex flex-wrap items-center gap-2">
                            <span className="font-medium">{it.name}</span>
                            {it.veto ? (
                              <Badge variant="accent">
                                <ShieldAlert />
                                {t("evaluations.scheme.vetoBadge")}
                              </Badge>
                            ) : null}
                            <span className="ml-auto text-sm font-medium md:hidden">{formatPoints(it.maxPoints, t, locale)}</span>
                          </div>
                          {it.guidance ? <p className="mt-1 text-sm text-muted-foreground">{it.guidance}</p> : null}
                          {it.evidence ? <p className="mt-1 text-xs text-muted-foreground">{t("evaluations.scheme.evidenceLine", { evidence: it.evidence })}</p> : null}
                        </div>
                        <span className="hidden text-right font-medium md:block" data-testid="item-max">
                          {formatPoints(it.maxPoints, t, locale)}
                        </span>
                        <div className="text-sm">
                          {it.mode === "auto" && it.rule ? (
                            <>
                              <Badge variant="secondary">
                                <Sparkles />
                                {t(`enums.autoMetric.${it.rule.metric}`)}
                              </Badge>
                              <p className="mt-1 text-xs text-muted-foreground">{describeRule(it.rule, t, locale)}</p>
                            </>
                          ) : (
                            <Badge variant="outline">{t("enums.itemMode.manual")}</Badge>
                          )}
                        </div>
                        {editable ? (
                          <div className="flex items-center justify-end">
                            <ItemDialog
                              schemeId={scheme.id}
                              indicatorId={ind.id}
                              target={scheme.target}
                              item={{ id: it.id, name: it.name, maxPoints: it.maxPoints, guidance: it.guidance, evidence: it.evidence, veto: it.veto, rule: it.mode === "auto" ? it.rule : null }}
                            />
                            <ItemControls schemeId={scheme.id} itemId={it.id} name={it.name} />
                          </div>
                        ) : (
                          <span className="hidden md:block" />
                        )}
                      </li>
                    ))}
                  </ol>
                )}
              </section>
            );
          })}
          {editable ? (
            <div>
              <AddIndicator schemeId={scheme.id} />
            </div>
          ) : null}
        </div>
      )}
    </>
  );
}

// Its forms and dialogs speak the evaluation area's messages.
export default withAreaMessages(["evaluations"], SchemePage);
