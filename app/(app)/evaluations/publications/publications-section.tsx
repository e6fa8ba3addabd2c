import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ChevronRight, Megaphone } from "@/components/icons";
import type { CurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import type { Period } from "@/db/schema";
import { chinaMidnight, chinaToday } from "@/lib/time";
import { getPublishOverview, listPublications, type PublicationSummary } from "@/lib/titles/queries";
import { defaultWindow } from "@/lib/titles/rules";
import { PhaseBadge } from "./phase-badge";
import { PublishDialog } from "./publish-dialog";
import { AreaMessages } from "@/components/area-messages";

/**
 * 公示与命名 on the evaluations page: for the office, each target kind of the year with its confirmed
 * results and what to do next (publish, wait, name); for everyone else, the postings running now and
 * the titles named (nothing shown when there are none).
 */
export async function PublicationsSection({ user, period }: { user: CurrentUser; period: Period | null }) {
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  const date = (iso: string) => format.dateTime(chinaMidnight(iso), { dateStyle: "medium" });
  const line = (p: PublicationSummary) => t("publications.summaryLine", { count: p.count, start: date(p.startsOn), end: date(p.endsOn) });
  const office = can(user, "titles.manage");
  const heading = (
    <div>
      <h2 id="publications-heading" className="text-base font-semibold">
        {t("publications.sectionTitle")}
      </h2>
      <p className="text-sm text-muted-foreground">{t(office ? "publications.sectionHint.office" : "publications.sectionHint.others")}</p>
    </div>
  );
  if (office) {
    if (!period) return null;
    const overview = await getPublishOverview(user, period.id);
    const window = defaultWindow(chinaToday());
    return (
      <section aria-labelledby="publications-heading" className="grid gap-3" data-testid="publications-section">
        {heading}
        <AreaMessages areas={["evaluations"]}>
          <ul className="grid gap-2 md:grid-cols-2">
            {overview.map((row) => (
              <li key={row.target} className="flex min-h-20 flex-wrap items-center gap-3 rounded-xl border bg-card px-4 py-3" data-target={row.target}>
                <div className="min-w-0 flex-1">
                  <div className="flex flex-wrap items-center gap-2 font-medium">
                    {t(`enums.evaluationTarget.${row.target}`)}
                    {row.publication ? <PhaseBadge phase={row.publication.phase} /> : null}
                  </div>
                  <div className="mt-0.5 text-xs text-muted-foreground">
                    {row.publication ? line(row.publication) : row.confirmed ? t("publications.readyLine", { count: row.confirmed }) : t("publications.nothingLine")}
                  </div>
                </div>
                {row.publication ? (
                  <Link href={`/evaluations/publications/${row.publication.id}`} className="inline-flex min-h-11 items-center gap-1 text-sm text-primary hover:underline">
                    {row.publication.phase === "ended" ? t("publications.toName") : t("publications.open")}
                    <ChevronRight className="size-4" />
                  </Link>
                ) : row.canPublish ? (
                  <PublishDialog periodId={period.id} target={row.target} targetLabel={t(`enums.evaluationTarget.${row.target}`)} count={row.confirmed} defaultStart={window.startsOn} defaultEnd={window.endsOn} />
                ) : null}
              </li>
            ))}
          </ul>
        </AreaMessages>
      </section>
    );
  }
  const list = await listPublications(user);
  if (!list.length) return null;
  return (
    <section aria-labelledby="publications-heading" className="grid gap-3" data-testid="publications-section">
      {heading}
      <ul className="grid gap-2 md:grid-cols-2">
        {list.map((p) => (
          <li key={p.id}>
            <Link href={`/evaluations/publications/${p.id}`} className="flex min-h-16 items-center gap-3 rounded-xl border bg-card px-4 py-3 hover:border-primary/40 active:bg-secondary">
              <Megaphone className="size-4 text-primary" />
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2 font-medium">
                  {t("publications.listName", { year: p.year, target: t(`enums.evaluationTarget.${p.target}`) })}
                  <PhaseBadge phase={p.phase} />
                </div>
                <div className="mt-0.5 text-xs text-muted-foreground">{line(p)}</div>
              </div>
              <ChevronRight className="size-4 text-muted-foreground" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
