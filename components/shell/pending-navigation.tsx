"use client";

import { createContext, useCallback, useContext, useEffect, useRef, useState } from "react";
import { usePathname, useSearchParams } from "next/navigation";
import { PageSkeleton, type PageShape } from "@/components/page-skeleton";

/** Each page's shape, first match wins; a page not listed gets OTHER. */
const SHAPES: [RegExp, PageShape][] = [
  [/^\/$/, { figures: 4, cards: 2 }],
  [/^\/dashboard$/, { figures: 6, charts: true }],
  [/^\/(records|review)$/, { actions: 2, filters: 5, rows: 10 }],
  [/^\/workers$/, { actions: 2, filters: 4, rows: 10 }],
  [/^\/rankings$/, { actions: 1, filters: 4, rows: 10 }],
  [/^\/org$/, { actions: 2, filters: 2, rows: 10 }],
  [/^\/evaluations$/, { actions: 1, tabs: 4, rows: 8 }],
  [/^\/reports$/, { actions: 1, cards: 3 }],
  [/^\/years$/, { cards: 3, cardColumns: 2 }],
  [/^\/account$/, { cards: 1 }],
  [/^\/(records|workers|org)\/(new|import)$|^\/(records|org)\/[^/]+\/edit$/, { back: true, fields: 6 }],
  [/^\/(records|workers)\/[^/]+$/, { back: true, actions: 2, cards: 2, cardColumns: 2 }],
  [/^\/evaluations\/[^/]+$/, { back: true, actions: 1, figures: 4, cards: 1 }],
  [/^\/org\/[^/]+$/, { actions: 1, rows: 10 }],
];
const OTHER: PageShape = { back: true, cards: 1 };

function shapeFor(pathname: string): PageShape {
  return SHAPES.find(([pattern]) => pattern.test(pathname))?.[1] ?? OTHER;
}

/** A tapped link whose page is on its way: where it was tapped, where it goes, and that page's shape. */
type Pending = { from: string; to: string; shape: PageShape };

const PendingContext = createContext<{ pending: Pending | null; settle: () => void }>({ pending: null, settle: () => {} });

/**
 * Answers a tap on a link at once: the navigation marks where the tap goes and PendingPage draws that
 * page's shape in grey until it arrives. This is done here, in the browser, rather than with
 * loading.tsx: a loading.tsx is a Suspense boundary in the server's HTML too, and React sends a large
 * boundary's content after its fallback, hidden, to be swapped in by a script, so a browser without
 * JavaScript saw only the skeleton; and a page behind one has answered 200 before it can call
 * notFound(). Without it every page arrives whole in the first response, with its real status.
 */
export function PendingNavigation({ children }: { children: React.ReactNode }) {
  const here = `${usePathname()}?${useSearchParams()}`;
  const hereRef = useRef(here);
  useEffect(() => {
    hereRef.current = here;
  }, [here]);
  const [pending, setPending] = useState<Pending | null>(null);
  const settle = useCallback(() => setPending(null), []);

  useEffect(() => {
    const onClick = (event: MouseEvent) => {
      // A <Link> cancels the browser's navigation to route on the client; a plain anchor (a download,
      // an export, the skip link) does not, and a modified click opens a tab: neither leaves this page.
      if (!event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest("a[href]") : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== "_self")) return;
      const to = new URL(link.href);
      if (to.origin !== window.location.origin || (to.pathname === window.location.pathname && to.search === window.location.search)) return;
      setPending({ from: hereRef.current, to: to.pathname, shape: shapeFor(to.pathname) });
      window.scrollTo(0, 0);
    };
    // On window, after React's own listener on the document has let the <Link> cancel the event.
    window.addEventListener("click", onClick);
    return () => window.removeEventListener("click", onClick);
  }, []);

  // The next page has arrived (or Back was pressed): the URL moved on.
  if (pending !== null && pending.from !== here) setPending(null);
  return <PendingContext.Provider value={{ pending, settle }}>{children}</PendingContext.Provider>;
}

/** The path a tapped link is on its way to, for the navigation to mark at once; null when none is. */
export function usePendingPath(): string | null {
  return useContext(PendingContext).pending?.to ?? null;
}

/** The page, or the tapped link's page's skeleton while that page is on its way. */
export function PendingPage({ children }: { children: React.ReactNode }) {
  const { pending, settle } = useContext(PendingContext);
  const content = useRef<HTMLDivElement>(null);
  const waiting = pending !== null;
  useEffect(() => {
    if (!waiting || !content.current) return;
    // A navigation that ends where it started (a page that redirects back) changes the page, not the URL.
    const observer = new MutationObserver(settle);
    observer.observe(content.current, { childList: true, subtree: true, characterData: true });
    return () => observer.disconnect();
  }, [waiting, settle]);
  return (
    <>
      {/* Hidden, not unmounted: the router renders the next page in its place, inside it. */}
      <div ref={content} hidden={waiting} className="contents">
        {children}
      </div>
      {pending ? <PageSkeleton {...pending.shape} /> : null}
    </>
  );
}
