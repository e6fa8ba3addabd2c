import type { SendAnswer } from "./outbox";
import type { OutboxRow, Refusal } from "./store";
import { asMessage, type Message, message } from "@/lib/actions/result";

/** The form fields of a record as multipart parts: lists as repeated parts, booleans as "on"/absent. */
export function recordFormData(row: Pick<OutboxRow, "kind" | "values" | "photos" | "submit" | "clientToken">): FormData {
  const data = new FormData();
  data.set("kind", row.kind);
  data.set("clientToken", row.clientToken);
  if (row.submit) data.set("submit", "1");
  for (const [name, value] of Object.entries(row.values)) {
    if (Array.isArray(value)) value.forEach((v) => data.append(name, String(v)));
    else if (typeof value === "boolean") {
      if (value) data.set(name, "on");
    } else if (value !== undefined && value !== null) data.set(name, String(value));
  }
  for (const photo of row.photos) data.append("evidence", new File([photo.blob], photo.name, { type: photo.type }));
  return data;
}

/**
 * The server's refusal in the shape the form shows (a message and field messages). Also reads a
 * refusal kept on the phone before messages carried their values (then each was a plain key).
 */
export function refusalOf(body: unknown): Refusal {
  const result = (body ?? {}) as { message?: unknown; fieldErrors?: Record<string, unknown[] | undefined> };
  const fieldErrors = result.fieldErrors
    ? Object.fromEntries(Object.entries(result.fieldErrors).map(([f, list]) => [f, list?.map(asMessage).filter((m): m is Message => m !== null)]))
    : undefined;
  return { message: asMessage(result.message) ?? (fieldErrors ? undefined : message("errors.invalidInput")), fieldErrors };
}

/** Sends one outbox row to POST /api/records (multipart, with its photos) and reads the answer. */
export async function sendToServer(row: OutboxRow): Promise<SendAnswer> {
  let response: Response;
  try {
    response = await fetch("/api/records", { method: "POST", body: recordFormData(row), credentials: "same-origin" });
  } catch {
    return { kind: "retry" };
  }
  // The session ended: the record waits until its user signs in again (never sent as someone else).
  if (response.status === 401) return { kind: "retry", needsSignIn: true };
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: "retry" };
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) {
    const id = (body as { data?: { id?: string } } | null)?.data?.id;
    return id ? { kind: "created", id } : { kind: "retry" };
  }
  return { kind: "refused", refusal: refusalOf(body) };
}
