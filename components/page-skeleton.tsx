import { useTranslations } from "next-intl";
import { Skeleton } from "@/components/ui/skeleton";

/** The parts of a page's shape a skeleton draws; components/shell/pending-navigation.tsx picks one per route. */
export type PageShape = {
  /** a "← back" link above the title (detail and form pages) */
  back?: boolean;
  /** buttons beside the title */
  actions?: number;
  /** a tab strip */
  tabs?: number;
  /** a filter bar with that many controls */
  filters?: number;
  /** a row of stat cards */
  figures?: number;
  /** two chart panels */
  charts?: boolean;
  /** a list: a table from md up, cards on phones */
  rows?: number;
  /** a form card with that many labelled fields and its submit button */
  fields?: number;
  /** tall cards (one per year, per section, per panel of a detail page) */
  cards?: number;
  /** how many cards sit side by side on wide screens */
  cardColumns?: 1 | 2;
};

/** `count` rows of two grey bars: a form field's label and input, a card's line and its figure. */
function SkeletonRows({ count, className, bars: [first, second] }: { count: number; className: string; bars: [string, string] }) {
  return (
    <>
      {Array.from({ length: count }, (_, i) => (
        <div key={i} className={className}>
          <Skeleton className={first} />
          <Skeleton className={second} />
        </div>
      ))}
    </>
  );
}

/**
 * What a page shows the moment one taps a link to it, until it arrives: its shape in grey, so the tap
 * is answered at once and nothing jumps when the content replaces it.
 */
export function PageSkeleton({ back = false, actions = 0, tabs = 0, filters = 0, figures = 0, charts = false, rows = 0, fields = 0, cards = 0, cardColumns = 1 }: PageShape) {
  const t = useTranslations("common");
  const times = (n: number) => Array.from({ length: n }, (_, i) => i);
  return (
    <div role="status" aria-live="polite" aria-busy="true" data-testid="page-skeleton">
      <span className="sr-only">{t("loading")}</span>
      {back ? <Skeleton className="mb-3 h-4 w-24" /> : null}
      <div className="mb-6 flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div className="grid gap-2">
          <Skeleton className="h-7 w-48" />
          <Skeleton className="h-4 w-72 max-w-full" />
        </div>
        {actions ? (
          <div className="flex gap-2">
            {times(actions).map((i) => (
              <Skeleton key={i} className="h-10 w-24 md:h-9" />
            ))}
          </div>
        ) : null}
      </div>
      {tabs ? (
        <div className="mb-4 flex gap-2 overflow-hidden border-b pb-2">
          {times(tabs).map((i) => (
            <Skeleton key={i} className="h-8 w-20 shrink-0" />
          ))}
        </div>
      ) : null}
      {filters ? (
        <div className="mb-4 grid grid-cols-1 gap-2 rounded-xl border bg-card p-3 sm:grid-cols-2 lg:flex lg:flex-wrap lg:items-center">
          <Skeleton className="h-10 lg:h-9 lg:min-w-56 lg:flex-1" />
          {times(filters - 1).map((i) => (
            <Skeleton key={i} className="hidden h-10 sm:block lg:h-9 lg:w-40" />
          ))}
        </div>
      ) : null}
      {figures ? (
        <div className="mb-4 grid grid-cols-2 gap-3 lg:grid-cols-4">
          {times(figures).map((i) => (
            <Skeleton key={i} shape="card" className="h-24" />
          ))}
        </div>
      ) : null}
      {charts ? (
        <div className="mb-4 grid gap-4 lg:grid-cols-5">
          <Skeleton shape="card" className="h-72 lg:col-span-3" />
          <Skeleton shape="card" className="h-72 lg:col-span-2" />
        </div>
      ) : null}
      {rows ? (
        <>
          <div className="hidden overflow-hidden rounded-xl border bg-card md:block">
            <div className="flex gap-6 border-b px-4 py-3">
              {[40, 16, 24, 16, 12].map((w, i) => (
                <Skeleton key={i} className="h-4" style={{ width: `${w}%` }} />
              ))}
            </div>
            {times(rows).map((i) => (
              <div key={i} className="flex items-center gap-6 border-b px-4 py-3.5 last:border-b-0">
                {[40, 16, 24, 16, 12].map((w, j) => (
                  <Skeleton key={j} className={j === 0 ? "h-4" : "h-3.5"} style={{ width: `${w - (j === 0 ? (i % 3) * 6 : 0)}%` }} />
                ))}
              </div>
            ))}
          </div>
          <ul className="grid grid-cols-1 gap-2 md:hidden">
            {times(Math.min(rows, 6)).map((i) => (
              <li key={i} className="grid min-h-16 content-center gap-2 rounded-xl border bg-card px-4 py-3">
                <Skeleton className="h-4" style={{ width: `${70 - (i % 3) * 10}%` }} />
                <Skeleton className="h-3 w-1/2" />
              </li>
            ))}
          </ul>
        </>
      ) : null}
      {fields ? (
        <div className="mb-4 grid gap-4 rounded-xl border bg-card p-5">
          <div className="grid gap-4 sm:grid-cols-2">
            <SkeletonRows count={fields} className="grid gap-2" bars={["h-4 w-20", "h-10 md:h-9"]} />
          </div>
          <Skeleton className="h-10 w-28 md:h-9" />
        </div>
      ) : null}
      {cards ? (
        <div className={cardColumns === 2 ? "grid gap-4 lg:grid-cols-2" : "grid gap-4"}>
          {times(cards).map((i) => (
            <div key={i} className="grid gap-3 rounded-xl border bg-card p-5">
              <Skeleton className="h-6 w-40" />
              <Skeleton className="h-4 w-1/2" />
              <div className="grid divide-y rounded-lg border">
                <SkeletonRows count={3} className="flex justify-between gap-4 px-3 py-3" bars={["h-4 w-1/2", "h-4 w-12"]} />
              </div>
              <Skeleton className="h-10 w-28" />
            </div>
          ))}
        </div>
      ) : null}
    </div>
  );
}
