// Sheds load past capacity. Loaded into each server process by scripts/start.mjs and scripts/demo.mjs
// (`--import` in NODE_OPTIONS, scripts/server-options.mjs). Beyond MAX_IN_FLIGHT requests in flight in one
// process (default 64; 0 turns it off), a page request is answered at once with 503 and Retry-After instead
// of waiting behind the others. A server offered more than it can answer otherwise holds every request it
// has not answered yet, each with its socket, its parsed request and a render waiting its turn: its memory
// grows with the queue (410 MB at 60 req/s offered against 48 answered, p95 10.5 s: docs/scaling.md,
// "Eleventh pass") and everyone waits seconds. A 503 lets a load balancer try another server, the service
// worker serve a kept page (app/sw.ts) and a person reload.
// Only reads are shed, and not all: a write (a record sent, an approval, a form posted with or without
// JavaScript) carries what someone typed and always waits its turn; the files a page needs (its scripts,
// styles, icons) cost little and a page without them would never work; the health check says busy is not dead.
import fs from "node:fs";
import http from "node:http";
import { maxInFlight } from "./server-options.mjs";

const MAX_IN_FLIGHT = maxInFlight(process.env.MAX_IN_FLIGHT);
const RETRY_AFTER_S = 5;

/** @param {import("node:http").IncomingMessage} req */
function sheddable(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const pathname = (req.url ?? "/").split("?")[0];
  return pathname !== "/api/health" && !pathname.startsWith("/_next/static/") && !/\.[a-z0-9]+$/i.test(pathname);
}

/** The busy page, in Chinese then English (messages/*.json "overload"); it reloads itself after Retry-After and a few seconds more, so refused visitors do not all come back at once. */
function busyPage() {
  /** @param {string} locale */
  const text = (locale) => JSON.parse(fs.readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8")).overload;
  const zh = text("zh-CN");
  const en = text("en");
  return (/** @type {number} */ reloadAfterS) =>
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="${reloadAfterS}"><title>${zh.title} · ${en.title}</title><style>body{font:16px/1.6 system-ui,sans-serif;max-width:32rem;margin:20vh auto;padding:0 1.5rem;color:#1f2937}h1{font-size:1.25rem;margin:0 0 .25rem}p{margin:0 0 1rem;color:#4b5563}a{display:inline-block;padding:.6rem 1.2rem;border-radius:.5rem;background:#c8102e;color:#fff;text-decoration:none}</style></head><body><h1>${zh.title}</h1><p>${zh.message}</p><h1 lang="en">${en.title}</h1><p lang="en">${en.message}</p><a href="">${zh.retry} · ${en.retry}</a></body></html>`;
}

if (MAX_IN_FLIGHT > 0) {
  const page = busyPage();
  let inFlight = 0;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitUnlessBusy(event, req, res) {
    if (event !== "request") return emit.apply(this, arguments);
    if (inFlight >= MAX_IN_FLIGHT && sheddable(req)) {
      const html = /text\/html/.test(req.headers.accept ?? "");
      res.writeHead(503, {
        "Retry-After": String(RETRY_AFTER_S),
        "Cache-Control": "no-store",
        "Content-Type": html ? "text/html; charset=utf-8" : "application/json",
        "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
        "X-Content-Type-Options": "nosniff",
        "X-Frame-Options": "DENY",
        "Referrer-Policy": "no-referrer",
      });
      res.end(html ? page(RETRY_AFTER_S + Math.floor(Math.random() * 5)) : JSON.stringify({ error: "busy" }));
      return true;
    }
    inFlight++;
    // Once, on whichever closes first: a pipelined response still queued when its socket closes never emits its own "close".
    let released = false;
    const release = () => {
      if (released) return;
      released = true;
      inFlight--;
      req.socket.off("close", release);
    };
    res.once("close", release);
    req.socket.once("close", release);
    return emit.apply(this, arguments);
  };
}
