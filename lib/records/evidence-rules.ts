/** Evidence limits, shared by the upload field (checked before sending) and the server. */
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_MAX_FILES = 9;
export const EVIDENCE_TYPES = ["image/jpeg", "image/png", "image/webp", "application/pdf"] as const;
export type EvidenceType = (typeof EVIDENCE_TYPES)[number];
export const EVIDENCE_ACCEPT = ".jpg,.jpeg,.png,.webp,.pdf,image/jpeg,image/png,image/webp,application/pdf";

/** The i18n key of what is wrong with a set of files, or null. */
export function checkEvidenceFiles(files: readonly { size: number; type: string }[], existing: number): string | null {
  if (existing + files.length > EVIDENCE_MAX_FILES) return "evidence.tooMany";
  for (const f of files) {
    if (f.size > EVIDENCE_MAX_BYTES) return "evidence.tooBig";
    if (f.size === 0) return "evidence.empty";
    if (f.type && !(EVIDENCE_TYPES as readonly string[]).includes(f.type)) return "evidence.badType";
  }
  return null;
}
