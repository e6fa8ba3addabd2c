import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { BookOpenText, Building2, Drama, FileSpreadsheet, FileText, GraduationCap, Lightbulb, Megaphone, Trophy, Users, UsersRound, Wrench } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { ServerChart } from "@/components/charts/server-chart";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { StatCard } from "@/components/stat-card";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { getDashboard, getDashboardComparison } from "@/lib/dashboard/queries";
import { unitKindFigures } from "@/lib/dashboard/rules";
import { yearParamSchema } from "@/lib/dashboard/schemas";
import { PUBLICITY_KINDS } from "@/lib/domain/enums";
import { CHART_COLORS } from "@/lib/charts/theme";
import { percent } from "@/lib/format";
import { listLateOrgs } from "@/lib/nudges/queries";
import { listPeriods, resolvePeriod } from "@/lib/periods/queries";
import { chinaMidnight, chinaToday } from "@/lib/time";
import { LATE_SHOWN, LateCard } from "../_home/home-cards";
import { PeriodPills } from "./period-pills";
import { Yoy } from "./yoy";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("dashboard");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Chart legends: on top, with room between items, so "（条）" never runs into the next item's mark. */
const LEGEND = { top: 0, left: 0, icon: "roundRect", itemWidth: 10, itemHeight: 10, itemGap: 20, textStyle: { fontSize: 12 } };

const PUBLICITY_UNIT = { forum: "times", training_class: "classes", banner: "pieces", bulletin: "issues", leaflet: "copies", blackboard: "issues", media: "times" } as const;

