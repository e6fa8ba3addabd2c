import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ChevronLeft } from "@/components/icons";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { listTeamsInScope } from "@/lib/org/queries";
import { recordFormOffersFor } from "@/lib/records/capabilities";
import { updateRecordAction } from "@/lib/records/actions";
import { getRecordDetail, listPickableWorkers } from "@/lib/records/queries";
import { RecordForm } from "../../record-form";
import { AreaMessages } from "@/components/area-messages";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("edit") };
}

/** Edit form for a draft or rejected record its owner may change; anything else goes back to the record. */
export default async function EditRecordPage({ params }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const detail = await getRecordDetail(user, id);
  if (!detail) notFound();
  if (!detail.actions.includes("edit")) redirect(`/records/${id}`);
  const offers = recordFormOffersFor(user);
  const [t, workers, teams] = await Promise.all([
    getTranslations(),
    listPickableWorkers(user),
    offers.forTeam ? listTeamsInScope(user) : Promise.resolve([]),
  ]);
  const { record } = detail;
  return (
    <>
      <Link href={`/records/${id}`} className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {record.title}
      </Link>
      <PageHeader className="mt-2" eyebrow={t(`enums.recordKind.${record.kind}`)} title={t("records.editTitle")} description={record.reviewNote ? t("records.rejectedBecause", { reason: record.reviewNote }) : undefined} />
      <AreaMessages areas={["recordForm"]}>
        <RecordForm
          kind={record.kind}
          offers={offers}
          action={updateRecordAction.bind(null, id, record.kind)}
          defaults={detail.values}
          workers={workers}
          teams={teams.map((team) => ({ id: team.id, name: team.name }))}
          version={record.version}
          existingEvidence={detail.evidence.length}
          cancelHref={`/records/${id}`}
        />
      </AreaMessages>
    </>
  );
}
