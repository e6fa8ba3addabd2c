import { PAGES_CACHE, PAGES_WARMED_KEY } from "./pages";
import type { OfflineDb } from "./store";

/** Deletes the pages the service worker keeps for the signed-in user (sign-out, and the sign-in page). */
export async function forgetPages(): Promise<void> {
  // The next user's pages are fetched ahead again at once (OfflineProvider skips it for a while after the last time).
  localStorage.removeItem(PAGES_WARMED_KEY);
  if (typeof caches !== "undefined") await caches.delete(PAGES_CACHE);
}

/**
 * Deletes drafts and outbox rows of everyone but `keepUserId` (null: of everyone). Run when a user's
 * pages open, so one phone passed between two people never shows one the other's records.
 */
export async function forgetRecordsExcept(db: OfflineDb, keepUserId: string | null): Promise<void> {
  const tx = db.transaction(["drafts", "outbox"], "readwrite");
  for (const name of ["drafts", "outbox"] as const) {
    let cursor = await tx.objectStore(name).openCursor();
    while (cursor) {
      if (cursor.value.userId !== keepUserId) await cursor.delete();
      cursor = await cursor.continue();
    }
  }
  await tx.done;
}
