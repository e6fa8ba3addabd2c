import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Award, FileText } from "@/components/icons";
import { Button } from "@/components/ui/button";
import type { PublicationPhase } from "@/lib/titles/rules";

/**
 * The documents of one 公示: its notice, once titles are named the 命名 decision, and for whoever
 * manages titles the certificates of all it named. `compact`: small buttons without the document icon,
 * for a row of a list (/reports); in full beside the publication's title.
 */
export async function PublicationDocuments({
  publication: { id, phase },
  certificates,
  compact = false,
}: {
  publication: { id: string; phase: PublicationPhase };
  certificates: boolean;
  compact?: boolean;
}) {
  const t = await getTranslations();
  const size = compact ? "sm" : undefined;
  const icon = compact ? null : <FileText />;
  return (
    <>
      <Button asChild size={size} variant="outline">
        <Link href={`/reports/publications/${id}?doc=notice`}>
          {icon}
          {t("documents.notice.short")}
        </Link>
      </Button>
      {phase === "named" ? (
        <Button asChild size={size} variant="outline">
          <Link href={`/reports/publications/${id}?doc=decision`}>
            {icon}
            {t("documents.decision.short")}
          </Link>
        </Button>
      ) : null}
      {phase === "named" && certificates ? (
        <Button asChild size={size}>
          <a href={`/reports/publications/${id}/certificates`}>
            <Award />
            {t("certificates.downloadAll")}
          </a>
        </Button>
      ) : null}
    </>
  );
}
