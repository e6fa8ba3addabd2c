import { Badge } from "@/components/ui/badge";
import type { EvaluationStatus, Grade } from "@/lib/domain/enums";
import type { Translate } from "@/lib/i18n/translate";

/** Badge colours, shared with the rankings' client rows (app/(app)/rankings/ranking-list.tsx). */
export const STATUS_VARIANT = { draft: "secondary", submitted: "warning", returned: "accent", accepted: "warning", confirmed: "success" } as const;
export const GRADE_VARIANT = { excellent: "success", good: "secondary", pass: "outline", fail: "accent" } as const;

// Synchronous server components that translate with their parent's `t`: they sit in every row of the
// evaluation lists, where a client component would cost a client reference per row, an async one a
// suspended render per row, and next-intl's `useTranslations` one too (its server hook `use`s a promise
// React has not yet seen settle, so each row rendered in the same pass suspends and is sent as a row of its own).
export function EvaluationStatusBadge({ status, t }: { status: EvaluationStatus | null; t: Translate }) {
  if (!status) return <Badge variant="outline">{t("evaluations.notStarted")}</Badge>;
  return (
    <Badge variant={STATUS_VARIANT[status]} data-evaluation-status={status}>
      {t(`enums.evaluationStatus.${status}`)}
    </Badge>
  );
}

export function GradeBadge({ grade, t }: { grade: Grade | null; t: Translate }) {
  if (!grade) return <span className="text-muted-foreground">—</span>;
  return <Badge variant={GRADE_VARIANT[grade]}>{t(`enums.grade.${grade}`)}</Badge>;
}
