import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ChevronLeft, CircleAlert, CircleCheck, History, Lock, Paperclip, Users } from "@/components/icons";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { parseSearchParams } from "@/lib/http/search-params";
import { queueQuery, reviewQueueFiltersSchema } from "@/lib/records/queue-filters";
import { getQueuePosition, type QueuePosition } from "@/lib/records/review-queue";
import { formatFigure } from "@/lib/records/format";
import { KINDS } from "@/lib/records/kinds";
import { getRecordDetail } from "@/lib/records/queries";
import { approveRecordAction, rejectRecordAction, reopenRecordAction, submitRecordAction, withdrawRecordAction } from "@/lib/records/actions";
import { StatusBadge } from "../status-badge";
import { EvidenceManager } from "./evidence-manager";
import { QueueNav } from "./queue-nav";
import { RecordActions, type RecordSteps } from "./record-actions";
import { ClosedYearNotice } from "@/components/closed-year-notice";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const detail = await getRecordDetail(user, (await params).id);
  return { title: detail?.record.title };
}

export default async function RecordPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const detail = await getRecordDetail(user, (await params).id);
  if (!detail) notFound();
  const [t, format, locale, sp] = await Promise.all([getTranslations(), getFormatter(), getLocale(), searchParams]);
  const saved = typeof sp.saved === "string" ? sp.saved : undefined;
  const { record, values, namedByField, evidence, history, actions, closedYear } = detail;
  // Opened from the review queue: walk the same queue (its filters and order) from here.
  let queue: (QueuePosition & { query: string }) | null = null;
  if (sp.queue === "1" && can(user, "review.view")) {
    const filters = parseSearchParams(reviewQueueFiltersSchema, sp);
    const query = queueQuery(filters, { queue: "1" });
    queue = { ...(await getQueuePosition(user, filters, record.id)), query };
  }
  const recordHref = (id: string | null) => (id && queue ? `/records/${id}?${queue.query}` : null);
  const queueHref = queue ? `/review?${queueQuery(parseSearchParams(reviewQueueFiltersSchema, sp))}` : "/review";
  // Approving or sending back goes on to the next record, or back to the queue after the last one.
  const afterReviewHref = queue ? (recordHref(queue.nextId) ?? queueHref) : undefined;
  const decision =
    record.kind === "proposal" && actions.includes("approve")
      ? { adopted: Boolean(values.adopted), implemented: Boolean(values.implemented), benefitYuan: (values.benefitYuan as number | undefined) ?? null }
      : undefined;
  // Bound here, not in the client component: its forms then also post without JavaScript (lib/actions/result.ts, FormAction).
  // Each action still reads the user again and checks the record is theirs to move.
  const bind = (step: keyof RecordSteps, action: typeof approveRecordAction) => (actions.includes(step) ? action.bind(null, record.id) : undefined);
  const steps: RecordSteps = {
    submit: bind("submit", submitRecordAction),
    withdraw: bind("withdraw", withdrawRecordAction),
    approve: decision ? undefined : bind("approve", approveRecordAction),
    reject: bind("reject", rejectRecordAction),
    reopen: bind("reopen", reopenRecordAction),
  };
  const def = KINDS[record.kind];
  const isOwner = actions.includes("edit");
  const org = record.teamName ? `${record.unitName} · ${record.teamName}` : (record.unitName ?? t("records.countyLevel"));

  const display = (name: string): React.ReactNode => {
    const f = def.fields.find((x) => x.name === name)!;
    const v = values[name];
    switch (f.type) {
      case "number":
        return v === undefined || v === null ? "—" : formatFigure(v as number, f.unit, t, locale);
      case "boolean":
        return v ? t("common.yes") : t("common.no");
      case "select":
        return v ? t(`enums.${f.optionSet}.${v}`) : "—";
      case "multiselect":
        return ((v as string[]) ?? []).map((o) => t(`enums.${f.optionSet}.${o}`)).join("、") || "—";
      case "team":
        return record.teamName ?? "—";
      default:
        return (v as string) || "—";
    }
  };
  const decisionValue = (v: unknown) => (typeof v === "boolean" ? t(v ? "common.yes" : "common.no") : typeof v === "number" ? formatFigure(v, "yuan", t, locale) : "—");
  const shown = def.fields.filter((f) => f.type !== "workers" && f.name !== "title" && !(f.type === "team" && record.ownerLevel !== "unit"));

  return (
    <>
      {queue ? (
        <QueueNav
          position={queue.position}
          total={queue.total}
          previousHref={recordHref(queue.previousId)}
          nextHref={recordHref(queue.position ? queue.nextId : queue.firstId)}
          queueHref={queueHref}
        />
      ) : (
        <Link href="/records" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
          <ChevronLeft className="size-4" />
          {t("records.title")}
        </Link>
      )}
      <PageHeader
        className="mt-2"
        eyebrow={t(`enums.recordKind.${record.kind}`)}
        title={record.title}
        description={`${org} · ${record.occurredOn}`}
        actions={<StatusBadge status={record.status} />}
      />

      <ClosedYearNotice year={closedYear} />
      {saved ? (
        <Alert variant="success" className="mb-4">
          <CircleCheck />
          <AlertDescription>{t(`records.saved.${saved === "submitted" ? (record.status === "approved" ? "approved" : "submitted") : "draft"}`)}</AlertDescription>
        </Alert>
      ) : null}
      {record.status === "rejected" && record.reviewNote ? (
        // In a closed year the note is history, not a request: no "please change and resubmit".
        <Alert variant={closedYear === null ? "destructive" : "default"} className="mb-4" data-testid="review-note">
          <CircleAlert />
          <AlertTitle>{closedYear === null ? t("records.rejectedTitle") : t("records.rejectedNoteTitle")}</AlertTitle>
          <AlertDescription>
            <p className="whitespace-pre-wrap">{record.reviewNote}</p>
            {isOwner ? <p className="mt-1 text-xs">{t("records.rejectedHint")}</p> : null}
          </AlertDescription>
        </Alert>
      ) : null}
      {record.status === "approved" ? (
        <Alert className="mb-4">
          <Lock />
          <AlertDescription>
            {t("records.lockedNote", { reviewer: detail.reviewerName ?? "—", at: record.reviewedAt ? format.dateTime(record.reviewedAt, { dateStyle: "medium", timeStyle: "short" }) : "—" })}
          </AlertDescription>
        </Alert>
      ) : null}

      <div className="mb-5">
        <RecordActions
          id={record.id}
          version={record.version}
          actions={actions}
          steps={steps}
          isOfficeOwn={record.ownerLevel === "county"}
          decision={decision}
          afterReviewHref={afterReviewHref}
        />
      </div>

      <div className="grid gap-4 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle>{t("records.details")}</CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
                {shown.map((f) => (
                  <div key={f.name} className={f.type === "textarea" ? "sm:col-span-2" : undefined}>
                    <dt className="text-muted-foreground">{t(`records.field.${f.name}`)}</dt>
                    <dd className="mt-0.5 whitespace-pre-wrap break-words font-medium">{display(f.name)}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
          {def.fields
            .filter((f) => f.type === "workers")
            .map((f) => {
              const people = namedByField[f.name] ?? [];
              return (
                <Card key={f.name}>
                  <CardHeader>
                    <CardTitle className="flex items-center gap-2">
                      <Users className="size-4 text-primary" />
                      {t(`records.field.${f.name}`)}
                      <Badge variant="secondary" data-testid={`count-${f.name}`}>
                        {t("units.people", { count: people.length })}
                      </Badge>
                    </CardTitle>
                  </CardHeader>
                  <CardContent>
                    {people.length ? (
                      <ul className="flex flex-wrap gap-1.5">
                        {people.map((p) => (
                          <li key={p.workerId} className="rounded-md bg-secondary px-2 py-1 text-sm">
                            {p.name}
                            <span className="ml-1 text-xs text-muted-foreground">{p.employeeNo}</span>
                          </li>
                        ))}
                      </ul>
                    ) : (
                      <p className="text-sm text-muted-foreground">—</p>
                    )}
                  </CardContent>
                </Card>
              );
            })}
          <Card>
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <Paperclip className="size-4 text-primary" />
                {t("records.field.evidence")}
              </CardTitle>
            </CardHeader>
            <CardContent>
              <EvidenceManager recordId={record.id} items={evidence} editable={isOwner} />
            </CardContent>
          </Card>
        </div>
        <Card className="self-start">
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <History className="size-4 text-primary" />
              {t("records.history.title")}
            </CardTitle>
          </CardHeader>
          <CardContent>
            <ol className="relative space-y-4 border-l pl-5" data-testid="history">
              {history.map((h) => {
                const reason = (h.after as { reason?: string } | null)?.reason;
                return (
                  <li key={h.id} className="relative">
                    <span className="absolute -left-[26px] top-1.5 size-2.5 rounded-full border-2 border-card bg-primary ring-1 ring-primary/30" />
                    <p className="text-sm">
                      <span className="font-medium">{h.actorName ?? t("records.history.system")}</span> {t(`records.history.action.${h.action.replace("record.", "")}`)}
                    </p>
                    {reason ? <p className="mt-0.5 rounded-md bg-secondary px-2 py-1 text-sm">{reason}</p> : null}
                    {h.action === "record.decided" ? (
                      <ul className="mt-0.5 rounded-md bg-secondary px-2 py-1 text-sm" data-testid="decision-change">
                        {Object.keys((h.after as Record<string, unknown>) ?? {}).map((k) => (
                          <li key={k}>
                            {t("records.decision.change", {
                              field: t(`records.field.${k}`),
                              from: decisionValue((h.before as Record<string, unknown>)?.[k]),
                              to: decisionValue((h.after as Record<string, unknown>)[k]),
                            })}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                    <p className="text-xs text-muted-foreground">{format.dateTime(h.at, { dateStyle: "medium", timeStyle: "short" })}</p>
                  </li>
                );
              })}
            </ol>
          </CardContent>
        </Card>
      </div>
    </>
  );
}
