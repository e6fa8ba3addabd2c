"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { EvaluationStatus, Grade } from "@/lib/domain/enums";

const STATUS_VARIANT = { draft: "secondary", submitted: "warning", returned: "accent", accepted: "warning", confirmed: "success" } as const;
const GRADE_VARIANT = { excellent: "success", good: "secondary", pass: "outline", fail: "accent" } as const;

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
  const t = useTranslations("enums");
  if (!grade) return <span className="text-muted-foreground">—</span>;
  return <Badge variant={GRADE_VARIANT[grade]}>{t(`grade.${grade}`)}</Badge>;
}
