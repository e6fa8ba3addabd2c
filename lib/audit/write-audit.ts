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

/** Writes one audit row; call it with the transaction that makes the change. */
export async function writeAudit(tx: Queryable, entry: AuditInput): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: entry.actorId,
    action: entry.action,
    entity: entry.entity,
    entityId: entry.entityId,
    countyId: entry.countyId,
    before: entry.before ?? null,
    after: entry.after ?? null,
  });
}
