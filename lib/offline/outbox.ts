import type { RecordKind } from "@/lib/domain/enums";
import type { RecordInput } from "@/lib/records/schemas";
import { outboxOf, type OfflineDb, type OutboxRow, type Refusal, type StoredPhoto } from "./store";

/**
 * The outbox: records submitted on the phone wait here until the server has them. Each is sent with
 * its client token, so however often it goes out (a retry after a lost answer, a double tap, two tabs,
 * the next open), the server creates it once. States: waiting (等待网络) → sending (正在发送) → sent
 * (已提交); a refusal (the roster changed, the year closed) turns it back into a draft with the reason.
 */

/** What the server made of one send. "retry": no answer, a server error or the session over; try again later. */
export type SendAnswer = { kind: "created"; id: string } | { kind: "refused"; refusal: Refusal } | { kind: "retry"; needsSignIn?: boolean };

export type Transport = (row: OutboxRow) => Promise<SendAnswer>;

export interface NewOutboxItem {
  clientToken: string;
  userId: string;
  kind: RecordKind;
  values: RecordInput;
  photos: StoredPhoto[];
  submit: boolean;
}

/** Sent rows stay listed (as 已提交) for a week, without their photos. */
const KEEP_SENT_MS = 7 * 24 * 3600 * 1000;

/** Puts a record into the outbox and removes the draft it came from, in one IndexedDB transaction. */
export async function enqueue(db: OfflineDb, item: NewOutboxItem, at = Date.now()): Promise<void> {
  const tx = db.transaction(["drafts", "outbox"], "readwrite");
  const existing = await tx.objectStore("outbox").get(item.clientToken);
  // Already queued or sent under this token (a double tap): keep the first.
  if (!existing) {
    await tx.objectStore("outbox").put({ ...item, state: "waiting", createdAt: at, updatedAt: at, attempts: 0 });
  }
  await tx.objectStore("drafts").delete(item.clientToken);
  await tx.done;
}

let running: Promise<void> = Promise.resolve();

/**
 * Runs `fn` alone: in this page (a promise chain) and across the phone's tabs (Web Locks, where the
 * browser has them), so no record is being sent twice at the same moment.
 */
function exclusive(fn: () => Promise<void>): Promise<void> {
  const locked = async (): Promise<void> => {
    if (typeof navigator !== "undefined" && navigator.locks) await navigator.locks.request("cz-outbox", fn);
    else await fn();
  };
  const next = running.then(locked, locked);
  running = next.catch(() => undefined);
  return next;
}

/**
 * Sends the user's waiting records, oldest first. A row found "sending" was cut off (the page closed,
 * the server stopped mid-send): it goes again, and its token makes the server answer with the record
 * it may already have made. Stops at the first "retry" (the network is gone; the rest would fail too).
 */
export function flushOutbox(db: OfflineDb, userId: string, send: Transport, onChange?: () => void): Promise<void> {
  return exclusive(async () => {
    for (const queued of await outboxOf(db, userId)) {
      if (queued.state === "sent") continue;
      // Read again inside the lock: another tab may have sent it a moment ago.
      const row = await db.get("outbox", queued.clientToken);
      if (!row || row.state === "sent") continue;
      const sending: OutboxRow = { ...row, state: "sending", attempts: row.attempts + 1, updatedAt: Date.now(), needsSignIn: false };
      await db.put("outbox", sending);
      onChange?.();
      let answer: SendAnswer;
      try {
        answer = await send(sending);
      } catch {
        answer = { kind: "retry" };
      }
      if (answer.kind === "created") {
        await db.put("outbox", { ...sending, state: "sent", recordId: answer.id, photos: [], updatedAt: Date.now() });
      } else if (answer.kind === "refused") {
        await returnAsDraft(db, sending, answer.refusal);
      } else {
        await db.put("outbox", { ...sending, state: "waiting", needsSignIn: answer.needsSignIn ?? false, updatedAt: Date.now() });
        onChange?.();
        return;
      }
      onChange?.();
    }
    await dropOldSent(db, userId);
  });
}

/** A refused record becomes the user's draft again, with the server's reason, under the same token. */
async function returnAsDraft(db: OfflineDb, row: OutboxRow, refusal: Refusal): Promise<void> {
  const tx = db.transaction(["drafts", "outbox"], "readwrite");
  await tx.objectStore("drafts").put({ clientToken: row.clientToken, userId: row.userId, kind: row.kind, values: row.values, photos: row.photos, updatedAt: Date.now(), refusal });
  await tx.objectStore("outbox").delete(row.clientToken);
  await tx.done;
}

async function dropOldSent(db: OfflineDb, userId: string): Promise<void> {
  const cutoff = Date.now() - KEEP_SENT_MS;
  for (const row of await outboxOf(db, userId)) {
    if (row.state === "sent" && row.updatedAt < cutoff) await db.delete("outbox", row.clientToken);
  }
}

/** Counts for the header's badge: records not yet on the server. */
export function pendingCount(rows: OutboxRow[]): number {
  return rows.filter((r) => r.state !== "sent").length;
}
