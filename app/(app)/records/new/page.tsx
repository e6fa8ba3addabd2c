import type { Metadata } from "next";
import { Link } from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BookOpen, ChevronLeft, ChevronRight, Copy, Dumbbell, GraduationCap, Lightbulb, Megaphone, Music, Trophy } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import type { RecordKind } from "@/lib/domain/enums";
import { listTeamsInScope } from "@/lib/org/queries";
import { recordFormOffersFor } from "@/lib/records/capabilities";
import { kindsLoggableBy } from "@/lib/records/kinds";
import { getLastStudySessionValues, listPickableWorkers } from "@/lib/records/queries";
import { recordKindSchema } from "@/lib/records/schemas";
import { RecordForm } from "../record-form";
import { AreaMessages } from "@/components/area-messages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("records");
  return { title: t("new") };
}

const KIND_ICONS: Record<RecordKind, typeof BookOpen> = {
  study_session: BookOpen,
  proposal: Lightbulb,
  innovation: Dumbbell,
  training: GraduationCap,
  competition: Trophy,
  culture: Music,
  publicity: Megaphone,
};

type Props = { searchParams: Promise<{ kind?: string; copy?: string; draft?: string }> };

export default async function NewRecordPage({ searchParams }: Props) {
  const user = await requireUser();
  const params = await searchParams;
  const t = await getTranslations();
  const loggable = kindsLoggableBy(user.role);
  if (loggable.length === 0) notFound();
  const kind = recordKindSchema.safeParse(params.kind);

  if (!kind.success || !loggable.some((k) => k.kind === kind.data)) {
    return (
      <>
        <PageHeader title={t("records.new")} description={t("records.chooseKind")} />
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {loggable.map((k) => {
            const Icon = KIND_ICONS[k.kind];
            return (
              <li key={k.kind}>
                <Link href={`/records/new?kind=${k.kind}`} className="flex min-h-20 items-center gap-4 rounded-xl border bg-card p-4 shadow-xs transition-colors hover:border-primary/40 active:bg-secondary">
                  <span className="grid size-11 shrink-0 place-items-center rounded-lg bg-accent text-primary">
                    <Icon className="size-5" />
                  </span>
                  <span className="min-w-0 flex-1">
                    <span className="block font-medium">{t(`enums.recordKind.${k.kind}`)}</span>
                    <span className="block text-sm text-muted-foreground">{t(`records.kindHint.${k.kind}`)}</span>
                  </span>
                  <ChevronRight className="size-4 text-muted-foreground" />
                </Link>
              </li>
            );
          })}
        </ul>
      </>
    );
  }

  const offers = recordFormOffersFor(user);
  const [workers, teams, copied] = await Promise.all([
    listPickableWorkers(user),
    offers.forTeam ? listTeamsInScope(user) : Promise.resolve([]),
    kind.data === "study_session" && params.copy === "last" ? getLastStudySessionValues(user) : Promise.resolve(null),
  ]);
  return (
    <>
      <Link href="/records/new" className="inline-flex items-center gap-1 text-sm text-muted-foreground hover:text-foreground">
        <ChevronLeft className="size-4" />
        {t("records.chooseKind")}
      </Link>
      <PageHeader
        className="mt-2"
        title={t("records.newOf", { kind: t(`enums.recordKind.${kind.data}`) })}
        description={copied ? t("records.copiedFromLast") : t(`records.kindHint.${kind.data}`)}
        actions={
          kind.data === "study_session" && !copied ? (
            <Button asChild variant="outline">
              <Link href="/records/new?kind=study_session&copy=last">
                <Copy />
                {t("records.copyLast")}
              </Link>
            </Button>
          ) : null
        }
      />
      <AreaMessages areas={["recordForm"]}>
        <RecordForm
          kind={kind.data}
          offers={offers}
          defaults={copied ?? {}}
          workers={workers}
          teams={teams.map((team) => ({ id: team.id, name: team.name }))}
          existingEvidence={0}
          cancelHref="/records"
          draftToken={typeof params.draft === "string" ? params.draft : undefined}
        />
      </AreaMessages>
    </>
  );
}
