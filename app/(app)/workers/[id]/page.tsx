import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { CheckCircle2, ChevronLeft, Info } from "@/components/icons";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/page-header";
import { listTitlesOf } from "@/lib/titles/queries";
import { listEvaluationsOfWorker } from "@/lib/evaluations/queries";
import { WorkerEvaluationsCard } from "./worker-evaluations-card";
import { SubjectTitles } from "../../evaluations/publications/subject-titles";
import { requireUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { saveWorkerAction } from "@/lib/workers/actions";
import { getWorker, listTeamChoices } from "@/lib/workers/queries";
import { WorkerForm } from "../worker-form";
import { WorkerStatusActions } from "./worker-status-actions";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const user = await requireUser();
  const worker = await getWorker(user, (await params).id);
  return { title: worker?.name };
}

/** One worker: facts and history for everyone who sees the roster; the union edits, moves and marks as left. */
export default async function WorkerPage({ params, searchParams }: Props) {
  const user = await requireUser();
  if (!can(user, "workers.view")) notFound();
  const worker = await getWorker(user, (await params).id);
  if (!worker) notFound();
  const manage = can(user, "workers.manage");
  const editable = manage && worker.status === "active";
  const [t, format, { saved }, titles, evaluations, teams] = await Promise.all([
    getTranslations(),
    getFormatter(),
    searchParams,
    listTitlesOf(user, worker.id),
    listEvaluationsOfWorker(user, worker.id),
    editable ? listTeamChoices(user) : [],
  ]);
  const facts = [
    [t("workers.col.employeeNo"), worker.employeeNo],
    [t("workers.col.team"), worker.teamName],
    [t("org.col.unit"), worker.unitName],
    [t("workers.col.gender"), t(`enums.gender.${worker.gender}`)],
    [t("workers.col.education"), t(`enums.education.${worker.education}`)],
    [t("workers.col.skillLevel"), t(`enums.skillLevel.${worker.skillLevel}`)],
    [t("workers.col.post"), worker.post ?? "—"],
    [t("workers.col.birthDate"), worker.birthDate ?? "—"],
    [t("workers.records"), t("workers.recordCount", { count: worker.recordCount })],
  ] as const;
  return (
    <>
      <Link href={`/workers?team=${worker.teamId}${worker.status === "left" ? "&status=left" : ""}`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {t("workers.title")}
      </Link>
      <PageHeader
        className="mt-2"
        title={worker.name}
        eyebrow={<span data-user-content>{worker.teamName}</span>}
        description={worker.status === "left" && worker.leftAt ? t("workers.leftOn", { date: format.dateTime(worker.leftAt, { dateStyle: "medium" }) }) : undefined}
        actions={
          <>
            <Badge variant={worker.status === "active" ? "success" : "secondary"} data-status={worker.status}>
              {t(`enums.workerStatus.${worker.status}`)}
            </Badge>
            {manage ? <WorkerStatusActions id={worker.id} name={worker.name} version={worker.version} status={worker.status} deletable={worker.recordCount === 0} /> : null}
          </>
        }
      />
      {saved ? (
        <Alert variant="success" className="mb-4">
          <CheckCircle2 />
          <AlertDescription>{saved === "created" ? t("workers.done.created") : t("workers.done.updated")}</AlertDescription>
        </Alert>
      ) : null}
      {manage && worker.recordCount > 0 ? (
        <Alert className="mb-4">
          <Info />
          <AlertDescription>{t("workers.keptHint", { count: worker.recordCount })}</AlertDescription>
        </Alert>
      ) : null}
      <SubjectTitles titles={titles} user={user} />
      <WorkerEvaluationsCard evaluations={evaluations} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <Card className="self-start">
          <CardHeader>
            <CardTitle>{t("workers.facts")}</CardTitle>
            {!manage ? <CardDescription>{t("workers.readOnly")}</CardDescription> : null}
          </CardHeader>
          <CardContent>
            <dl className="divide-y text-sm">
              {facts.map(([label, value]) => (
                <div key={label} className="flex justify-between gap-4 py-2.5">
                  <dt className="text-muted-foreground">{label}</dt>
                  <dd className="text-right font-medium">{value}</dd>
                </div>
              ))}
            </dl>
          </CardContent>
        </Card>
        {editable ? (
          <section aria-labelledby="edit-heading">
            <h2 id="edit-heading" className="mb-3 text-base font-semibold">
              {t("workers.form.editTitle")}
            </h2>
            <WorkerForm
              action={saveWorkerAction.bind(null, worker.id)}
              version={worker.version}
              teams={teams}
              defaults={{
                name: worker.name,
                employeeNo: worker.employeeNo,
                teamId: worker.teamArchived ? "" : worker.teamId,
                gender: worker.gender,
                education: worker.education,
                skillLevel: worker.skillLevel,
                post: worker.post,
                birthDate: worker.birthDate,
              }}
              cancelHref={`/org/${worker.teamId}`}
            />
          </section>
        ) : null}
      </div>
    </>
  );
}
