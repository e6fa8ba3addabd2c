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

/** One field's value, by its type in kinds.ts: text, date, select → string; number; boolean; workers, multiselect → string[]. */
export type FieldValue = string | number | boolean | string[] | undefined;

/**
 * A record's validated values, as `recordInputSchema` gives them: every kind has its title and date
 * (and a unit's record may name a team); the other fields by name, typed by their kind's field list.
 */
export type RecordValues = { title: string; occurredOn: string; team?: string } & { [field: string]: FieldValue };

/** Values by field name, as stored or as changed (audit diffs). */
export type Fields = Record<string, FieldValue | null>;

/** The workers a `workers` field names (none when left out). */
export function workerIdsOf(values: Readonly<Record<string, FieldValue | null>>, field: string): string[] {
  const v = values[field];
  return Array.isArray(v) ? v : [];
}

/** Splits validated form values into typed columns, `details` and the named workers. */
export function toColumns(kind: RecordKind, values: RecordValues) {
  const columns: Partial<NewRecordRow> = {};
  const details: Record<string, unknown> = {};
  const named: { workerId: string; role: "attendee" | "proposer" | "member" }[] = [];
  for (const field of KINDS[kind].fields) {
    const v = values[field.name];
    if (field.type === "workers") {
      const ids = workerIdsOf(values, field.name);
      for (const id of ids) named.push({ workerId: id, role: field.role });
      if (field.countInto) columns.participants = ids.length;
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
    else if ("column" in field && field.column) values[field.name] = (rec[field.column] as FieldValue | null) ?? undefined;
    else values[field.name] = (rec.details[field.name] as FieldValue | null) ?? undefined;
  }
  return values;
}
