import { Link } from "@/components/ui/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ChevronRight, ListChecks } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from "@/components/ui/table";
import { EmptyState } from "@/components/empty-state";
import { EVALUATION_TARGETS } from "@/lib/domain/enums";
import { formatPoints } from "@/lib/evaluations/format";
import type { SchemeListRow } from "@/lib/evaluations/scheme-queries";
import { StartFromDefault } from "./start-from-default";
import { AreaMessages } from "@/components/area-messages";

/** The office's schemes by year: kind, version, status, points, auto items and how many evaluations use each. */
export async function SchemesSection({ schemes, currentPeriod }: { schemes: SchemeListRow[]; currentPeriod: { id: string; year: number } | null }) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const missing = currentPeriod ? EVALUATION_TARGETS.filter((target) => !schemes.some((s) => s.periodId === currentPeriod.id && s.target === target)) : [];
  const years = [...new Set(schemes.map((s) => s.year))];
  return (
    <section aria-labelledby="schemes-heading" className="grid gap-3">
      <div className="flex flex-wrap items-end justify-between gap-2">
        <div>
          <h2 id="schemes-heading" className="text-base font-semibold">
            {t("evaluations.schemes.title")}
          </h2>
          <p className="text-sm text-muted-foreground">{t("evaluations.schemes.description")}</p>
        </div>
        {currentPeriod && missing.length ? (
          <AreaMessages areas={["evaluations"]}>
            <StartFromDefault periodId={currentPeriod.id} year={currentPeriod.year} targets={missing} />
          </AreaMessages>
        ) : null}
      </div>
      {schemes.length === 0 ? (
        <EmptyState icon={ListChecks} title={t("evaluations.schemes.emptyTitle")} description={t("evaluations.schemes.emptyHint")} />
      ) : (
        years.map((year) => {
          const rows = schemes.filter((s) => s.year === year);
          return (
            <div key={year} className="grid gap-2">
              <h3 className="text-sm font-medium text-muted-foreground">{t("evaluations.yearOption", { year })}</h3>
              <ul className="grid gap-2 md:hidden">
                {rows.map((s) => (
                  <li key={s.id}>
                    <Link href={`/evaluations/schemes/${s.id}`} className="flex min-h-16 items-center gap-3 rounded-xl border bg-card px-4 py-3 active:bg-secondary">
                      <div className="min-w-0 flex-1">
                        <div className="flex items-center gap-2">
                          <span className="truncate font-medium">{t(`enums.evaluationTarget.${s.target}`)}</span>
                          <Badge variant={s.status === "published" ? "success" : "warning"}>{t(`enums.schemeStatus.${s.status}`)}</Badge>
                        </div>
                        <div className="mt-0.5 text-xs text-muted-foreground">
                          {t("evaluations.scheme.versionLine", { version: s.version })} · {formatPoints(s.total, t, locale)} · {t("evaluations.schemes.autoCount", { count: s.autoItems })}
                        </div>
                      </div>
                      <ChevronRight className="size-4 text-muted-foreground" />
                    </Link>
                  </li>
                ))}
              </ul>
              <div className="hidden overflow-hidden rounded-xl border bg-card md:block">
                <Table>
                  <TableHeader>
                    <TableRow>
                      <TableHead>{t("evaluations.schemes.col.target")}</TableHead>
                      <TableHead>{t("evaluations.schemes.col.name")}</TableHead>
                      <TableHead className="text-right">{t("evaluations.schemes.col.version")}</TableHead>
                      <TableHead>{t("evaluations.schemes.col.status")}</TableHead>
                      <TableHead className="text-right">{t("evaluations.schemes.col.total")}</TableHead>
                      <TableHead className="text-right">{t("evaluations.schemes.col.items")}</TableHead>
                      <TableHead className="text-right">{t("evaluations.schemes.col.evaluations")}</TableHead>
                    </TableRow>
                  </TableHeader>
                  <TableBody>
                    {rows.map((s) => (
                      <TableRow key={s.id}>
                        <TableCell className="font-medium">{t(`enums.evaluationTarget.${s.target}`)}</TableCell>
                        <TableCell>
                          <Link href={`/evaluations/schemes/${s.id}`} className="link">
                            {s.name}
                          </Link>
                        </TableCell>
                        <TableCell className="text-right">v{s.version}</TableCell>
                        <TableCell>
                          <Badge variant={s.status === "published" ? "success" : "warning"}>{t(`enums.schemeStatus.${s.status}`)}</Badge>
                        </TableCell>
                        <TableCell className={s.total === 100 ? "text-right" : "text-right font-medium text-primary"}>{formatPoints(s.total, t, locale)}</TableCell>
                        <TableCell className="text-right">{t("evaluations.schemes.itemsLine", { items: s.items, auto: s.autoItems })}</TableCell>
                        <TableCell className="text-right">{s.evaluations}</TableCell>
                      </TableRow>
                    ))}
                  </TableBody>
                </Table>
              </div>
            </div>
          );
        })
      )}
    </section>
  );
}
