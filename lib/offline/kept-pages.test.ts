import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { NetworkFirst, PrecacheFallbackPlugin, type Serwist } from "serwist";
import { keptPagesPlugin } from "./kept-pages";

/*
 * The kept pages' strategy as app/sw.ts builds it (NetworkFirst, this plugin, offline.html as the fallback
 * Serwist adds), run in Node with a Map for the browser's caches: which page a phone gets from a server that
 * sheds load (scripts/shed-load.mjs answers 503 with its busy page).
 */

const CACHE = "cz-pages";
const OFFLINE = new Response("offline.html", { status: 200 });
let kept: Map<string, Response>;
/** The event a strategy extends with the work it finishes after answering (the cache write). */
class FakeEvent {
  waiting: Promise<unknown>[] = [];
  waitUntil(promise: Promise<unknown>) {
    this.waiting.push(promise);
  }
}

beforeEach(() => {
  kept = new Map();
  const cache = {
    match: async (req: Request | string) => kept.get(typeof req === "string" ? req : req.url)?.clone(),
    put: async (req: Request, res: Response) => void kept.set(req.url, res),
  };
  // Serwist's development logger and checks need a service worker's globals; the built worker runs without them.
  vi.stubEnv("NODE_ENV", "production");
  // It tells a FetchEvent from other events with instanceof.
  vi.stubGlobal("self", globalThis);
  vi.stubGlobal("ExtendableEvent", FakeEvent);
  vi.stubGlobal("FetchEvent", class extends FakeEvent {});
  vi.stubGlobal("caches", {
    open: async () => cache,
    match: async (req: Request, options?: { cacheName?: string }) => (options?.cacheName && options.cacheName !== CACHE ? undefined : cache.match(req)),
  });
});
afterEach(() => {
  vi.unstubAllGlobals();
  vi.unstubAllEnvs();
});

function strategy() {
  const isKept = async (request: Request) => Boolean(await caches.match(request, { cacheName: CACHE }));
  // Serwist adds the fallback plugin itself (`fallbacks`); here it answers offline.html directly.
  const fallback = new PrecacheFallbackPlugin({ fallbackUrls: ["/offline.html"], serwist: { matchPrecache: async () => OFFLINE.clone() } as unknown as Serwist });
  return new NetworkFirst({ cacheName: CACHE, plugins: [keptPagesPlugin(isKept), fallback] });
}

const busy = () => new Response("系统繁忙 · The platform is busy", { status: 503, headers: { "Retry-After": "5" } });

async function visit(url: string) {
  const event = new FakeEvent();
  const response = await strategy().handle({ request: new Request(url), event: event as unknown as ExtendableEvent });
  await Promise.allSettled(event.waiting);
  return { status: response.status, text: await response.text() };
}

describe("a kept page against a busy server", () => {
  it("serves the page kept under that URL instead of the busy page", async () => {
    kept.set("http://cz.test/records", new Response("the records, kept"));
    vi.stubGlobal("fetch", async () => busy());
    expect(await visit("http://cz.test/records")).toEqual({ status: 200, text: "the records, kept" });
  });

  it("passes the busy page through where none is kept, not offline.html: the phone is online", async () => {
    kept.set("http://cz.test/records", new Response("the records, kept"));
    vi.stubGlobal("fetch", async () => busy());
    expect(await visit("http://cz.test/records?status=rejected")).toEqual({ status: 503, text: "系统繁忙 · The platform is busy" });
  });

  it("still answers offline.html with no network and nothing kept", async () => {
    vi.stubGlobal("fetch", async () => {
      throw new TypeError("Failed to fetch");
    });
    expect(await visit("http://cz.test/records?status=rejected")).toEqual({ status: 200, text: "offline.html" });
  });

  it("keeps a page the server answered, never a busy page", async () => {
    vi.stubGlobal("fetch", async () => new Response("the home page"));
    expect(await visit("http://cz.test/")).toEqual({ status: 200, text: "the home page" });
    expect(kept.has("http://cz.test/")).toBe(true);
    vi.stubGlobal("fetch", async () => busy());
    await visit("http://cz.test/workers");
    expect(kept.has("http://cz.test/workers")).toBe(false);
  });
});
