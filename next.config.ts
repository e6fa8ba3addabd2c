import type { NextConfig } from "next";
import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";

// Messages precompiled at build time: the browser formats them without the ICU parser (~12 KB of
// compressed JavaScript on every page) and without parsing each message it shows.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

/** Headers for every response; the nonce-based Content-Security-Policy is set per request in proxy.ts. */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(self), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  { key: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // pdfkit and svg-to-pdfkit read their font metrics from node_modules at run time; fs-native-extensions loads its prebuilt binary at run time (the data directory's lock, db/data-dir-lock.ts).
  serverExternalPackages: ["@electric-sql/pglite", "@node-rs/argon2", "postgres", "fs-native-extensions", "pdfkit", "svg-to-pdfkit"],
  outputFileTracingExcludes: { "*": [".data/**", ".e2e-data/**"] },
  allowedDevOrigins: ["127.0.0.1"],
  // Inlined at build time: only a benchmark build (`npm run bench` sets it) serves the empty floor page /bench-floor.
  env: { BENCH_BUILD: process.env.BENCH_BUILD === "1" ? "1" : "" },
  experimental: {
    // Evidence: up to 9 files of 5 MB in one record form (the form checks sizes before sending).
    serverActions: { bodySizeLimit: "47mb" },
    proxyClientMaxBodySize: "47mb",
  },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

// withSerwist keeps esbuild (which bundles the service worker, app/serwist/[path]/route.ts) out of the server bundle.
export default withSerwist(withNextIntl(nextConfig));
