import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { RecordStatus } from "@/lib/domain/enums";

const VARIANT = { draft: "outline", submitted: "warning", approved: "success", rejected: "accent" } as const;

export async function StatusBadge({ status }: { status: RecordStatus }) {
  const t = await getTranslations("enums.recordStatus");
  return (
    <Badge variant={VARIANT[status]} data-status={status}>
      {t(status)}
    </Badge>
  );
}
