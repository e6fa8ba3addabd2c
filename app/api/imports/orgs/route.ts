import { getCurrentUser } from "@/lib/auth/current-user";
import { can } from "@/lib/auth/permissions";
import { isSameOrigin } from "@/lib/http/same-origin";
import { importRefusal, readBodyLimited, streamImport, uploadedName } from "@/lib/imports/http";
import { importOrgs } from "@/lib/imports/orgs-import";
import { MAX_IMPORT_BYTES } from "@/lib/imports/read-sheet";

/** An office's units-and-teams .xlsx (the raw file as the body); answers with NDJSON progress and the outcome. */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user || !can(user, "units.manage")) return new Response("Not found", { status: 404 });
  if (!isSameOrigin(request)) return new Response("Forbidden", { status: 403 });
  const body = await readBodyLimited(request);
  if (!body) return importRefusal({ ok: false, fileProblem: { message: "imports.file.tooLarge", params: { mb: MAX_IMPORT_BYTES / 1024 / 1024 } } }, 413);
  const filename = uploadedName(request);
  return streamImport((emit) => importOrgs(user, body, { filename, onProgress: emit }));
}
