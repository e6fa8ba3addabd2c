import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { ChevronLeft, ChevronRight } from "@/components/icons";
import { Button } from "@/components/ui/button";

/** Server-side pagination links that keep the current filters. */
export async function Pagination({
  page,
  pageCount,
  params,
  basePath,
  pageParam = "page",
}: {
  page: number;
  pageCount: number;
  params: Record<string, unknown>;
  basePath: string;
  /** The query parameter of this list's page, where a page holds two paged lists. */
  pageParam?: string;
}) {
  const t = await getTranslations("common");
  const href = (p: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries({ ...params, [pageParam]: p }) as [string, unknown][]) if (v !== undefined && v !== "" && v !== null) q.set(k, String(v));
    return `${basePath}?${q}`;
  };
  return (
    <nav className="mt-4 flex items-center justify-between text-sm" aria-label={t("pagination")}>
      <span className="text-muted-foreground">{t("pageOf", { page, pages: pageCount })}</span>
      <div className="flex gap-2">
        {page > 1 ? (
          <Button asChild variant="outline" size="sm">
            <Link href={href(page - 1)}>
              <ChevronLeft />
              {t("previous")}
            </Link>
          </Button>
        ) : null}
        {page < pageCount ? (
          <Button asChild variant="outline" size="sm">
            <Link href={href(page + 1)}>
              {t("next")}
              <ChevronRight />
            </Link>
          </Button>
        ) : null}
      </div>
    </nav>
  );
}
