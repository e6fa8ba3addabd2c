import { getDb, type Transaction } from "@/db/client";
import { refuse, type ActionResult, type Refused } from "./result";

/**
 * Thrown inside a transaction to roll it back and answer with an expected refusal (a field error,
 * "not found", "already handled"): `inTransaction` turns it back into the action's result.
 */
export class Refusal extends Error {
  constructor(readonly result: Refused) {
    super("refused");
  }
}

type ConstraintAnswers = {
  /** Unique indexes by name, each with the refusal it means (a taken name, a duplicate number). */
  unique?: Record<string, Refused>;
  /** A row still referenced elsewhere (deleting a worker named on records). */
  foreignKey?: Refused;
};

/**
 * The one way a state change runs: `work` in one transaction, with its guarded UPDATE and its audit
 * row. A Refusal thrown inside rolls everything back and becomes the result; a unique or foreign-key
 * violation becomes the refusal `answers` names for it (an unnamed unique violation is a conflict:
 * someone else wrote the same thing first). Anything else propagates: it is a bug, not a refusal.
 */
export async function inTransaction<T>(work: (tx: Transaction) => Promise<ActionResult<T>>, answers: ConstraintAnswers = {}): Promise<ActionResult<T>> {
  const db = await getDb();
  try {
    return await db.transaction(work);
  } catch (err) {
    if (err instanceof Refusal) return err.result;
    const unique = uniqueViolation(err);
    if (unique !== null) return (unique && answers.unique?.[unique]) || refuse("conflict", "errors.conflict");
    if (answers.foreignKey && isForeignKeyViolation(err)) return answers.foreignKey;
    throw err;
  }
}

type PgError = { code?: string; constraint?: string; constraint_name?: string; cause?: unknown };

/** PostgreSQL's unique_violation (postgres.js and PGlite, possibly wrapped by drizzle): its constraint, "" if unnamed; null if not one. */
function uniqueViolation(err: unknown): string | null {
  for (let e = err as PgError | undefined; e; e = e.cause as PgError | undefined) {
    if (e.code === "23505") return e.constraint ?? e.constraint_name ?? "";
  }
  return null;
}

export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  const found = uniqueViolation(err);
  return found !== null && (!constraint || found === constraint);
}

/** PostgreSQL's foreign_key_violation (a row is still referenced). */
export function isForeignKeyViolation(err: unknown): boolean {
  for (let e = err as PgError | undefined; e; e = e.cause as PgError | undefined) {
    if (e.code === "23503") return true;
  }
  return false;
}
