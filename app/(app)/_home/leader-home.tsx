import { Link } from "@/components/ui/link";
import { getFormatter, getNow, getTranslations } from "next-intl/server";
import { BookOpen, Clock, Copy, FileText, Lightbulb, Users, UsersRound } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { StatCard } from "@/components/stat-card";
import type { CurrentUser } from "@/lib/auth/current-user";
import { getLeaderHome } from "@/lib/home/queries";
import { periodProgress } from "@/lib/periods/queries";
import { RecordList } from "../records/record-list";
import { RosterList } from "../workers/roster-list";
import { NudgeBanner } from "./nudge-banner";
import { RejectedRecords } from "./rejected-records";

const ROSTER_PREVIEW = 8;

export async function LeaderHome({ user }: { user: CurrentUser }) {
  const [t, format, now, data] = await Promise.all([getTranslations(), getFormatter(), getNow(), getLeaderHome(user)]);
  const { period, profile, roster, activity, nudges, rejected, recent } = data;
  const study = activity.find((a) => a.kind === "study_session");
  const proposals = activity.find((a) => a.kind === "proposal");
  return (
    <>
      <PageHeader
        eyebrow={t("home.leader.eyebrow")}
        title={user.orgName}
        description={period ? t("home.periodLine", { year: period.year, progress: periodProgress(period) }) : t("home.noPeriod")}
      />
      <NudgeBanner nudges={nudges} now={now.getTime()} />
      <RejectedRecords rows={rejected} />

      <section className="mb-5 grid grid-cols-2 gap-2 sm:flex sm:flex-wrap" aria-label={t("home.leader.quickActions")}>
        <Button asChild size="lg" className="col-span-2 h-14 text-base sm:h-11 sm:text-sm">
          <Link href="/records/new?kind=study_session">
            <BookOpen />
            {t("home.leader.logStudy")}
          </Link>
        </Button>
        <Button asChild size="lg" variant="outline" className="h-12 sm:h-11">
          <Link href="/records/new?kind=study_session&copy=last">
            <Copy />
            {t("records.copyLast")}
          </Link>
        </Button>
        <Button asChild size="lg" variant="outline" className="h-12 sm:h-11">
          <Link href="/records/new?kind=proposal">
            <Lightbulb />
            {t("home.leader.logProposal")}
          </Link>
        </Button>
      </section>

      <section className="grid grid-cols-2 gap-3 lg:grid-cols-4" aria-label={t("home.keyFigures")}>
        <StatCard icon={BookOpen} label={t("home.leader.sessions")} value={format.number(study?.records ?? 0)} unit={t("home.leader.sessionsUnit")} />
        {/* A study session's headline figure is its hours (KINDS.study_session.headline). */}
        <StatCard icon={Clock} label={t("home.leader.hours")} value={format.number(study?.headline ?? 0)} unit={t("figure.label.hours")} />
        <StatCard icon={UsersRound} label={t("home.leader.attendance")} value={format.number(study?.participants ?? 0)} unit={t("figure.label.people")} />
        <StatCard icon={Lightbulb} label={t("home.leader.proposals")} value={format.number(proposals?.records ?? 0)} unit={t("home.leader.proposalsUnit")} />
      </section>

      <section className="mt-6" aria-labelledby="recent-heading">
        <div className="mb-3 flex items-end justify-between">
          <h2 id="recent-heading" className="text-base font-semibold">
            {t("home.leader.recent")}
          </h2>
          <Link href="/records" className="text-sm text-primary hover:underline">
            {t("common.viewAll")}
          </Link>
        </div>
        {recent.length ? (
          <RecordList rows={recent} />
        ) : (
          <EmptyState icon={FileText} title={t("records.empty.title")} description={t("records.empty.hint.leader")} />
        )}
      </section>

      <section className="mt-6" aria-labelledby="roster-heading">
        <div className="mb-3 flex items-end justify-between">
          <h2 id="roster-heading" className="text-base font-semibold">
            {t("home.leader.roster")} <span className="font-normal text-muted-foreground">· {t("units.people", { count: profile.total })}</span>
          </h2>
          {roster.total > ROSTER_PREVIEW ? (
            <Link href="/workers" className="text-sm text-primary hover:underline">
              {t("home.leader.viewAll", { count: roster.total })}
            </Link>
          ) : null}
        </div>
        {roster.rows.length > 0 ? (
          <RosterList rows={roster.rows.slice(0, ROSTER_PREVIEW)} showTeam={false} />
        ) : (
          <EmptyState icon={Users} title={t("home.leader.noWorkers")} description={t("home.leader.noWorkersHint")} />
        )}
      </section>
    </>
  );
}
