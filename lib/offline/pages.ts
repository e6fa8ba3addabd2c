/**
 * The signed-in pages a phone keeps for use without a network: the role's home, the record forms, the
 * roster, the record list and the outbox. Shared by the service worker (which caches exactly these) and
 * the app (which asks it to fetch them ahead, while online). Every other page needs the server and,
 * offline, answers with public/offline.html.
 */
export const OFFLINE_PATHS = ["/", "/records", "/records/new", "/workers", "/outbox"] as const;

/** The cache that holds the signed-in user's pages; emptied at sign-out and on the sign-in page. */
export const PAGES_CACHE = "cz-pages";

export function isOfflinePage(url: URL): boolean {
  return (OFFLINE_PATHS as readonly string[]).includes(url.pathname) && !url.searchParams.has("_rsc");
}

/** localStorage: when the pages were last fetched ahead for offline use. */
export const PAGES_WARMED_KEY = "cz-pages-warmed-at";
