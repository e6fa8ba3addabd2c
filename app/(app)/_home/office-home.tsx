import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Building2, CalendarRange, ChevronRight, ClipboardCheck, Users, UsersRound } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Progress } from "@/components/ui/progress";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/page-header";
import { StatCard } from "@/components/stat-card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { UNIT_KINDS } from "@/lib/domain/enums";
import { getOfficeHome } from "@/lib/home/queries";
import { listLayout } from "@/lib/http/device";
import { periodProgress } from "@/lib/periods/queries";
import { ActivitySummary } from "./activity-summary";
import { LateCard, ProfileCard } from "./home-cards";

export async function OfficeHome({ user }: { user: CurrentUser }) {
  const [t, format, data, layout] = await Promise.all([getTranslations(), getFormatter(), getOfficeHome(user), listLayout()]);
  const { period, totals, accounts, profile, unitKinds, waiting, activity, span, late } = data;
  const progress = period ? periodProgress(period) : 0;
  // The figures of a kind of unit, as the table's columns and the phone's cards show them.
  const kindFigureLabels = [t("home.office.unitsCol"), t("org.col.teams"), t("org.col.workers"), t("org.col.activeAccounts")];
  const kindFigures = (k: (typeof unitKinds)[number]) => [format.number(k.units), format.number(k.teams), t("units.people", { count: k.workers }), format.number(k.activeAccounts)];
  return (
    <>
      <PageHeader
        eyebrow={t("home.office.eyebrow")}
        title={t("home.office.title", { county: user.orgName })}
        description={period ? t("home.periodLine", { year: period.year, progress }) : t("home.noPeriod")}
      />
      <section className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label={t("home.keyFigures")}>
        <StatCard
          icon={Building2}
          label={t("home.office.units")}
          value={format.number(totals.units)}
          unit={t("units.orgUnit")}
          hint={UNIT_KINDS.map((k) => `${t(`enums.unitKind.${k}`)} ${totals.unitsByKind[k]}`).join(" · ")}
        />
        <StatCard icon={UsersRound} label={t("home.teams")} value={format.number(totals.teams)} unit={t("units.orgUnit")} />
        <StatCard icon={Users} label={t("home.workers")} value={format.number(totals.workers)} unit={t("units.person")} />
        <Link href="/review" className="rounded-xl transition-shadow hover:shadow-md">
          <StatCard
            icon={ClipboardCheck}
            label={t("home.pendingReview")}
            value={format.number(waiting.review)}
            unit={t("home.recordsUnit")}
            hint={t("home.pendingReviewHint.office")}
            className={waiting.review ? "border-primary/40" : undefined}
          />
        </Link>
      </section>

      <Card className="mt-4">
        <CardHeader>
          <CardTitle>{t("home.activity.title")}</CardTitle>
          <CardDescription>{t("home.activity.description", { year: period?.year ?? "" })}</CardDescription>
        </CardHeader>
        <CardContent>
          <ActivitySummary activity={activity} span={span} />
        </CardContent>
      </Card>

      <div className="mt-4 grid gap-4 lg:grid-cols-3">
        <LateCard level="unit" orgs={late} />
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <CalendarRange className="size-4 text-primary" />
              {t("home.period.title")}
            </CardTitle>
            <CardDescription>
              {period
                ? t("home.period.range", { start: format.dateTime(new Date(period.startsOn), { dateStyle: "medium" }), end: format.dateTime(new Date(period.endsOn), { dateStyle: "medium" }) })
                : t("home.noPeriod")}
            </CardDescription>
          </CardHeader>
          <CardContent className="space-y-2">
            <Progress value={progress} aria-label={t("home.period.title")} />
            <p className="text-sm text-muted-foreground">{t("home.period.elapsed", { progress })}</p>
            <p className="text-sm text-muted-foreground">{t("home.activeAccountsHint", { active: accounts.active, total: accounts.total })}</p>
          </CardContent>
        </Card>
        <ProfileCard profile={profile} />
      </div>

      <section className="mt-6" aria-labelledby="units-heading">
        <div className="mb-3 flex items-end justify-between">
          <h2 id="units-heading" className="text-base font-semibold">
            {t("home.office.unitsTable")}
          </h2>
          <Link href="/org" className="inline-flex min-h-10 items-center gap-1 text-sm text-primary hover:underline">
            {t("home.office.allUnits", { count: totals.units })}
            <ChevronRight className="size-4" />
          </Link>
        </div>
        {layout === "table" ? (
          <div className="overflow-x-auto rounded-xl border bg-card">
            <Table>
              <TableHeader>
                <TableRow>
                  <TableHead>{t("org.col.unitKind")}</TableHead>
                  {kindFigureLabels.map((label) => (
                    <TableHead key={label} className="text-right">
                      {label}
                    </TableHead>
                  ))}
                </TableRow>
              </TableHeader>
              <TableBody>
                {unitKinds.map((k) => (
                  <TableRow key={k.kind}>
                    <TableCell className="font-medium">
                      <Badge variant="secondary">{t(`enums.unitKind.${k.kind}`)}</Badge>
                    </TableCell>
                    {kindFigures(k).map((value, i) => (
                      <TableCell key={kindFigureLabels[i]} className="text-right">
                        {value}
                      </TableCell>
                    ))}
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
        ) : (
          // On a phone each kind is a card: five columns would scroll sideways in English.
          <ul className="grid gap-2">
            {unitKinds.map((k) => (
              <li key={k.kind} className="rounded-xl border bg-card px-4 py-3">
                <Badge variant="secondary">{t(`enums.unitKind.${k.kind}`)}</Badge>
                <dl className="mt-2 grid grid-cols-2 gap-x-4 gap-y-1 text-sm">
                  {kindFigures(k).map((value, i) => (
                    <div key={kindFigureLabels[i]} className="flex items-baseline justify-between gap-2">
                      <dt className="text-muted-foreground">{kindFigureLabels[i]}</dt>
                      <dd className="font-medium tabular-nums">{value}</dd>
                    </div>
                  ))}
                </dl>
              </li>
            ))}
          </ul>
        )}
        <p className="mt-2 text-sm text-muted-foreground">{t("home.office.unitsHint", { count: totals.units })}</p>
      </section>
    </>
  );
}
