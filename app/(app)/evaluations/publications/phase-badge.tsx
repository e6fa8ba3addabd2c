"use client";

import { useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import type { PublicationPhase } from "@/lib/titles/rules";

const VARIANT = { upcoming: "outline", posting: "warning", ended: "secondary", named: "success" } as const;

export function PhaseBadge({ phase }: { phase: PublicationPhase }) {
  const t = useTranslations("publications.phase");
  return (
    <Badge variant={VARIANT[phase]} data-phase={phase}>
      {t(phase)}
    </Badge>
  );
}
