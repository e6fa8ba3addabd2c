import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import {UserRoundCheck} from "@/components/icons";
import { formatPoints, shownScore } from "@/lib/evaluations/format";
import type { EvaluationListRow } from "@/lib/evaluations/queries";
import { EvaluationStatusBadge, GradeBadge } from "../../evaluations/status-badges";

/** A worker's 知识型职工 evaluations, one line a year, each opening the evaluation. Nothing when never nominated. */
export async function WorkerEvaluationsCard({ evaluations }: { evaluations: EvaluationListRow[] }) {
  if (!evaluations.length) return null;
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <section aria-labelledby="worker-evaluations-heading" className="mb-4 rounded-xl border bg-card px-4 py-3" data-testid="worker-evaluations-of">
      <h2 id="worker-evaluations-heading" className="mb-1 flex items-center gap-2 text-sm font-semibold">
        <UserRoundCheck className="size-4 text-primary" />
        {t("workers.evaluations")}
      </h2>
      <ul className="divide-y">
        {evaluations.map((e) => (
          <li key={e.id}>
            <Link href={`/evaluations/${e.id}`} className="flex min-h-11 items-center gap-3 py-2 text-sm hover:text-primary">
              <span className="font-medium">{t("workers.evaluationYear", { year: e.year })}</span>
              <EvaluationStatusBadge status={e.status} t={t} />
              <span className="ml-auto text-muted-foreground">
                {formatPoints(shownScore(e), t, locale)}
              </span>
              <GradeBadge grade={e.grade} t={t} />
              <span className="chevron" aria-hidden="true" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
