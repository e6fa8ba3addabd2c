import "server-only";
import type { Queryable } from "@/db/client";
import { auditLog } from "@/db/schema";

export interface AuditInput {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  countyId: string | null;
  before?: unknown;
  after?: unknown;
}

/** Writes audit rows (several in one statement); call it with the transaction that makes the change. */
export async function writeAudit(tx: Queryable, entries: AuditInput | AuditInput[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries];
  if (!list.length) return;
  await tx.insert(auditLog).values(
    list.map((entry) => ({
      actorId: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId,
      countyId: entry.countyId,
      before: entry.before ?? null,
      after: entry.after ?? null,
    })),
  );
}
