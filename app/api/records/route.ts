import { getCurrentUser } from "@/lib/auth/current-user";
import { RECORD_KINDS, type RecordKind } from "@/lib/domain/enums";
import { filesOf, readJson, refuseForeign, resultResponse } from "@/lib/records/http";
import { createRecord } from "@/lib/records/mutations";
import { readRecordForm, type RecordInput } from "@/lib/records/schemas";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A record with its photos: 9 files of 5 MB at most, and the fields (the server action's limit). */
const MAX_MULTIPART_BYTES = 47 * 1024 * 1024;

const isKind = (kind: unknown): kind is RecordKind => typeof kind === "string" && (RECORD_KINDS as readonly string[]).includes(kind);

/**
 * Creates a record — the same mutation (validation, authorization, transaction, audit) as every form:
 * - JSON, for scripts and the benchmark: `{ kind, values: { <field>: string | boolean | string[] }, submit?, clientToken? }`;
 * - multipart, the record form and the phone's outbox: `kind`, `clientToken`, `submit=1`, the form's fields
 *   and `evidence` files, all in one transaction (the record exists with its photos, or not at all).
 * A client token (uuid) makes a repeated send answer with the record the first one made (201, same id).
 */
export async function POST(request: Request) {
  const refused = refuseForeign(request, { multipart: true });
  if (refused) return refused;
  const user = await getCurrentUser();
  if (!user) return Response.json({ ok: false, message: "errors.forbidden" }, { status: 401 });
  let kind: unknown;
  let values: RecordInput | null = null;
  let token: unknown;
  let submit = false;
  let files: File[] = [];
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_MULTIPART_BYTES) {
      return Response.json({ ok: false, fieldErrors: { evidence: ["evidence.tooBig"] } }, { status: 413 });
    }
    const form = await request.formData().catch(() => null);
    kind = form?.get("kind");
    if (form && isKind(kind)) {
      values = readRecordForm(kind, form);
      token = form.get("clientToken");
      submit = form.get("submit") === "1";
      files = filesOf(form, "evidence");
    }
  } else {
    const body = await readJson(request);
    kind = body?.kind;
    const raw = body?.values;
    if (raw && typeof raw === "object" && !Array.isArray(raw)) values = raw as RecordInput;
    token = body?.clientToken;
    submit = body?.submit === true;
  }
  if (!isKind(kind) || !values) return Response.json({ ok: false, message: "errors.invalidInput" }, { status: 400 });
  const clientToken = typeof token === "string" && UUID.test(token) ? token : undefined;
  const result = await createRecord(user, kind, values, { submit, clientToken, files });
  return resultResponse(result, 201);
}
