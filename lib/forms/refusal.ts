import { getDb, type Transaction } from "@/db/client";
import type { ActionResult } from "./action-result";

/**
 * Thrown inside a transaction to roll it back and answer with an expected refusal (a field error,
 * "not found", "already handled"): `catchRefusal` turns it back into the action's result.
 */
export class Refusal extends Error {
  constructor(readonly result: ActionResult<never>) {
    super("refused");
  }
}

/** Runs `work`, answering a Refusal thrown inside it with its result; anything else propagates. */
export async function catchRefusal<T>(work: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof Refusal) return err.result;
    throw err;
  }
}

/** Runs `work` in one transaction; a Refusal thrown inside rolls it back and becomes the result. */
export async function inTransaction<T>(work: (tx: Transaction) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  const db = await getDb();
  return catchRefusal(() => db.transaction(work));
}

/** PostgreSQL's unique_violation, as postgres.js and PGlite report it (possibly wrapped by drizzle). */
export function isUniqueViolation(err: unknown, constraint?: string): boolean {
  for (let e = err as { code?: string; constraint?: string; constraint_name?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23505") return !constraint || e.constraint === constraint || e.constraint_name === constraint;
  }
  return false;
}

/** PostgreSQL's foreign_key_violation (a row is still referenced). */
export function isForeignKeyViolation(err: unknown): boolean {
  for (let e = err as { code?: string; cause?: unknown } | undefined; e; e = e.cause as typeof e) {
    if (e.code === "23503") return true;
  }
  return false;
}
