import "server-only";
import { eq } from "drizzle-orm";
import type { Queryable } from "@/db/client";
import { recordWorkers, type NewRecordRow, type RecordRow } from "@/db/schema";
import type { RecordKind } from "@/lib/domain/enums";
import { KINDS } from "./kinds";

/**
 * A record's form values and its stored row, both ways: the kinds in lib/records/kinds.ts say which
 * field is a column, which lives in `details` and which names workers. Reads and writes both use it.
 */

/** A record's form values by field name, as its kind's schema reads them. */
export type Fields = Record<string, unknown>;

/** Splits validated form values into typed columns, `details` and the named workers. */
export function toColumns(kind: RecordKind, values: Fields) {
  const columns: Partial<NewRecordRow> = {};
  const details: Record<string, unknown> = {};
  const named: { workerId: string; role: "attendee" | "proposer" | "member" }[] = [];
  for (const field of KINDS[kind].fields) {
    const v = values[field.name];
    if (field.type === "workers") {
      for (const id of (v as string[]) ?? []) named.push({ workerId: id, role: field.role });
      if (field.countInto) columns.participants = ((v as string[]) ?? []).length;
    } else if (field.type === "team") {
      // stored in team_id; resolved by the caller
    } else if ("column" in field && field.column) {
      (columns as Record<string, unknown>)[field.column] = v ?? null;
    } else {
      details[field.name] = v ?? null;
    }
  }
  return { columns, details, named };
}

/** The record's form values as stored, for the edit form and for audit diffs. */
export async function readRecordValues(tx: Queryable, rec: RecordRow): Promise<Fields> {
  const values: Fields = {};
  const named = await tx.select().from(recordWorkers).where(eq(recordWorkers.recordId, rec.id));
  for (const field of KINDS[rec.kind].fields) {
    if (field.type === "workers") values[field.name] = named.filter((n) => n.role === field.role).map((n) => n.workerId).sort();
    else if (field.type === "team") values[field.name] = rec.ownerLevel === "unit" ? (rec.teamId ?? undefined) : undefined;
    else if ("column" in field && field.column) values[field.name] = (rec as unknown as Fields)[field.column] ?? undefined;
    else values[field.name] = rec.details[field.name] ?? undefined;
  }
  return values;
}
