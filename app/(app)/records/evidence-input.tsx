"use client";

import { useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Camera, FileText, ImagePlus, Loader2, X } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_FILES, checkEvidenceFiles } from "@/lib/records/evidence-rules";
import { shrinkPhoto } from "@/lib/offline/shrink-photo";

/**
 * Evidence picker: take a photo with the camera or choose files; previews before sending. Photos are
 * shrunk on the phone as they are picked (lib/offline/shrink-photo.ts). Files go into one hidden
 * <input type=file name="evidence"> so a form post carries them, and to `onFilesChange` (drafts, outbox).
 */
export function EvidenceInput({
  existing,
  onProblem,
  initial = [],
  onFilesChange,
}: {
  existing: number;
  onProblem: (key: string | null) => void;
  initial?: File[];
  onFilesChange?: (files: File[]) => void;
}) {
  const t = useTranslations("records.evidence");
  const store = useRef<HTMLInputElement>(null);
  const [picked, setPicked] = useState<{ file: File; preview: string }[]>(() =>
    initial.map((file) => ({ file, preview: file.type.startsWith("image/") ? URL.createObjectURL(file) : "" })),
  );
  const [shrinking, setShrinking] = useState(false);
  // Shrinking takes a moment: a second pick meanwhile must add to what is picked by then.
  const latest = useRef(picked);
  // Files restored from a draft go into the hidden input too.
  useEffect(() => {
    const dt = new DataTransfer();
    picked.forEach((p) => dt.items.add(p.file));
    if (store.current) store.current.files = dt.files;
    // Only once, for the files the draft brought; later changes go through sync().
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  const files = picked.map((p) => p.file);
  const previews = picked.map((p) => p.preview);

  function sync(next: { file: File; preview: string }[]) {
    latest.current = next;
    onProblem(checkEvidenceFiles(next.map((p) => p.file), existing));
    setPicked(next);
    const dt = new DataTransfer();
    next.forEach((p) => dt.items.add(p.file));
    if (store.current) store.current.files = dt.files;
    onFilesChange?.(next.map((p) => p.file));
  }

  async function add(list: FileList | null) {
    if (!list?.length) return;
    const chosen = Array.from(list);
    setShrinking(true);
    try {
      const files = await Promise.all(chosen.map((f) => shrinkPhoto(f)));
      const added = files.map((file) => ({ file, preview: file.type.startsWith("image/") ? URL.createObjectURL(file) : "" }));
      sync([...latest.current, ...added]);
    } finally {
      setShrinking(false);
    }
  }

  function remove(index: number) {
    const gone = picked[index];
    if (gone?.preview) URL.revokeObjectURL(gone.preview);
    sync(latest.current.filter((_, j) => j !== index));
  }

  return (
    <div className="space-y-3">
      <input ref={store} type="file" name="evidence" multiple hidden tabIndex={-1} aria-hidden="true" />
      {/* The file inputs hide inside their labels: a label shows the focus ring of its input. */}
      <div className="flex flex-wrap gap-2">
        <Button asChild type="button" variant="outline" className="h-11 cursor-pointer has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50">
          <label>
            <Camera />
            {t("takePhoto")}
            <input type="file" accept="image/*" capture="environment" className="sr-only" onChange={(e) => void add(e.target.files).then(() => (e.target.value = ""))} />
          </label>
        </Button>
        <Button asChild type="button" variant="outline" className="h-11 cursor-pointer has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50">
          <label>
            <ImagePlus />
            {t("chooseFiles")}
            <input type="file" accept={EVIDENCE_ACCEPT} multiple className="sr-only" data-testid="evidence-files" onChange={(e) => void add(e.target.files).then(() => (e.target.value = ""))} />
          </label>
        </Button>
      </div>
      <p className="text-xs text-muted-foreground">{t("limits", { max: EVIDENCE_MAX_FILES, existing })}</p>
      {shrinking ? (
        <p className="flex items-center gap-2 text-sm text-muted-foreground" role="status">
          <Loader2 className="size-4 animate-spin" />
          {t("shrinking")}
        </p>
      ) : null}
      {files.length > 0 ? (
        <ul className="grid grid-cols-3 gap-2 sm:grid-cols-5">
          {files.map((f, i) => (
            <li key={`${f.name}-${i}`} className="relative aspect-square overflow-hidden rounded-lg border bg-secondary">
              {previews[i] ? (
                // eslint-disable-next-line @next/next/no-img-element -- a local blob: preview, not an optimisable asset
                <img src={previews[i]} alt={f.name} className="size-full object-cover" />
              ) : (
                <span className="flex size-full flex-col items-center justify-center gap-1 p-2 text-center text-xs text-muted-foreground">
                  <FileText className="size-6" />
                  <span className="line-clamp-2 break-all">{f.name}</span>
                </span>
              )}
              <button
                type="button"
                onClick={() => remove(i)}
                className="absolute right-1 top-1 grid size-7 place-items-center rounded-full bg-black/60 text-white outline-none focus-visible:ring-[3px] focus-visible:ring-ring"
                aria-label={t("remove", { name: f.name })}
              >
                <X className="size-4" />
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
