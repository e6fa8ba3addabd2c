/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, NetworkFirst, Serwist, StaleWhileRevalidate, type PrecacheEntry, type SerwistGlobalConfig } from "serwist";
import { keptPagesPlugin } from "@/lib/offline/kept-pages";
import { PAGES_CACHE, isOfflinePage } from "@/lib/offline/pages";

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined;
  }
}
declare const self: ServiceWorkerGlobalScope;

/**
 * The service worker (bundled by @serwist/turbopack's route, app/serwist/[path]/route.ts): the build's
 * scripts, styles and public files are precached; the few pages in lib/offline/pages.ts are fetched from
 * the network first and kept for when it is gone; every other page, offline, gets public/offline.html
 * instead of the browser's error. Nothing else is cached: no API answers, no evidence files, no other pages.
 */
const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      // Documents only: Next's RSC fetches (RSC header, `_rsc` query) are left to fail offline, and the
      // router then loads the page as a document, which this route answers from the cache.
      matcher: ({ request, url, sameOrigin }) => sameOrigin && request.method === "GET" && !request.headers.has("RSC") && isOfflinePage(url),
      handler: new NetworkFirst({
        cacheName: PAGES_CACHE,
        // A weak signal that answers nothing for seconds is as good as none on the shop floor.
        networkTimeoutSeconds: 6,
        // Next varies its pages on router headers; the document is the same for a navigation and a prefetch by CACHE_URLS.
        matchOptions: { ignoreVary: true },
        plugins: [
          keptPagesPlugin(async (request) => Boolean(await caches.match(request, { cacheName: PAGES_CACHE, ignoreVary: true }))),
          new ExpirationPlugin({ maxEntries: 30 }),
        ],
      }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith("/_next/static/"),
      handler: new CacheFirst({ cacheName: "cz-static", plugins: [new ExpirationPlugin({ maxEntries: 200 })] }),
    },
    {
      matcher: ({ url, sameOrigin }) => sameOrigin && /^\/(?:icons\/|favicon\.ico|apple-icon|icon\.svg|manifest\.webmanifest)/.test(url.pathname),
      handler: new StaleWhileRevalidate({ cacheName: "cz-icons" }),
    },
  ],
  fallbacks: {
    entries: [{ url: "/offline.html", matcher: ({ request }) => request.destination === "document" }],
  },
});

serwist.addEventListeners();
