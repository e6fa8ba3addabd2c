"use client";

import { createContext, useCallback, useContext, useEffect, useMemo, useState, useSyncExternalStore } from "react";
import { forgetRecordsExcept } from "@/lib/offline/forget";
import { flushOutbox } from "@/lib/offline/outbox";
import { PAGES_WARMED_KEY } from "@/lib/offline/pages";
import { draftsOf, offlineDb, outboxOf, type DraftRow, type OutboxRow } from "@/lib/offline/store";
import { sendToServer } from "@/lib/offline/transport";

interface OfflineState {
  userId: string;
  online: boolean;
  outbox: OutboxRow[];
  /** Drafts the server refused (they carry its reason), shown with the outbox. */
  refused: DraftRow[];
  /** Sends what waits in the outbox now (the "send now" button, and after a submit). */
  sendNow: () => Promise<void>;
  /** Reads the outbox again (after the form queued a record). */
  refresh: () => Promise<void>;
}

const OfflineContext = createContext<OfflineState | null>(null);

export function useOffline(): OfflineState {
  const state = useContext(OfflineContext);
  if (!state) throw new Error("useOffline outside OfflineProvider");
  return state;
}

function subscribeOnline(change: () => void) {
  window.addEventListener("online", change);
  window.addEventListener("offline", change);
  return () => {
    window.removeEventListener("online", change);
    window.removeEventListener("offline", change);
  };
}

/** Whether the browser believes it has a network (the server decides the rest). */
export function useOnline(): boolean {
  return useSyncExternalStore(subscribeOnline, () => navigator.onLine, () => true);
}

/** How often the pages kept for offline use are fetched again ahead of need (each fetch renders them on the server). */
const WARM_EVERY_MS = 15 * 60 * 1000;

/** The longest the service worker's registration waits for the page's load. */
const REGISTER_WITHIN_MS = 10_000;

/** Asks the service worker to fetch and keep the pages a phone needs offline, at most every WARM_EVERY_MS. */
async function warmPages(urls: string[]) {
  const registration = await navigator.serviceWorker.ready;
  const key = PAGES_WARMED_KEY;
  if (!navigator.onLine || Date.now() - Number(localStorage.getItem(key) ?? 0) < WARM_EVERY_MS) return;
  registration.active?.postMessage({ type: "CACHE_URLS", payload: { urlsToCache: urls } });
  localStorage.setItem(key, String(Date.now()));
}

/**
 * The signed-in app's offline side: registers the service worker, has it keep the pages listed in
 * lib/offline/pages.ts, forgets other users' records on this phone, and sends the outbox when the page
 * opens, when the network returns and on request.
 */
export function OfflineProvider({ userId, warmUrls, children }: { userId: string; warmUrls: string[]; children: React.ReactNode }) {
  const online = useOnline();
  const [outbox, setOutbox] = useState<OutboxRow[]>([]);
  const [refused, setRefused] = useState<DraftRow[]>([]);

  const refresh = useCallback(async () => {
    const db = await offlineDb();
    const [rows, drafts] = await Promise.all([outboxOf(db, userId), draftsOf(db, userId)]);
    setOutbox(rows);
    setRefused(drafts.filter((d) => d.refusal));
  }, [userId]);

  const sendNow = useCallback(async () => {
    const db = await offlineDb();
    await flushOutbox(db, userId, sendToServer, () => void refresh());
    await refresh();
  }, [userId, refresh]);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    // A module worker (Serwist's bundle is ESM); the registration is a no-op once done. On a first visit
    // it installs by downloading the whole build, so it waits for the page's own load: on a phone's slow
    // link those downloads would otherwise share it with the scripts and images of the page being opened.
    // Not longer than REGISTER_WITHIN_MS, though: one stalled image would keep the app from going offline-ready.
    let registered = false;
    const register = () => {
      if (registered) return;
      registered = true;
      navigator.serviceWorker
        .register("/serwist/sw.js", { scope: "/", type: "module" })
        .then(() => warmPages(warmUrls))
        .catch(() => undefined);
    };
    if (document.readyState === "complete") {
      register();
      return;
    }
    window.addEventListener("load", register, { once: true });
    const timer = window.setTimeout(register, REGISTER_WITHIN_MS);
    return () => {
      window.removeEventListener("load", register);
      window.clearTimeout(timer);
    };
  }, [warmUrls]); // from the server: the same array until the layout renders again

  useEffect(() => {
    let cancelled = false;
    (async () => {
      const db = await offlineDb();
      await forgetRecordsExcept(db, userId);
      if (!cancelled) await sendNow();
    })().catch(() => undefined);
    const onOnline = () => void sendNow().catch(() => undefined);
    window.addEventListener("online", onOnline);
    return () => {
      cancelled = true;
      window.removeEventListener("online", onOnline);
    };
  }, [userId, sendNow]);

  const value = useMemo(() => ({ userId, online, outbox, refused, sendNow, refresh }), [userId, online, outbox, refused, sendNow, refresh]);
  return <OfflineContext.Provider value={value}>{children}</OfflineContext.Provider>;
}
