import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { records } from "@/db/schema";
import type { CurrentUser } from "@/lib/auth/current-user";
import { inTransaction, Refusal } from "@/lib/actions/transaction";
import { writeAudit, type AuditInput } from "@/lib/audit/write-audit";
import { applyRecordToStats } from "@/lib/stats/aggregates";
import { now } from "@/lib/time";
import type { ProposalDecision } from "./decision";
import { explainRefusal, transitionRecord } from "./mutations";
import { recordScopeFor, reviewableRecordsFor } from "./scope";
import { type ActionResult, invalid, refuse } from "@/lib/actions/result";

/** What a batch did: how many records changed, and how many had already been handled by someone else. */
export interface BatchOutcome {
  done: number;
  skipped: number;
}

/**
 * Sends several records back with one reason; each is guarded on its own (status + version), so one
 * already handled does not stop the rest.
 */
export async function rejectMany(user: CurrentUser, items: { id: string; version: number }[], reason: string): Promise<ActionResult<BatchOutcome>> {
  if (!reason.trim()) return invalid({ reason: ["validation.reasonRequired"] });
  let done = 0;
  for (const item of items) {
    const result = await transitionRecord(user, item.id, "reject", { version: item.version, reason });
    if (result.ok) done++;
  }
  return { ok: true, data: { done, skipped: items.length - done } };
}

/**
 * Approves a proposal and, in the same guarded UPDATE, sets the reviewer's decision on it: adopted,
 * implemented, benefit. Only the record's reviewer may (the same WHERE as approving), only while it
 * waits (status + version), and the audit names the reviewer with what the team had typed before.
 */
export async function approveProposal(user: CurrentUser, id: string, version: number, decision: ProposalDecision): Promise<ActionResult> {
  return inTransaction(async (tx) => {
    const [before] = await tx
      .select({ kind: records.kind, adopted: records.adopted, benefitYuan: records.benefitYuan, details: records.details })
      .from(records)
      .where(and(eq(records.id, id), recordScopeFor(user)));
    if (!before) throw new Refusal(refuse("not_found", "records.error.notFound"));
    if (before.kind !== "proposal") throw new Refusal(refuse("invalid_input", "errors.invalidInput"));
    const at = now();
    const [row] = await tx
      .update(records)
      .set({
        status: "approved",
        version: sql`${records.version} + 1`,
        reviewedBy: user.id,
        reviewedAt: at,
        reviewNote: null,
        adopted: decision.adopted,
        benefitYuan: decision.benefitYuan ?? null,
        details: sql`${records.details} || ${JSON.stringify({ implemented: decision.implemented })}::jsonb`,
      })
      .where(and(eq(records.id, id), eq(records.version, version), eq(records.status, "submitted"), eq(records.kind, "proposal"), reviewableRecordsFor(user)))
      .returning({ countyId: records.countyId });
    if (!row) throw new Refusal(await explainRefusal(tx, user, id, version));
    // The aggregates read the row as it now stands: the reviewer's figures count, not the team's.
    await applyRecordToStats(tx, id, 1);
    const was = { adopted: before.adopted ?? false, implemented: Boolean(before.details.implemented), benefitYuan: before.benefitYuan ?? null };
    const is = { adopted: decision.adopted, implemented: decision.implemented, benefitYuan: decision.benefitYuan ?? null };
    const changed = (Object.keys(is) as (keyof typeof is)[]).filter((k) => was[k] !== is[k]);
    const audit: AuditInput[] = [];
    if (changed.length) {
      audit.push({
        actorId: user.id,
        action: "record.decided",
        entity: "record",
        entityId: id,
        countyId: row.countyId,
        before: Object.fromEntries(changed.map((k) => [k, was[k]])),
        after: Object.fromEntries(changed.map((k) => [k, is[k]])),
      });
    }
    audit.push({ actorId: user.id, action: "record.approved", entity: "record", entityId: id, countyId: row.countyId, after: { status: "approved" } });
    await writeAudit(tx, audit);
    return { ok: true };
  });
}