/** The office's dashboard: the campaign's headline figures for a period, from approved work only. */
export default async function DashboardPage({ searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "dashboard.view")) notFound();
  const { year } = yearParamSchema.parse(await searchParams);
  const [t, format, period, periods] = await Promise.all([getTranslations(), getFormatter(), resolvePeriod(user, year), listPeriods(user)]);
  if (!period) {
    return (
      <>
        <PageHeader title={t("dashboard.title")} />
        <EmptyState icon={BookOpenText} title={t("home.noPeriod")} description={t("dashboard.noPeriodHint")} />
      </>
    );
  }
  const today = chinaToday();
  // Who submitted nothing "this month" belongs to the year in progress only, never to a past year's page.
  const inProgress = period.startsOn <= today && today <= period.endsOn;
  const [data, lateUnits, lateTeams] = await Promise.all([
    getDashboard(user, period),
    inProgress ? listLateOrgs(user) : null,
    inProgress ? listLateOrgs(user, { level: "team" }) : null,
  ]);
  if (!data) notFound();
  const comparison = await getDashboardComparison(user, data, today);
  const yoy = comparison?.yoy ?? null;
  const { totals } = data;
  const n = (v: number, digits = 0) => format.number(v, { maximumFractionDigits: digits });
  const wan = (yuan: number) => t("dashboard.unit.tenThousandYuan", { value: n(yuan / 10_000, 2) });
  const share = (p: { active: number; total: number }) => percent(p.active, p.total);
  const asOf = today < period.endsOn ? today : period.endsOn;

  const monthLabels = data.byMonth.map((m) => t("dashboard.monthLabel", { month: Number(m.month.slice(5, 7)) }));
  const trendOption = {
    // The legend on top with room between items (each name ends with its unit), the axis names below it.
    legend: LEGEND,
    grid: { left: 8, right: 8, top: 80, bottom: 8, containLabel: true },
    xAxis: { type: "category", data: monthLabels, axisTick: { show: false } },
    yAxis: [
      { type: "value", name: t("dashboard.axis.count"), splitLine: { lineStyle: { color: "#eef0f3" } } },
      { type: "value", name: t("dashboard.axis.people"), splitLine: { show: false } },
    ],
    series: [
      { name: t("dashboard.series.sessions"), type: "bar", barMaxWidth: 18, data: data.byMonth.map((m) => m.sessions) },
      { name: t("dashboard.series.proposals"), type: "bar", barMaxWidth: 18, data: data.byMonth.map((m) => m.proposals) },
      { name: t("dashboard.series.attendance"), type: "line", yAxisIndex: 1, smooth: true, symbolSize: 5, data: data.byMonth.map((m) => m.attendance) },
      { name: t("dashboard.series.trainees"), type: "line", yAxisIndex: 1, smooth: true, symbolSize: 5, data: data.byMonth.map((m) => m.trainingTrainees) },
    ],
  };
  // Small multiples, one per figure, each on its own scale: hours per worker, proposals per 100
  // workers and benefit differ between kinds where the share taking part (near 100 %) does not.
  const kinds = unitKindFigures(data.byUnitKind);
  const kindNames = kinds.map((k) => t(`enums.unitKind.${k.kind}`));
  const kindPanels = [
    { title: t("dashboard.kindFigure.hoursPerWorker"), values: kinds.map((k) => k.hoursPerWorker), digits: 1 },
    { title: t("dashboard.kindFigure.proposalsPer100"), values: kinds.map((k) => k.proposalsPer100), digits: 1 },
    { title: t("dashboard.kindFigure.benefitWan"), values: kinds.map((k) => k.benefitWan), digits: 2 },
  ];
  const panelHeight = 40 + kinds.length * 26;
  const kindOption = {
    title: kindPanels.map((p, i) => ({ text: p.title, left: 0, top: i * panelHeight, textStyle: { fontSize: 13, fontWeight: 600, color: "#334155" } })),
    grid: kindPanels.map((_, i) => ({ left: 4, right: 56, top: i * panelHeight + 26, height: kinds.length * 26 - 6, containLabel: true })),
    xAxis: kindPanels.map((_, i) => ({ type: "value", gridIndex: i, show: false })),
    yAxis: kindPanels.map((_, i) => ({ type: "category", gridIndex: i, data: kindNames, inverse: true, axisTick: { show: false }, axisLine: { show: false } })),
    series: kindPanels.map((p, i) => ({
      type: "bar",
      xAxisIndex: i,
      yAxisIndex: i,
      barMaxWidth: 16,
      itemStyle: { color: CHART_COLORS[i] },
      label: { show: true, position: "right", formatter: "{c}", color: "#334155" },
      data: p.values,
    })),
  };
  const kindSummary = kinds
    .map((k, i) => t("dashboard.kindFigure.summary", { kind: kindNames[i], hours: n(k.hoursPerWorker, 1), proposals: n(k.proposalsPer100, 1), benefit: n(k.benefitWan, 2) }))
    .join(t("dashboard.kindFigure.separator"));

  const trend2 = comparison?.trend;
  const trend2Option = trend2
    ? {
        legend: LEGEND,
        grid: { left: 8, right: 8, top: 80, bottom: 8, containLabel: true },
        xAxis: { type: "category", data: trend2.months.map((month) => t("dashboard.monthLabel", { month })), axisTick: { show: false } },
        yAxis: { type: "value", name: t("dashboard.axis.count"), splitLine: { lineStyle: { color: "#eef0f3" } } },
        series: trend2.years.flatMap((y) => {
          const last = y.year !== period.year;
          // One colour per figure (as in the monthly chart), last year's line dashed and paler: the pairs read at a glance.
          const style = (color: string) =>
            last ? { color, lineStyle: { type: "dashed", width: 1.5, color }, itemStyle: { color, opacity: 0.55 } } : { color, lineStyle: { width: 2.5, color }, itemStyle: { color } };
          return [
            { name: `${y.year} ${t("dashboard.series.sessions")}`, type: "line", symbolSize: 5, data: y.sessions, ...style(CHART_COLORS[0]!) },
            { name: `${y.year} ${t("dashboard.series.proposals")}`, type: "line", symbolSize: 5, data: y.proposals, ...style(CHART_COLORS[1]!) },
          ];
        }),
      }
    : null;
  const pct = (v: number) => `${n(v, 1)}%`;

  const figure = (id: string, card: React.ReactNode) => (
    <div data-testid={`figure-${id}`} className="min-w-0">
      {card}
    </div>
  );

  return (
    <>
      <PageHeader
        eyebrow={t("dashboard.eyebrow")}
        title={t("dashboard.heading", { year: period.year })}
        description={t("dashboard.description", { date: format.dateTime(chinaMidnight(asOf), { dateStyle: "long" }) })}
        actions={
          <>
            <PeriodPills periods={periods.map((p) => p.year)} current={period.year} />
            <Button asChild variant="outline">
              <a href={`/dashboard/export?year=${period.year}`}>
                <FileSpreadsheet />
                {t("common.exportExcel")}
              </a>
            </Button>
            {can(user, "reports.view") ? (
              <Button asChild>
                <Link href={`/reports/annual?year=${period.year}`}>
                  <FileText />
                  {t("reports.annualShort")}
                </Link>
              </Button>
            ) : null}
          </>
        }
      />

      {yoy ? (
        <p className="-mt-3 mb-4 text-xs text-muted-foreground" data-testid="yoy-through">
          {t("years.yoyThrough", { year: yoy.year, date: format.dateTime(chinaMidnight(yoy.through), { dateStyle: "long" }) })}
        </p>
      ) : null}
      <section aria-labelledby="participation-heading">
        <h2 id="participation-heading" className="sr-only">
          {t("dashboard.participation")}
        </h2>
        <div className="grid grid-cols-1 gap-3 sm:grid-cols-3">
          {figure(
            "units",
            <StatCard icon={Building2} label={t("dashboard.unitsTakingPart")} value={n(share(data.units))} unit="%" hint={t("dashboard.ofUnits", { active: data.units.active, total: data.units.total })} compare={<Yoy yoy={yoy} figure="unitShare" format={pct} points />} />,
          )}
          {figure(
            "workers",
            <StatCard icon={Users} label={t("dashboard.workersTakingPart")} value={n(share(data.workers))} unit="%" hint={t("dashboard.ofWorkers", { active: data.workers.active, total: data.workers.total })} compare={<Yoy yoy={yoy} figure="workerShare" format={pct} points />} />,
          )}
          {figure(
            "teams",
            <StatCard icon={UsersRound} label={t("dashboard.teamsTakingPart")} value={n(share(data.teams))} unit="%" hint={t("dashboard.ofTeams", { active: data.teams.active, total: data.teams.total })} compare={<Yoy yoy={yoy} figure="teamShare" format={pct} points />} />,
          )}
        </div>
      </section>

      <section className="mt-6" aria-labelledby="work-heading">
        <h2 id="work-heading" className="mb-3 text-base font-semibold">
          {t("dashboard.work")}
        </h2>
        <div className="grid grid-cols-2 gap-3 lg:grid-cols-3">
          {figure(
            "sessions",
            <StatCard icon={BookOpenText} label={t("dashboard.sessions")} value={n(totals.sessions)} unit={t("dashboard.unit.times")} hint={t("dashboard.sessionsHint", { attendance: n(totals.attendance), hours: n(totals.sessionHours, 1) })} compare={<Yoy yoy={yoy} figure="sessions" format={(v) => `${n(v)} ${t("dashboard.unit.times")}`} />} />,
          )}
          {figure(
            "training",
            <StatCard
              icon={GraduationCap}
              label={t("dashboard.training")}
              value={n(totals.trainingTrainees)}
              unit={t("dashboard.unit.personTimes")}
              hint={t("dashboard.trainingHint", { classes: n(totals.trainingClasses), reClasses: n(totals.reemploymentClasses), reTrainees: n(totals.reemploymentTrainees), reemployed: n(totals.reemployed) })}
              compare={<Yoy yoy={yoy} figure="trainingTrainees" format={(v) => `${n(v)} ${t("dashboard.unit.personTimes")}`} />}
            />,
          )}
          {figure(
            "competitions",
            <StatCard
              icon={Trophy}
              label={t("dashboard.competitions")}
              value={n(totals.competitions)}
              unit={t("dashboard.unit.events")}
              hint={t("dashboard.competitionsHint", { participants: n(totals.competitionParticipants), winners: n(totals.competitionWinners) })}
              compare={<Yoy yoy={yoy} figure="competitions" format={(v) => `${n(v)} ${t("dashboard.unit.events")}`} />}
            />,
          )}
          {figure(
            "proposals",
            <StatCard
              icon={Lightbulb}
              label={t("dashboard.proposals")}
              value={n(totals.proposals)}
              unit={t("dashboard.unit.items")}
              hint={t("dashboard.proposalsHint", { adopted: n(totals.proposalsAdopted), benefit: wan(totals.proposalBenefit) })}
              compare={<Yoy yoy={yoy} figure="proposals" format={(v) => `${n(v)} ${t("dashboard.unit.items")}`} />}
            />,
          )}
          {figure(
            "innovations",
            <StatCard
              icon={Wrench}
              label={t("dashboard.innovations10k")}
              value={n(totals.innovations10k)}
              unit={t("dashboard.unit.results")}
              hint={t("dashboard.innovationsHint", { benefit: wan(totals.innovations10kBenefit), all: n(totals.innovations) })}
              compare={<Yoy yoy={yoy} figure="innovations10k" format={(v) => `${n(v)} ${t("dashboard.unit.results")}`} />}
            />,
          )}
          {figure(
            "culture",
            <StatCard icon={Drama} label={t("dashboard.culture")} value={n(totals.cultureEvents)} unit={t("dashboard.unit.events")} hint={t("dashboard.cultureHint", { participants: n(totals.cultureParticipants) })} compare={<Yoy yoy={yoy} figure="cultureEvents" format={(v) => `${n(v)} ${t("dashboard.unit.events")}`} />} />,
          )}
        </div>
        <Card className="mt-3" data-testid="figure-publicity">
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <Megaphone className="size-4 text-primary" />
              {t("dashboard.publicity")}
            </CardTitle>
            <CardDescription>{t("dashboard.publicityHint", { count: n(totals.publicityItems) })}</CardDescription>
          </CardHeader>
          <CardContent>
            <dl className="grid grid-cols-2 gap-x-6 gap-y-3 sm:grid-cols-4 lg:grid-cols-7">
              {PUBLICITY_KINDS.map((channel) => {
                const key = `publicity${channel.replace(/(^|_)(\w)/g, (_, __, c: string) => c.toUpperCase())}` as keyof typeof totals;
                return (
                  <div key={channel} data-testid={`publicity-${channel}`}>
                    <dt className="text-xs text-muted-foreground">{t(`enums.publicityKind.${channel}`)}</dt>
                    <dd className="mt-0.5 text-lg font-semibold">
                      {n(totals[key])}
                      <span className="ml-1 text-xs font-normal text-muted-foreground">{t(`dashboard.unit.${PUBLICITY_UNIT[channel]}`)}</span>
                    </dd>
                  </div>
                );
              })}
            </dl>
          </CardContent>
        </Card>
      </section>

      <section className="mt-6 grid gap-4 lg:grid-cols-5" aria-label={t("dashboard.charts")}>
        <Card className="lg:col-span-3">
          <CardHeader>
            <CardTitle>{t("dashboard.trendTitle")}</CardTitle>
            <CardDescription>{t("dashboard.trendDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            {data.byMonth.length ? <ServerChart option={trendOption} label={t("dashboard.trendTitle")} width={720} height={320} /> : <p className="text-sm text-muted-foreground">{t("dashboard.noData")}</p>}
          </CardContent>
        </Card>
        <Card className="lg:col-span-2">
          <CardHeader>
            <CardTitle>{t("dashboard.byKindTitle")}</CardTitle>
            <CardDescription>{t("dashboard.byKindDescription")}</CardDescription>
          </CardHeader>
          <CardContent>
            {kinds.length ? (
              <ServerChart option={kindOption} label={t("dashboard.kindFigure.alt", { title: t("dashboard.byKindTitle"), list: kindSummary })} width={420} height={kindPanels.length * panelHeight} />
            ) : (
              <p className="text-sm text-muted-foreground">{t("dashboard.noData")}</p>
            )}
          </CardContent>
        </Card>
      </section>

      {trend2Option && trend2 && trend2.years.length > 1 ? (
        <Card className="mt-4" data-testid="trend-two-years">
          <CardHeader>
            <CardTitle>{t("years.trend2Title")}</CardTitle>
            <CardDescription>{t("years.trend2Description", { year: period.year, previous: period.year - 1 })}</CardDescription>
          </CardHeader>
          <CardContent>
            <ServerChart option={trend2Option} label={t("years.trend2Title")} width={960} height={300} />
          </CardContent>
        </Card>
      ) : null}

      {lateUnits && lateTeams ? (
        <section className="mt-6 grid items-start gap-4 lg:grid-cols-2" aria-label={t("dashboard.late")}>
          <LateCard level="unit" orgs={lateUnits} />
          <LateCard level="team" orgs={lateTeams} description={t("dashboard.lateTeamsDescription", { count: lateTeams.length })}>
            {lateTeams.length === 0 ? (
              <p className="text-sm text-muted-foreground">{t("dashboard.noLateTeams")}</p>
            ) : (
              <ul className="org-lines divide-y" data-testid="late-teams">
                {lateTeams.slice(0, LATE_SHOWN).map((team) => (
                  <li key={team.id}>
                    <Link href={`/org/${team.id}`} className="link">
                      {team.name}
                    </Link>
                    <span>{team.unitName}</span>
                  </li>
                ))}
              </ul>
            )}
          </LateCard>
        </section>
      ) : (
        <p className="mt-6 rounded-xl border border-dashed p-4 text-sm text-muted-foreground" data-testid="past-year-note">
          {t("years.pastYearNoLate", { year: period.year })}
        </p>
      )}
    </>
  );
}
