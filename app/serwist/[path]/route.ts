import { createSerwistRoute } from "@serwist/turbopack";

/**
 * Serves the service worker at /serwist/sw.js, bundled from app/sw.ts with esbuild while `next build`
 * prerenders this route (Serwist's way under Turbopack, which runs no webpack plugin). Its precache lists
 * the build's static files and public/ (icons, offline.html), so each build brings a new worker.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "app/sw.ts",
  useNativeEsbuild: true,
});
