import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { RecordStatus } from "@/lib/domain/enums";

const VARIANT = { draft: "outline", submitted: "warning", approved: "success", rejected: "accent" } as const;

type Translate = Awaited<ReturnType<typeof getTranslations>>;

/** For lists (50 rows): no component and no awaited translator per row. */
export function recordStatusBadge(status: RecordStatus, t: Translate) {
  return (
    <Badge variant={VARIANT[status]} data-status={status}>
      {t(`enums.recordStatus.${status}`)}
    </Badge>
  );
}

export async function StatusBadge({ status }: { status: RecordStatus }) {
  return recordStatusBadge(status, await getTranslations());
}
