// Sheds load past capacity. Loaded into each server process by scripts/start.mjs and scripts/demo.mjs
// (`--import` in NODE_OPTIONS). Beyond MAX_IN_FLIGHT requests in flight in one process (default 64;
// 0 turns it off), a request is answered at once with 503 and Retry-After instead of waiting behind the
// others. A server offered more than it can answer otherwise holds every request it has not answered yet,
// each with its socket, its parsed request and a render waiting its turn: its memory grows with the queue
// (410 MB at 60 req/s offered against 48 answered, p95 10.5 s: docs/scaling.md, "Eleventh pass") and
// everyone waits seconds. A 503 lets a load balancer try another server, a leader's outbox send again later
// (lib/offline/transport.ts retries a 5xx) and a person reload. The health check is never shed: a busy
// server is not a dead one.
import fs from "node:fs";
import http from "node:http";

const MAX_IN_FLIGHT = maxInFlight(process.env.MAX_IN_FLIGHT);
const RETRY_AFTER_S = 5;
const HEALTH_PATH = "/api/health";

/** @param {string | undefined} value */
function maxInFlight(value) {
  if (value === undefined || value === "") return 64;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new Error(`MAX_IN_FLIGHT must be a whole number of requests (0: no limit), not ${value}`);
  return n;
}

/** The busy page, in Chinese then English (messages/*.json "overload"); a page reloads itself after Retry-After. */
function busyPage() {
  /** @param {string} locale */
  const text = (locale) => JSON.parse(fs.readFileSync(new URL(`../messages/${locale}.json`, import.meta.url), "utf8")).overload;
  const zh = text("zh-CN");
  const en = text("en");
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_S}"><title>${zh.title} · ${en.title}</title><style>body{font:16px/1.6 system-ui,sans-serif;max-width:32rem;margin:20vh auto;padding:0 1.5rem;color:#1f2937}h1{font-size:1.25rem;margin:0 0 .25rem}p{margin:0 0 1rem;color:#4b5563}a{display:inline-block;padding:.6rem 1.2rem;border-radius:.5rem;background:#c8102e;color:#fff;text-decoration:none}</style></head><body><h1>${zh.title}</h1><p>${zh.message}</p><h1 lang="en">${en.title}</h1><p lang="en">${en.message}</p><a href="">${zh.retry} · ${en.retry}</a></body></html>`;
}

if (MAX_IN_FLIGHT > 0) {
  const page = busyPage();
  let inFlight = 0;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitUnlessBusy(event, req, res) {
    if (event !== "request") return emit.apply(this, arguments);
    if (inFlight >= MAX_IN_FLIGHT && !req.url.startsWith(HEALTH_PATH)) {
      const html = /text\/html/.test(req.headers.accept ?? "");
      res.writeHead(503, {
        "Retry-After": String(RETRY_AFTER_S),
        "Cache-Control": "no-store",
        "X-Content-Type-Options": "nosniff",
        "Content-Type": html ? "text/html; charset=utf-8" : "application/json",
      });
      res.end(html ? page : JSON.stringify({ error: "busy" }));
      return true;
    }
    inFlight++;
    res.once("close", () => inFlight--);
    return emit.apply(this, arguments);
  };
}
