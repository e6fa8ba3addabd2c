import { openDB, type DBSchema, type IDBPDatabase } from "idb";
import type { RecordKind } from "@/lib/domain/enums";
import type { RecordInput } from "@/lib/records/schemas";
import type { FieldErrors, Message } from "@/lib/actions/result";

/**
 * What a phone keeps of a signed-in user's records, in IndexedDB (survives closing the browser):
 * drafts of the record form as they are typed, and the outbox of records waiting to be sent. Every row
 * carries its user's id; the app shows a user only their own rows and deletes the rest (lib/offline/forget.ts).
 */

export interface StoredPhoto {
  name: string;
  type: string;
  blob: Blob;
}

/** Why the server refused a record: i18n keys, as an action result carries them. */
export interface Refusal {
  message?: Message;
  fieldErrors?: FieldErrors;
}

export interface DraftRow {
  /** The record's client token: the draft becomes the record with this token, created at most once. */
  clientToken: string;
  userId: string;
  kind: RecordKind;
  values: RecordInput;
  photos: StoredPhoto[];
  updatedAt: number;
  /** Set when the draft came back from the outbox, refused by the server. */
  refusal?: Refusal;
}

export const OUTBOX_STATES = ["waiting", "sending", "sent"] as const;
export type OutboxState = (typeof OUTBOX_STATES)[number];

export interface OutboxRow {
  clientToken: string;
  userId: string;
  kind: RecordKind;
  values: RecordInput;
  photos: StoredPhoto[];
  /** true: into review; false: saved as a draft on the server. */
  submit: boolean;
  state: OutboxState;
  createdAt: number;
  updatedAt: number;
  attempts: number;
  /** The server's id once created. */
  recordId?: string;
  /** The last try found the session over: the user must sign in again before it can go. */
  needsSignIn?: boolean;
}

interface OfflineSchema extends DBSchema {
  drafts: { key: string; value: DraftRow; indexes: { userId: string } };
  outbox: { key: string; value: OutboxRow; indexes: { userId: string } };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

const NAME = "cz-offline";

let opened: Promise<OfflineDb> | null = null;

/** The device's database (one connection per page). */
export function offlineDb(): Promise<OfflineDb> {
  opened ??= openOfflineDb().catch((err) => {
    opened = null;
    throw err;
  });
  return opened;
}

/** Opens (and creates) the database; tests open their own. */
export function openOfflineDb(name = NAME): Promise<OfflineDb> {
  return openDB<OfflineSchema>(name, 1, {
    upgrade(db) {
      db.createObjectStore("drafts", { keyPath: "clientToken" }).createIndex("userId", "userId");
      db.createObjectStore("outbox", { keyPath: "clientToken" }).createIndex("userId", "userId");
    },
  });
}

/** The user's drafts of a kind, newest first. */
export async function draftsOf(db: OfflineDb, userId: string, kind?: RecordKind): Promise<DraftRow[]> {
  const rows = await db.getAllFromIndex("drafts", "userId", userId);
  return rows.filter((r) => !kind || r.kind === kind).sort((a, b) => b.updatedAt - a.updatedAt);
}

export async function saveDraft(db: OfflineDb, row: DraftRow): Promise<void> {
  await db.put("drafts", row);
}

export async function deleteDraft(db: OfflineDb, clientToken: string): Promise<void> {
  await db.delete("drafts", clientToken);
}

/** The user's outbox, oldest first (the order they were submitted in). */
export async function outboxOf(db: OfflineDb, userId: string): Promise<OutboxRow[]> {
  const rows = await db.getAllFromIndex("outbox", "userId", userId);
  return rows.sort((a, b) => a.createdAt - b.createdAt);
}
