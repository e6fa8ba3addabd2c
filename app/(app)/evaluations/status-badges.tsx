import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { EvaluationStatus, Grade } from "@/lib/domain/enums";

export const STATUS_VARIANT = { draft: "secondary", submitted: "warning", returned: "accent", accepted: "warning", confirmed: "success" } as const;
export const GRADE_VARIANT = { excellent: "success", good: "secondary", pass: "outline", fail: "accent" } as const;

type Translate = Awaited<ReturnType<typeof getTranslations>>;

// Plain functions for lists (the rankings, 50 rows): a row then costs no component of its own and no
// awaited translator; the components below are for single badges on a page.
export function evaluationStatusBadge(status: EvaluationStatus | null, t: Translate) {
  if (!status) return <Badge variant="outline">{t("evaluations.notStarted")}</Badge>;
  return (
    <Badge variant={STATUS_VARIANT[status]} data-evaluation-status={status}>
      {t(`enums.evaluationStatus.${status}`)}
    </Badge>
  );
}

export function gradeBadge(grade: Grade | null, t: Translate) {
  if (!grade) return <span className="text-muted-foreground">—</span>;
  return <Badge variant={GRADE_VARIANT[grade]}>{t(`enums.grade.${grade}`)}</Badge>;
}

// Server components: they sit in every row of the evaluation lists, where a client
// component would cost a client reference and a server-side render per row.
export async function EvaluationStatusBadge({ status }: { status: EvaluationStatus | null }) {
  return evaluationStatusBadge(status, await getTranslations());
}

export async function GradeBadge({ grade }: { grade: Grade | null }) {
  return gradeBadge(grade, await getTranslations());
}
