import { Link } from "@/components/ui/link";
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
  // The notice exists from the start; the 命名 decision once titles are named.
  const documents = phase === "named" ? (["notice", "decision"] as const) : (["notice"] as const);
  return (
    <>
      {documents.map((doc) => (
        <Button asChild key={doc} size={size} variant="outline">
          <Link href={`/reports/publications/${id}?doc=${doc}`}>
            {icon}
            {t(`documents.${doc}.short`)}
          </Link>
        </Button>
      ))}
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
