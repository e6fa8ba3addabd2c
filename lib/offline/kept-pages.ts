import type { SerwistPlugin } from "serwist";

/**
 * The service worker's plugin for the kept pages (app/sw.ts, NetworkFirst). A server past its capacity
 * answers 503 (scripts/shed-load.mjs): where a page is kept under that URL it serves better than "busy",
 * so the answer counts as a failure and the strategy falls back to the cache. Where none is (a list with
 * another filter, a form not fetched ahead) the busy page itself goes through, which reloads itself: as a
 * failure it would end in public/offline.html, telling a phone on the network that it is offline.
 * `isKept` looks the request up in the pages' cache.
 */
export function keptPagesPlugin(isKept: (request: Request) => Promise<boolean>): SerwistPlugin {
  return {
    fetchDidSucceed: async ({ request, response }) => {
      if (response.status === 503 && (await isKept(request))) throw new Error("server busy");
      return response;
    },
    // A page that sent the visitor to /login (session over) is not the page: never keep it under the page's URL.
    cacheWillUpdate: async ({ response }) => (response.ok && !response.redirected ? response : null),
  };
}
