import { getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import type { RecordStatus } from "@/lib/domain/enums";
import { RECORD_STATUS_VARIANT } from "./status-variant";

/** A record's status on its own page (a list's rows draw theirs in record-rows.tsx). */
export async function StatusBadge({ status }: { status: RecordStatus }) {
  const t = await getTranslations();
  return (
    <Badge variant={RECORD_STATUS_VARIANT[status]} data-status={status}>
      {t(`enums.recordStatus.${status}`)}
    </Badge>
  );
}
