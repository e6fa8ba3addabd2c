import { getCurrentUser } from "@/lib/auth/current-user";
import { isUuid } from "@/lib/forms/ids";
import { RECORD_KINDS, type RecordKind } from "@/lib/domain/enums";
import { filesOf, readJson, refuseForeign, resultResponse, TOO_LARGE, tooLargeResponse } from "@/lib/records/http";
import { createRecord } from "@/lib/records/mutations";
import { readRecordForm, type RecordInput } from "@/lib/records/schemas";
import { invalid, refuse } from "@/lib/actions/result";

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
  if (!user) return resultResponse(refuse("unauthenticated", "errors.unauthenticated"));
  let kind: unknown;
  let values: RecordInput | null = null;
  let token: unknown;
  let submit = false;
  let files: File[] = [];
  if ((request.headers.get("content-type") ?? "").startsWith("multipart/form-data")) {
    if (Number(request.headers.get("content-length") ?? 0) > MAX_MULTIPART_BYTES) {
      return resultResponse({ ...invalid({ evidence: ["evidence.tooBig"] }), code: "too_large" });
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
    if (body === TOO_LARGE) return tooLargeResponse();
    kind = body?.kind;
    const raw = body?.values;
    if (raw && typeof raw === "object" && !Array.isArray(raw)) values = raw as RecordInput;
    token = body?.clientToken;
    submit = body?.submit === true;
  }
  if (!isKind(kind) || !values) return resultResponse(refuse("bad_request", "errors.invalidInput"));
  const clientToken = isUuid(token) ? token : undefined;
  const result = await createRecord(user, kind, values, { submit, clientToken, files });
  return resultResponse(result, 201);
}
