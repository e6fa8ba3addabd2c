"use client";

import { useActionState, useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { AlertCircle, FileText, Loader2, Trash2, Upload } from "@/components/icons";
import { addEvidenceAction, removeEvidenceAction } from "@/lib/records/actions";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { EvidenceInput } from "../evidence-input";
import { type ActionResult, type Message, message } from "@/lib/actions/result";

export interface EvidenceItem {
  id: string;
  filename: string;
  mimeType: string;
  hasThumbnail: boolean;
}

/** Evidence thumbnails; the owner of a draft or rejected record can add and remove files. */
export function EvidenceManager({ recordId, items, editable }: { recordId: string; items: EvidenceItem[]; editable: boolean }) {
  const t = useTranslations();
  const [formKey, setFormKey] = useState(0);
  const [state, formAction, pending] = useActionState<ActionResult, FormData>(async (prev, formData) => {
    const result = await addEvidenceAction(recordId, prev, formData);
    // A successful upload starts a fresh picker (its previews belong to the files just sent).
    if (result.ok) setFormKey((k) => k + 1);
    return result;
  }, { ok: true });
  const [problem, setProblem] = useState<string | null>(null);
  const [removing, startRemoving] = useTransition();
  const [removeError, setRemoveError] = useState<Message | null>(null);
  return (
    <div className="space-y-4">
      {items.length === 0 ? (
        <p className="text-sm text-muted-foreground">{editable ? t("records.evidence.noneYetEditable") : t("records.evidence.noneYet")}</p>
      ) : (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-4 lg:grid-cols-6" aria-label={t("records.field.evidence")}>
          {items.map((item) => (
            <li key={item.id} className="group relative aspect-square overflow-hidden rounded-lg border bg-secondary">
              <a
                href={`/records/${recordId}/evidence/${item.id}`}
                // A photo opens in a tab; a PDF is served as a download only (see the evidence route).
                {...(item.hasThumbnail ? { target: "_blank", rel: "noopener" } : { download: item.filename })}
                className="block size-full"
                title={item.filename}
              >
                {item.hasThumbnail ? (
                  // eslint-disable-next-line @next/next/no-img-element -- authorised evidence route, not a static asset
                  <img src={`/records/${recordId}/evidence/${item.id}?thumb=1`} alt={item.filename} className="size-full object-cover" loading="lazy" />
                ) : (
                  <span className="flex size-full flex-col items-center justify-center gap-1 p-2 text-center text-xs text-muted-foreground">
                    <FileText className="size-7" />
                    <span className="line-clamp-2 break-all">{item.filename}</span>
                  </span>
                )}
              </a>
              {editable ? (
                <button
                  type="button"
                  disabled={removing}
                  onClick={() =>
                    startRemoving(async () => {
                      const result = await removeEvidenceAction(recordId, item.id);
                      setRemoveError(result.ok ? null : (result.message ?? message("errors.unexpected")));
                    })
                  }
                  className="absolute right-1 top-1 grid size-8 place-items-center rounded-full bg-black/60 text-white"
                  aria-label={t("records.evidence.remove", { name: item.filename })}
                >
                  <Trash2 className="size-4" />
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {removeError ? (
        <Alert variant="destructive">
          <AlertCircle />
          <AlertDescription>{t(removeError.key, removeError.values)}</AlertDescription>
        </Alert>
      ) : null}
      {editable ? (
        <form key={formKey} action={formAction} className="space-y-3 rounded-lg border border-dashed p-3">
          <EvidenceInput existing={items.length} onProblem={setProblem} />
          {problem || (!state.ok && state.message) ? (
            <Alert variant="destructive">
              <AlertCircle />
              <AlertDescription>{problem ? t(problem) : !state.ok && state.message ? t(state.message.key, state.message.values) : null}</AlertDescription>
            </Alert>
          ) : null}
          <Button type="submit" variant="outline" disabled={pending || Boolean(problem)}>
            {pending ? <Loader2 className="animate-spin" /> : <Upload />}
            {t("records.evidence.upload")}
          </Button>
        </form>
      ) : null}
    </div>
  );
}
