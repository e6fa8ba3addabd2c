import { getTranslations } from "next-intl/server";
import { Archive } from "@/components/icons";
import { Alert, AlertDescription } from "@/components/ui/alert";

/** Says that a record, evaluation or posting belongs to a closed year and is read-only (nothing when the year is open). */
export async function ClosedYearNotice({ year }: { year: number | null }) {
  if (year === null) return null;
  const t = await getTranslations();
  return (
    <Alert className="mb-4" data-testid="year-closed">
      <Archive />
      <AlertDescription>{t("years.closedNotice", { year })}</AlertDescription>
    </Alert>
  );
}
