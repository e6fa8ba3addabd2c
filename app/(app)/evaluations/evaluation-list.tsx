import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";

import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { formatPoints, shownScore } from "@/lib/evaluations/format";
import type { Translate } from "@/lib/i18n/translate";
import type { EvaluationListRow, SubjectStatusRow } from "@/lib/evaluations/queries";
import { listLayout } from "@/lib/http/device";
import { EvaluationStatusBadge, GradeBadge } from "./status-badges";

// The per-row pieces are synchronous and translate with their list's `t` and locale (status-badges.tsx says why).

/** The status and score columns shared by the evaluation tables. */
function ScoreHeads({ t }: { t: Translate }) {
  return (
    <>
      <TableHead>{t("evaluations.col.status")}</TableHead>
      <TableHead className="text-right">{t("evaluations.col.self")}</TableHead>
      <TableHead className="text-right">{t("evaluations.col.review")}</TableHead>
      <TableHead className="text-right">{t("evaluations.col.final")}</TableHead>
      <TableHead>{t("evaluations.col.grade")}</TableHead>
    </>
  );
}

/** A self-assessment counts once submitted: a draft's or a returned one's running total is not shown. */
function ScoreCells({ evaluation: e, t, locale }: { evaluation: EvaluationListRow | null; t: Translate; locale: string }) {
  return (
    <>
      <TableCell>
        <EvaluationStatusBadge status={e?.status ?? null} t={t} />
      </TableCell>
      <TableCell className="text-right">{e && e.status !== "draft" && e.status !== "returned" ? formatPoints(e.selfTotal, t, locale) : "—"}</TableCell>
      <TableCell className="text-right">{formatPoints(e?.reviewTotal, t, locale)}</TableCell>
      <TableCell className="text-right font-medium">{formatPoints(e?.finalTotal, t, locale)}</TableCell>
      <TableCell>
        <GradeBadge grade={e?.grade ?? null} t={t} />
      </TableCell>
    </>
  );
}

/** One evaluation as a card on phones: name and status, then context, score and grade; opens the evaluation when there is one. */
function EvaluationCard({ name, evaluation: e, context, t, locale }: { name: string; evaluation: EvaluationListRow | null; context: string | null; t: Translate; locale: string }) {
  const inner = (
    <>
      {/* The card's text takes its look from .card-row (app/globals.css). */}
      <div>
        <div className="justify-between">
          <span data-user-content>{name}</span>
          <EvaluationStatusBadge status={e?.status ?? null} t={t} />
        </div>
        <div>
          {context ? `${context} · ` : ""}
          {formatPoints(e ? shownScore(e) : null, t, locale)}
          {e?.grade ? ` · ${t(`enums.grade.${e.grade}`)}` : ""}
        </div>
      </div>
      {e ? <span className="chevron" aria-hidden="true" /> : null}
    </>
  );
  return (
    <li>
      {e ? (
        <Link href={`/evaluations/${e.id}`} className="card-row">
          {inner}
        </Link>
      ) : (
        <div className="card-row">{inner}</div>
      )}
    </li>
  );
}

/** Orgs with their evaluation of the year (or none yet): a dense table, or cards on phones. */
export async function SubjectEvaluations({ rows, showUnit, testId }: { rows: SubjectStatusRow[]; showUnit: boolean; testId?: string }) {
  const [t, locale, layout] = await Promise.all([getTranslations(), getLocale(), listLayout()]);
  const name = (r: SubjectStatusRow) =>
    r.evaluation ? (
      <Link href={`/evaluations/${r.evaluation.id}`} className="link" data-user-content>
        {r.subjectName}
      </Link>
    ) : (
      <span data-user-content>{r.subjectName}</span>
    );
  return (
    <div data-testid={testId}>
      {layout === "cards" ? (
        <ul className="grid grid-cols-1 gap-2">
          {rows.map((r) => (
            <EvaluationCard key={r.subjectId} name={r.subjectName} evaluation={r.evaluation} context={showUnit ? r.unitName : null} t={t} locale={locale} />
          ))}
        </ul>
      ) : (
        <div className="overflow-hidden rounded-xl border bg-card">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("evaluations.col.subject")}</TableHead>
                {showUnit ? <TableHead>{t("evaluations.col.unit")}</TableHead> : null}
                <ScoreHeads t={t} />
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.subjectId}>
                  <TableCell className="font-medium">{name(r)}</TableCell>
                  {showUnit ? <TableCell className="text-muted-foreground">{r.unitName}</TableCell> : null}
                  <ScoreCells evaluation={r.evaluation} t={t} locale={locale} />
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}

/** Evaluations waiting for the user (review or confirmation), oldest first. */
export async function EvaluationQueue({ rows, showUnit, testId }: { rows: EvaluationListRow[]; showUnit: boolean; testId: string }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <ul className="grid grid-cols-1 gap-2" data-testid={testId}>
      {rows.map((e) => (
        <li key={e.id}>
          <Link href={`/evaluations/${e.id}`} className="card-row">
            {/* The card's text takes its look from .card-row (app/globals.css). */}
            <div>
              <div>
                <span data-user-content>{e.subjectName}</span>
                <EvaluationStatusBadge status={e.status} t={t} />
              </div>
              <div>
                {showUnit && (e.target === "team" || e.target === "worker") ? `${e.unitName} · ` : ""}
                {e.target === "worker" && e.teamName ? `${e.teamName} · ` : ""}
                {t(`enums.evaluationTarget.${e.target}`)} · {e.status === "accepted" ? t("evaluations.queue.reviewLine", { total: formatPoints(e.reviewTotal, t, locale) }) : t("evaluations.queue.selfLine", { total: formatPoints(e.selfTotal, t, locale) })}
              </div>
            </div>
            <span className="chevron" aria-hidden="true" />
          </Link>
        </li>
      ))}
    </ul>
  );
}

/** 知识型职工 evaluations: the worker, its team (and unit), status and scores; a table, or cards on phones. */
export async function WorkerEvaluations({ rows, showUnit, testId }: { rows: EvaluationListRow[]; showUnit: boolean; testId?: string }) {
  const [t, locale, layout] = await Promise.all([getTranslations(), getLocale(), listLayout()]);
  return (
    <div data-testid={testId}>
      {layout === "cards" ? (
        <ul className="grid grid-cols-1 gap-2">
          {rows.map((e) => (
            <EvaluationCard key={e.id} name={e.subjectName} evaluation={e} context={`${showUnit ? `${e.unitName} · ` : ""}${e.teamName ?? ""}`} t={t} locale={locale} />
          ))}
        </ul>
      ) : (
        <div className="overflow-hidden rounded-xl border bg-card">
          <Table>
            <TableHeader>
              <TableRow>
                <TableHead>{t("evaluations.col.worker")}</TableHead>
                <TableHead>{t("evaluations.col.team")}</TableHead>
                {showUnit ? <TableHead>{t("evaluations.col.unit")}</TableHead> : null}
                <ScoreHeads t={t} />
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((e) => (
                <TableRow key={e.id} data-testid="worker-evaluation-row" data-name={e.subjectName}>
                  <TableCell className="font-medium">
                    <Link href={`/evaluations/${e.id}`} className="link" data-user-content>
                      {e.subjectName}
                    </Link>
                  </TableCell>
                  <TableCell className="text-muted-foreground">{e.teamName ?? "—"}</TableCell>
                  {showUnit ? <TableCell className="text-muted-foreground">{e.unitName}</TableCell> : null}
                  <ScoreCells evaluation={e} t={t} locale={locale} />
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </div>
  );
}
