import { getTranslations } from "next-intl/server";
import { Skeleton } from "@/components/ui/skeleton";

/**
 * What an area shows the moment one taps into it (its loading.tsx), until the page streams in: the
 * page's shape in grey, so a tap is answered at once and nothing jumps when the content arrives.
 * `figures`: a row of stat cards; `charts`: two chart panels; `list`: a filter bar and table rows;
 * `form`: labelled fields; `document`: a tall sheet.
 */
export async function PageSkeleton({ figures = 0, charts = false, list = false, form = false, document = false }: { figures?: number; charts?: boolean; list?: boolean; form?: boolean; document?: boolean }) {
  const t = await getTranslations("common");
  return (
    <div role="status" aria-live="polite" aria-busy="true" data-testid="page-skeleton">
      <span className="sr-only">{t("loading")}</span>
      <div className="mb-6 grid gap-2">
        <Skeleton className="h-7 w-48" />
        <Skeleton className="h-4 w-72 max-w-full" />
      </div>
      {figures ? (
        <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
          {Array.from({ length: figures }, (_, i) => (
            <Skeleton key={i} className="h-24 rounded-xl" />
          ))}
        </div>
      ) : null}
      {charts ? (
        <div className="mb-4 grid gap-4 lg:grid-cols-5">
          <Skeleton className="h-72 rounded-xl lg:col-span-3" />
          <Skeleton className="h-72 rounded-xl lg:col-span-2" />
        </div>
      ) : null}
      {list ? (
        <>
          <Skeleton className="mb-4 h-16 rounded-xl" />
          <div className="grid gap-2">
            {Array.from({ length: 8 }, (_, i) => (
              <Skeleton key={i} className="h-12 rounded-lg" />
            ))}
          </div>
        </>
      ) : null}
      {form ? (
        <div className="grid max-w-2xl gap-5">
          {Array.from({ length: 5 }, (_, i) => (
            <div key={i} className="grid gap-2">
              <Skeleton className="h-4 w-24" />
              <Skeleton className="h-10" />
            </div>
          ))}
        </div>
      ) : null}
      {document ? <Skeleton className="mx-auto h-[36rem] max-w-3xl rounded-xl" /> : null}
    </div>
  );
}
