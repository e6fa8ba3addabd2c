import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Award, ChevronLeft, Download, History, Megaphone } from "@/components/icons";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { formatPoints } from "@/lib/evaluations/format";
import { getPublication, type PublicationEntry } from "@/lib/titles/queries";
import { nameTitlesAction, reschedulePublicationAction } from "@/lib/titles/actions";
import { GradeBadge } from "../../status-badges";
import { NameForm, RescheduleForm, WithdrawTitleDialog } from "./publication-forms";
import { PhaseBadge } from "../phase-badge";
import { PublicationDocuments } from "../publication-documents";
import { chinaMidnight } from "@/lib/time";
import { ClosedYearNotice } from "@/components/closed-year-notice";
import { withAreaMessages } from "@/components/area-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("publications");
  return { title: t("title") };
}

type Props = { params: Promise<{ id: string }> };

/** 公示 of a period's results: read-only for the county while posted; the office moves the window, names after it and withdraws titles. */
async function PublicationPage({ params }: Props) {
  const user = await requireUser();
  if (!can(user, "publications.view")) notFound();
  const detail = await getPublication(user, (await params).id);
  if (!detail) notFound();
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const { publication: p, entries } = detail;
  const office = can(user, "titles.manage");
  // What the office may still change comes from lib: nothing in a closed year.
  const manage = detail.canManage;
  const titleLabel = t(`titles.name.${p.target}`, { year: p.year });
  const date = (iso: string) => format.dateTime(chinaMidnight(iso), { dateStyle: "medium" });
  const where = (e: PublicationEntry) => (p.target === "worker" ? `${e.unitName} · ${e.teamName ?? ""}` : p.target === "team" ? e.unitName : "");

  return (
    <>
      <Link href="/evaluations?view=publications" className="mb-3 inline-flex min-h-9 items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {t("evaluations.title")}
      </Link>
      <PageHeader
        eyebrow={t("publications.eyebrow", { year: p.year })}
        title={t("publications.heading", { target: t(`enums.evaluationTarget.${p.target}`) })}
        description={
          <span className="inline-flex flex-wrap items-center gap-2">
            <PhaseBadge phase={p.phase} />
            <span data-testid="window">{t("publications.windowLine", { start: date(p.startsOn), end: date(p.endsOn) })}</span>
          </span>
        }
        actions={<PublicationDocuments publication={p} certificates={office} />}
      />

      <ClosedYearNotice year={detail.closedYear} />
      {p.phase === "posting" ? (
        <Alert className="mb-4">
          <Megaphone />
          <AlertTitle>{t("publications.postingTitle")}</AlertTitle>
          <AlertDescription>{t("publications.postingHint", { end: date(p.endsOn) })}</AlertDescription>
        </Alert>
      ) : null}

      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <section aria-labelledby="entries-heading" className="grid content-start gap-3">
          <h2 id="entries-heading" className="text-base font-semibold">
            {t("publications.entriesTitle", { count: entries.length })}
          </h2>
          {manage && p.phase === "ended" ? (
            <>
              <p className="text-sm text-muted-foreground">{t("publications.nameHint", { title: titleLabel })}</p>
              <NameForm
                action={nameTitlesAction.bind(null, p.id)}
                version={p.version}
                titleLabel={titleLabel}
                candidates={entries.map((e) => ({
                  evaluationId: e.evaluationId,
                  rank: e.rank,
                  name: e.name,
                  line: where(e),
                  score: formatPoints(e.finalTotal, t, locale),
                  grade: e.vetoed ? t("rankings.vetoed") : e.grade ? t(`enums.grade.${e.grade}`) : "—",
                  excellent: e.grade === "excellent" && !e.vetoed,
                }))}
              />
            </>
          ) : (
            <EntriesTable entries={entries} where={where} office={office} manage={manage} titleLabel={titleLabel} showWhere={p.target === "team" || p.target === "worker"} showTitles={p.phase === "named"} />
          )}
        </section>

        <aside className="grid content-start gap-4">
          {manage && p.status === "posted" ? (
            <Card>
              <CardHeader>
                <CardTitle>{t("publications.windowTitle")}</CardTitle>
                <CardDescription>{t("publications.windowHint")}</CardDescription>
              </CardHeader>
              <CardContent>
                <RescheduleForm action={reschedulePublicationAction.bind(null, p.id)} version={p.version} startsOn={p.startsOn} endsOn={p.endsOn} />
              </CardContent>
            </Card>
          ) : null}
          {manage && (p.phase === "upcoming" || p.phase === "posting") ? <p className="text-sm text-muted-foreground">{t("publications.nameLater", { end: date(p.endsOn) })}</p> : null}
          {office ? (
            <section aria-labelledby="pub-history" className="grid gap-2">
              <h2 id="pub-history" className="flex items-center gap-2 text-base font-semibold">
                <History className="size-4 text-primary" />
                {t("evaluations.detail.history")}
              </h2>
              <ol className="grid gap-2" data-testid="publication-history">
                {detail.history.map((h) => (
                  <li key={h.id} className="rounded-lg border bg-card px-3 py-2 text-sm">
                    <div className="flex flex-wrap items-baseline gap-x-2">
                      <span className="font-medium">{t(`publications.audit.${h.action.replace("publication.", "")}`)}</span>
                      <span className="text-muted-foreground" data-user-content>
                        {h.actorName ?? "—"}
                      </span>
                    </div>
                    <div className="text-xs text-muted-foreground">{format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}</div>
                  </li>
                ))}
              </ol>
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}

async function EntriesTable({ entries, where, office, manage, titleLabel, showWhere, showTitles }: { entries: PublicationEntry[]; where: (e: PublicationEntry) => string; office: boolean; manage: boolean; titleLabel: string; showWhere: boolean; showTitles: boolean }) {
  const [t, locale, format] = await Promise.all([getTranslations(), getLocale(), getFormatter()]);
  const titleCell = (e: PublicationEntry) =>
    e.title ? (
      e.title.status === "held" ? (
        <span className="inline-flex flex-wrap items-center gap-2">
          <Badge variant="success" data-testid="title-badge">
            <Award />
            {titleLabel}
          </Badge>
          {office ? (
            <a href={`/reports/certificates/${e.title.id}`} className="inline-flex min-h-9 items-center gap-1 text-xs font-medium text-primary hover:underline" aria-label={t("certificates.downloadOne", { name: e.name })} data-testid="certificate-link">
              <Download className="size-3.5" />
              {t("certificates.link")}
            </a>
          ) : null}
          {manage ? <WithdrawTitleDialog titleId={e.title.id} version={e.title.version} name={e.name} /> : null}
        </span>
      ) : (
        <span className="text-sm text-muted-foreground" data-testid="title-withdrawn">
          {t("publications.withdrawnLine", { date: e.title.withdrawnAt ? format.dateTime(e.title.withdrawnAt, { dateStyle: "medium" }) : "", reason: e.title.withdrawReason ?? "" })}
        </span>
      )
    ) : (
      <span className="text-muted-foreground">—</span>
    );
  return (
    <div data-testid="publication-entries">
      <ol className="grid gap-2 md:hidden">
        {entries.map((e) => (
          <li key={e.evaluationId} className="grid gap-2 rounded-xl border bg-card px-4 py-3" data-name={e.name}>
            <div className="flex items-center gap-3">
              <span className="w-6 text-center text-sm font-semibold text-muted-foreground">{e.rank ?? "—"}</span>
              <span className="min-w-0 flex-1">
                <span className="block font-medium" data-user-content>
                  {e.name}
                </span>
                {showWhere ? <span className="block truncate text-xs text-muted-foreground">{where(e)}</span> : null}
              </span>
              <span className="text-right text-sm">
                <span className="block font-semibold">{formatPoints(e.finalTotal, t, locale)}</span>
                <GradeBadge grade={e.grade} t={t} />
              </span>
            </div>
            {e.title ? <div>{titleCell(e)}</div> : null}
          </li>
        ))}
      </ol>
      <div className="hidden overflow-hidden rounded-xl border bg-card md:block">
        <Table>
          <TableHeader>
            <TableRow>
              <TableHead className="w-16">{t("rankings.col.rank")}</TableHead>
              <TableHead>{t("evaluations.col.subject")}</TableHead>
              {showWhere ? <TableHead>{t("evaluations.col.unit")}</TableHead> : null}
              <TableHead className="text-right">{t("evaluations.col.final")}</TableHead>
              <TableHead>{t("evaluations.col.grade")}</TableHead>
              {showTitles ? <TableHead>{t("publications.col.title")}</TableHead> : null}
            </TableRow>
          </TableHeader>
          <TableBody>
            {entries.map((e) => (
              <TableRow key={e.evaluationId} data-testid="publication-row" data-name={e.name}>
                <TableCell>{e.rank ?? "—"}</TableCell>
                <TableCell className="font-medium" data-user-content>
                  {e.name}
                </TableCell>
                {showWhere ? <TableCell className="text-muted-foreground">{where(e)}</TableCell> : null}
                <TableCell className="text-right font-medium">{formatPoints(e.finalTotal, t, locale)}</TableCell>
                <TableCell>{e.vetoed ? <Badge variant="accent">{t("rankings.vetoed")}</Badge> : <GradeBadge grade={e.grade} t={t} />}</TableCell>
                {showTitles ? <TableCell>{titleCell(e)}</TableCell> : null}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

// Its forms and dialogs speak the evaluation area's messages.
export default withAreaMessages(["evaluations"], PublicationPage);
