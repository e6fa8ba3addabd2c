import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { EvaluationStatus, Grade } from "@/lib/domain/enums";

/** Badge colours, shared with the rankings' client rows (app/(app)/rankings/ranking-list.tsx). */
export const STATUS_VARIANT = { draft: "secondary", submitted: "warning", returned: "accent", accepted: "warning", confirmed: "success" } as const;
export const GRADE_VARIANT = { excellent: "success", good: "secondary", pass: "outline", fail: "accent" } as const;

// Synchronous server components: they sit in every row of the evaluation lists, where a client
// component would cost a client reference per row and an async one a suspended render per row.
export function EvaluationStatusBadge({ status }: { status: EvaluationStatus | null }) {
  const t = useTranslations();
  if (!status) return <Badge variant="outline">{t("evaluations.notStarted")}</Badge>;
  return (
    <Badge variant={STATUS_VARIANT[status]} data-evaluation-status={status}>
      {t(`enums.evaluationStatus.${status}`)}
    </Badge>
  );
}

export function GradeBadge({ grade }: { grade: Grade | null }) {
  const t = useTranslations();
  if (!grade) return <span className="text-muted-foreground">—</span>;
  return <Badge variant={GRADE_VARIANT[grade]}>{t(`enums.grade.${grade}`)}</Badge>;
}
