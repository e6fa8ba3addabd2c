import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/utils";

/** The county's evaluation years as links; the one shown is marked. Keeps other query parameters. */
export async function PeriodPills({ periods, current, params = {}, basePath = "/dashboard" }: { periods: number[]; current: number; params?: Record<string, string | undefined>; basePath?: string }) {
  const t = await getTranslations("dashboard");
  if (periods.length < 2) return null;
  return (
    <nav aria-label={t("periods")} className="flex max-w-full overflow-x-auto rounded-lg border bg-card p-0.5">
      {periods.map((year) => {
        const query = new URLSearchParams(Object.entries({ ...params, year: String(year) }).filter(([, v]) => v) as [string, string][]);
        return (
          <Link
            key={year}
            href={`${basePath}?${query}`}
            aria-current={year === current ? "page" : undefined}
            className={cn(
              "flex h-9 min-w-16 items-center justify-center rounded-md px-3 text-sm",
              year === current ? "bg-accent font-medium text-accent-foreground" : "text-muted-foreground hover:text-foreground",
            )}
          >
            {t("yearLabel", { year })}
          </Link>
        );
      })}
    </nav>
  );
}
