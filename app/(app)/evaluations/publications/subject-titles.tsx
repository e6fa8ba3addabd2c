import { Link } from "@/components/ui/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { Award, Download } from "@/components/icons";
import { can } from "@/lib/auth/permissions";
import type { CurrentUser } from "@/lib/auth/current-user";
import type { SubjectTitle } from "@/lib/titles/queries";

/** The titles an org or worker has been named to: held ones with their certificate, withdrawn ones with the reason. Nothing when there are none. */
export async function SubjectTitles({ titles, user }: { titles: SubjectTitle[]; user: CurrentUser }) {
  if (!titles.length) return null;
  const [t, format] = await Promise.all([getTranslations(), getFormatter()]);
  return (
    <section aria-labelledby="titles-heading" className="mb-4 rounded-xl border bg-card px-4 py-3" data-testid="subject-titles">
      <h2 id="titles-heading" className="mb-2 flex items-center gap-2 text-sm font-semibold">
        <Award className="size-4 text-primary" />
        {t("titles.sectionTitle")}
      </h2>
      <ul className="grid gap-1.5">
        {titles.map((x) => (
          <li key={x.id} className="flex flex-wrap items-baseline gap-x-3 gap-y-0.5 text-sm" data-status={x.status}>
            <Link href={`/evaluations/publications/${x.publicationId}`} className={x.status === "held" ? "font-medium text-primary hover:underline" : "text-muted-foreground line-through"}>
              {t(`titles.name.${x.target}`, { year: x.year })}
            </Link>
            <span className="text-xs text-muted-foreground">
              {x.status === "held"
                ? t("titles.namedLine", { date: format.dateTime(x.namedAt, { dateStyle: "medium" }) })
                : t("titles.withdrawnLine", { date: x.withdrawnAt ? format.dateTime(x.withdrawnAt, { dateStyle: "medium" }) : "", reason: x.withdrawReason ?? "" })}
            </span>
            {x.status === "held" && can(user, "certificates.download") ? (
              <a href={`/reports/certificates/${x.id}`} className="inline-flex min-h-9 items-center gap-1 text-xs font-medium text-primary hover:underline" data-testid="certificate-link">
                <Download className="size-3.5" />
                {t("certificates.link")}
              </a>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
