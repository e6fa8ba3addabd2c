import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CheckCircle2, ChevronLeft, Pencil, UserPlus, Users, UsersRound, BookMarked } from "@/components/icons";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import { PageHeader } from "@/components/page-header";
import { listTitlesOf } from "@/lib/titles/queries";
import { SubjectTitles } from "../../evaluations/publications/subject-titles";
import { listAccountsOfOrg } from "@/lib/accounts/queries";
import { creatableRole, managedLevels } from "@/lib/accounts/rules";
import { requireUser } from "@/lib/auth/current-user";
import { homeKindFor } from "@/lib/home/queries";
import { can } from "@/lib/auth/permissions";
import { getOrg, listTeamsInScope } from "@/lib/org/queries";
import { listWorkers } from "@/lib/workers/queries";
import { RosterList } from "../../workers/roster-list";
import { ArchiveOrgButton } from "../org-buttons";
import { TeamsList } from "../teams-list";
import { AccountsPanel, type AccountView } from "./accounts-panel";
import { AreaMessages } from "@/components/area-messages";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const org = await getOrg(user, (await params).id);
  return { title: org?.name };
}

/** A unit (its teams and union accounts) or a team (its roster and leader accounts). Outside the user's subtree it does not exist. */
export default async function OrgDetailPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const org = await getOrg(user, (await params).id);
  if (!org) notFound();
  if (org.level === "county") redirect("/org");
  const managesAccounts = can(user, "users.manage") && managedLevels(user.role).includes(org.level);
  const [t, format, { saved }, titleRows, accountRows, teams, roster] = await Promise.all([
    getTranslations(),
    getFormatter(),
    searchParams,
    listTitlesOf(user, org.id),
    managesAccounts ? listAccountsOfOrg(user, org.id) : null,
    org.level === "unit" ? listTeamsInScope(user, { unitId: org.id }) : [],
    // A team's roster (on a unit's page the team filter matches no one, and only the count runs).
    listWorkers(user, { status: "active", page: 1, team: org.id }),
  ]);
  const back = org.backTo ? (
    <Link href={org.backTo === "orgHome" ? "/org" : `/org/${org.parentId}`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
      <ChevronLeft className="size-4" />
      {org.backTo === "orgHome" ? homeKindFor(user) === "county" ? t("org.officeTitle") : t("org.unionTitle") : org.parentName}
    </Link>
  ) : null;
  const editable = (org.level === "unit" && can(user, "units.manage")) || (org.level === "team" && can(user, "teams.manage"));
  const manageActions = editable ? (
    <>
      <Button asChild variant="outline" className="h-11 md:h-9">
        <Link href={`/org/${org.id}/edit`}>
          <Pencil />
          {t("common.edit")}
        </Link>
      </Button>
      <ArchiveOrgButton id={org.id} name={org.name} level={org.level} />
    </>
  ) : null;
  const titles = <SubjectTitles titles={titleRows} user={user} />;
  // The 台账 of this team or unit (the org is already within the user's subtree; the route checks again).
  const ledgerButton = can(user, "ledger.view") ? (
    <Button asChild variant="outline" className="h-11 md:h-9">
      <Link href={`/reports/ledger?org=${org.id}`}>
        <BookMarked />
        {t("ledger.button")}
      </Link>
    </Button>
  ) : null;
  const savedNotice = saved ? (
    <Alert variant="success" className="mb-4">
      <CheckCircle2 />
      <AlertDescription>{t("org.done.saved")}</AlertDescription>
    </Alert>
  ) : null;

  // Accounts of this org, when the user administers accounts at its level.
  const accounts: AccountView[] | null =
    accountRows?.map((a) => ({
      id: a.id,
      username: a.username,
      displayName: a.displayName,
      role: a.role,
      active: a.active,
      locked: a.locked,
      lastLogin: a.lastLoginAt ? format.relativeTime(a.lastLoginAt) : t("org.neverSignedIn"),
      manageable: a.manageable,
    })) ?? null;
  const accountsPanel = accounts ? (
    <AreaMessages areas={["accounts"]}>
      <AccountsPanel orgId={org.id} accounts={accounts} createRole={creatableRole(user.role, org.level)} />
    </AreaMessages>
  ) : null;

  if (org.level === "unit") {
    return (
      <>
        {back}
        <PageHeader
          className="mt-2"
          title={org.name}
          description={[t(`enums.unitKind.${org.unitKind ?? "enterprise"}`), org.industry, org.contactName ? `${t("org.contact")}: ${org.contactName} ${org.contactPhone ?? ""}` : null]
            .filter(Boolean)
            .join(" · ")}
          actions={
            <>
              {ledgerButton}
              {manageActions}
            </>
          }
        />
        {savedNotice}
        {titles}
        <h2 className="mb-3 text-base font-semibold">{t("org.teamsHeading", { count: teams.length })}</h2>
        {teams.length ? <TeamsList rows={teams} /> : <EmptyState icon={UsersRound} title={t("home.union.noTeams")} description={t("org.noTeamsOfficeHint")} />}
        {accountsPanel}
      </>
    );
  }

  const addWorker = can(user, "workers.manage") ? (
    <Button asChild variant="outline" className="h-11 md:h-9">
      <Link href={`/workers/new?team=${org.id}`}>
        <UserPlus />
        {t("workers.add")}
      </Link>
    </Button>
  ) : null;
  return (
    <>
      {back}
      <PageHeader
        className="mt-2"
        title={org.name}
        eyebrow={<span data-user-content>{org.parentName}</span>}
        description={t("org.teamDescription", { count: roster.total })}
        actions={
          <>
            <Badge variant="secondary">{t(`enums.teamKind.${org.teamKind ?? "team"}`)}</Badge>
            {ledgerButton}
            {addWorker}
            {manageActions}
          </>
        }
      />
      {savedNotice}
      {titles}
      {roster.rows.length ? (
        <>
          <RosterList rows={roster.rows} showTeam={false} />
          {roster.total > roster.rows.length ? (
            <Link href={`/workers?team=${org.id}&page=2`} className="mt-3 inline-block text-sm text-primary hover:underline">
              {t("common.viewAll")}
            </Link>
          ) : null}
        </>
      ) : (
        <EmptyState
          icon={Users}
          title={t("home.leader.noWorkers")}
          description={can(user, "workers.manage") ? t("workers.emptyManageHint") : t("home.leader.noWorkersHint")}
          action={addWorker}
        />
      )}
      {accountsPanel}
    </>
  );
}
