import { Link } from "@/components/ui/link";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { ClipboardCheck, Plus, UserCheck, Users, UsersRound } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { StatCard } from "@/components/stat-card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { percent } from "@/lib/format";
import { getUnionHome } from "@/lib/home/queries";
import { periodProgress } from "@/lib/periods/queries";
import { TeamsList } from "../org/teams-list";
import { ActivitySummary } from "./activity-summary";
import { LateCard, ProfileCard } from "./home-cards";
import { NudgeBanner } from "./nudge-banner";
import { RejectedRecords } from "./rejected-records";

export async function UnionHome({ user }: { user: CurrentUser }) {
  const [t, format, now, data] = await Promise.all([getTranslations(), getFormatter(), getNow(), getUnionHome(user)]);
  const { period, totals, accounts, profile, teams, waiting, activity, span, late, nudges, rejected } = data;
  const leadersWithoutLogin = teams.filter((team) => team.leaderName && !team.leaderLastLoginAt).length;
  return (
    <>
      <PageHeader
        eyebrow={t("home.union.eyebrow")}
        title={user.orgName}
        description={period ? t("home.periodLine", { year: period.year, progress: periodProgress(period) }) : t("home.noPeriod")}
        actions={
          <Button asChild>
            <Link href="/records/new">
              <Plus />
              {t("records.new")}
            </Link>
          </Button>
        }
      />
      <NudgeBanner nudges={nudges} now={now.getTime()} />
      <RejectedRecords rows={rejected} />
      <section className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label={t("home.keyFigures")}>
        <Link href="/review" className="rounded-xl transition-shadow hover:shadow-md">
          <StatCard
            icon={ClipboardCheck}
            label={t("home.pendingReview")}
            value={format.number(waiting.review)}
            unit={t("home.recordsUnit")}
            hint={t("home.pendingReviewHint.union")}
            className={waiting.review ? "border-primary/40" : undefined}
          />
        </Link>
        <StatCard icon={UsersRound} label={t("home.teams")} value={format.number(totals.teams)} unit={t("units.orgUnit")} />
        <StatCard icon={Users} label={t("home.workers")} value={format.number(totals.workers)} unit={t("units.person")} />
        <StatCard
          icon={UserCheck}
          label={t("home.activeAccounts")}
          value={`${percent(accounts.active, accounts.total)}`}
          unit="%"
          hint={t("home.activeAccountsHint", { active: accounts.active, total: accounts.total })}
        />
      </section>

      <Card className="mt-4">
        <CardHeader>
          <CardTitle>{t("home.activity.title")}</CardTitle>
          <CardDescription>{t("home.activity.descriptionUnit", { year: period?.year ?? "" })}</CardDescription>
        </CardHeader>
        <CardContent>
          <ActivitySummary activity={activity} span={span} />
        </CardContent>
      </Card>

      {/* grid-cols-1: a column no wider than the page, so the teams table scrolls in its box rather than widening the page. */}
      <div className="mt-4 grid grid-cols-1 gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <section aria-labelledby="teams-heading">
          <div className="mb-3 flex items-end justify-between gap-3">
            <div>
              <h2 id="teams-heading" className="text-base font-semibold">
                {t("home.union.teams")}
              </h2>
              {leadersWithoutLogin > 0 ? (
                <p className="mt-0.5 text-sm text-muted-foreground">{t("home.union.leadersNotSignedIn", { count: leadersWithoutLogin })}</p>
              ) : null}
            </div>
            <Link href="/workers" className="text-sm text-primary hover:underline">
              {t("home.union.viewRoster")}
            </Link>
          </div>
          {teams.length > 0 ? (
            <TeamsList rows={teams} />
          ) : (
            <EmptyState icon={UsersRound} title={t("home.union.noTeams")} description={t("home.union.noTeamsHint")} />
          )}
        </section>
        <div className="grid content-start gap-4">
          <LateCard level="team" orgs={late} />
          <ProfileCard profile={profile} />
        </div>
      </div>
    </>
  );
}
