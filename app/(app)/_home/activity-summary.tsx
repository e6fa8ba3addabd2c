import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { RECORD_KINDS } from "@/lib/domain/enums";
import { formatFigure } from "@/lib/records/format";
import { KINDS } from "@/lib/records/kinds";
import { activityListHref, type ActivitySpan, type KindActivity } from "@/lib/home/queries";

/** Approved work of the period so far, one tile per kind: count and its headline total, opening the records it counts. */
export async function ActivitySummary({ activity, span, kinds = RECORD_KINDS }: { activity: KindActivity[]; span: ActivitySpan; kinds?: readonly (typeof RECORD_KINDS)[number][] }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  return (
    <ul className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-4 xl:grid-cols-7">
      {kinds.map((kind) => {
        const a = activity.find((x) => x.kind === kind);
        const headline = KINDS[kind].headline;
        return (
          <li key={kind}>
            <Link href={activityListHref(kind, span)} className="block h-full rounded-lg border bg-card px-3 py-2.5 transition-colors hover:border-primary/40">
              <span className="block text-xs text-muted-foreground">{t(`enums.recordKind.${kind}`)}</span>
              <span className="mt-1 block text-lg font-semibold">{t("home.activity.count", { count: a?.records ?? 0 })}</span>
              <span className="block text-xs text-muted-foreground">{formatFigure(a?.headline ?? 0, headline.unit, t, locale)}</span>
            </Link>
          </li>
        );
      })}
    </ul>
  );
}
