import { getCurrentUser } from "@/lib/auth/current-user";
import { RECORD_KINDS, type RecordKind } from "@/lib/domain/enums";
import { readJson, refuseForeign, resultResponse } from "@/lib/records/http";
import { createRecord } from "@/lib/records/mutations";
import type { RecordInput } from "@/lib/records/schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Creates a record from JSON — the same mutation (validation, authorization, transaction, audit) as
 * the record form's server action, for scripts, a future mobile client and the benchmark:
 * `{ kind, values: { <field>: string | boolean | string[] }, submit?: boolean, clientToken?: uuid }`.
 * Values have the shape the form sends (numbers as text). Evidence is added through the form.
 */
export async function POST(request: Request) {
  const refused = refuseForeign(request);
  if (refused) return refused;
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, message: "errors.forbidden" }, { status: 401 });
  const body = await readJson(request);
  const kind = body?.kind;
  const values = body?.values;
  if (typeof kind !== "string" || !(RECORD_KINDS as readonly string[]).includes(kind) || !values || typeof values !== "object" || Array.isArray(values)) {
    return Response.json({ ok: false, message: "errors.invalidInput" }, { status: 400 });
  }
  const token = typeof body!.clientToken === "string" && UUID.test(body!.clientToken) ? body!.clientToken : undefined;
  const result = await createRecord(user, kind as RecordKind, values as RecordInput, { submit: body!.submit === true, clientToken: token });
  return resultResponse(result, 201);
}
