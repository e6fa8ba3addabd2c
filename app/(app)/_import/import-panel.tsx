"use client";

import { useEffect, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { AlertCircle, CheckCircle2, Download, FileSpreadsheet, Loader2, RotateCcw, Upload } from "@/components/icons";
import type { ImportEvent, ImportOutcome, ImportPhase } from "@/lib/imports/types";
import { Alert, AlertDescription, AlertTitle } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Progress } from "@/components/ui/progress";
import { cn } from "@/lib/utils";

type Stage =
  | { kind: "idle" }
  | { kind: "uploading"; fraction: number }
  | { kind: "working"; phase: ImportPhase; done: number; total: number | null }
  | { kind: "done"; outcome: ImportOutcome }
  | { kind: "failed"; message: string; params?: Record<string, string | number> };

/** Pure: splits what has arrived of an NDJSON body into events, keeping an unfinished last line. */
function takeEvents(buffer: string): { events: ImportEvent[]; rest: string } {
  const lines = buffer.split("\n");
  const rest = lines.pop() ?? "";
  const events: ImportEvent[] = [];
  for (const line of lines) if (line.trim()) events.push(JSON.parse(line) as ImportEvent);
  return { events, rest };
}

/**
 * Upload an .xlsx, follow its progress (upload, then reading, checking, writing as the server
 * reports them), and show the outcome: what was imported, or every bad row with row number, column
 * and reason — in which case nothing was imported.
 */
export function ImportPanel({
  kind,
  endpoint,
  templateHref,
  doneHref,
  maxBytes,
}: {
  kind: "workers" | "orgs";
  endpoint: string;
  templateHref: string;
  doneHref: string;
  maxBytes: number;
}) {
  const t = useTranslations();
  const format = useFormatter();
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const progress = useRef<HTMLDivElement>(null);
  // On a phone the Import button sits at the bottom of the screen: bring the bar that appears under it
  // into view, clear of the bottom navigation (its scroll margin), or the upload looks like nothing happened.
  const uploading = stage.kind === "uploading";
  useEffect(() => {
    if (uploading) progress.current?.scrollIntoView({ block: "nearest" });
  }, [uploading]);
  const busy = stage.kind === "uploading" || stage.kind === "working";
  const maxMb = maxBytes / 1024 / 1024;

  function choose(f: File | null) {
    setFile(f);
    setStage({ kind: "idle" });
    if (!f) return;
    // Checked here so a wrong or huge file is never sent; the server checks again.
    if (!/\.xlsx$/i.test(f.name)) setStage({ kind: "failed", message: /\.xls$/i.test(f.name) ? "imports.file.oldXls" : "imports.file.notXlsx" });
    else if (f.size > maxBytes) setStage({ kind: "failed", message: "imports.file.tooLarge", params: { mb: maxMb } });
    else if (f.size === 0) setStage({ kind: "failed", message: "imports.file.empty" });
  }

  function start() {
    if (!file || busy) return;
    setStage({ kind: "uploading", fraction: 0 });
    const xhr = new XMLHttpRequest();
    let seen = 0;
    let buffer = "";
    let finished = false;
    const consume = () => {
      buffer += xhr.responseText.slice(seen);
      seen = xhr.responseText.length;
      const { events, rest } = takeEvents(buffer);
      buffer = rest;
      for (const e of events) {
        if (e.type === "progress") setStage({ kind: "working", phase: e.phase, done: e.done, total: e.total });
        else if (e.type === "outcome") {
          finished = true;
          setStage({ kind: "done", outcome: e.outcome });
        } else {
          finished = true;
          setStage({ kind: "failed", message: e.message });
        }
      }
    };
    xhr.open("POST", endpoint);
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    xhr.setRequestHeader("X-File-Name", encodeURIComponent(file.name));
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) setStage({ kind: "uploading", fraction: e.loaded / e.total });
    };
    xhr.upload.onload = () => setStage({ kind: "working", phase: "reading", done: 0, total: null });
    xhr.onprogress = consume;
    xhr.onload = () => {
      if (xhr.status === 404 || xhr.status === 403) return setStage({ kind: "failed", message: "errors.forbidden" });
      try {
        consume();
        if (buffer.trim()) {
          buffer += "\n";
          consume();
        }
      } catch {
        finished = false;
      }
      if (!finished) setStage({ kind: "failed", message: "errors.unexpected" });
    };
    xhr.onerror = () => setStage({ kind: "failed", message: "imports.network" });
    xhr.send(file);
  }

  function again() {
    setFile(null);
    setStage({ kind: "idle" });
    if (input.current) input.current.value = "";
  }

  const outcome = stage.kind === "done" ? stage.outcome : null;
  return (
    <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
      <section className="rounded-xl border bg-card p-4 sm:p-5" aria-labelledby="step-template">
        <h2 id="step-template" className="flex items-center gap-2 font-semibold">
          <span className="grid size-6 place-items-center rounded-full bg-accent text-xs text-primary">1</span>
          {t("imports.step.template")}
        </h2>
        <p className="mt-2 text-sm text-muted-foreground">{t(`imports.${kind}.templateHint`)}</p>
        <ul className="mt-3 grid gap-1.5 text-sm text-muted-foreground">
          {(["rule1", "rule2", "rule3"] as const).map((r) => (
            <li key={r} className="flex gap-2">
              <span aria-hidden="true" className="text-primary">
                ·
              </span>
              {t(`imports.${kind}.${r}`)}
            </li>
          ))}
        </ul>
        <Button asChild variant="outline" className="mt-4 h-11 md:h-9">
          <a href={templateHref} download>
            <Download />
            {t("imports.downloadTemplate")}
          </a>
        </Button>
      </section>

      <section className="rounded-xl border bg-card p-4 sm:p-5" aria-labelledby="step-file">
        <h2 id="step-file" className="flex items-center gap-2 font-semibold">
          <span className="grid size-6 place-items-center rounded-full bg-accent text-xs text-primary">2</span>
          {t("imports.step.file")}
        </h2>
        <label
          className={cn(
            "mt-3 flex min-h-28 cursor-pointer flex-col items-center justify-center gap-2 rounded-lg border border-dashed px-4 py-5 text-center transition-colors hover:border-primary/50 hover:bg-accent/30 has-[:focus-visible]:ring-[3px] has-[:focus-visible]:ring-ring/50",
            busy && "pointer-events-none opacity-60",
          )}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            e.preventDefault();
            choose(e.dataTransfer.files[0] ?? null);
          }}
        >
          <FileSpreadsheet className="size-7 text-muted-foreground" />
          {file ? (
            <span className="text-sm">
              <span className="font-medium" data-user-content>
                {file.name}
              </span>{" "}
              <span className="text-muted-foreground">{t("imports.fileSize", { kb: Math.max(1, Math.round(file.size / 1024)) })}</span>
            </span>
          ) : (
            <span className="text-sm text-muted-foreground">{t("imports.chooseFile", { mb: maxMb })}</span>
          )}
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="sr-only"
            data-testid="import-file"
            disabled={busy}
            onChange={(e) => choose(e.currentTarget.files?.[0] ?? null)}
          />
        </label>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button type="button" size="lg" onClick={start} disabled={!file || busy || stage.kind === "failed" || stage.kind === "done"}>
            {busy ? <Loader2 className="animate-spin" /> : <Upload />}
            {t("imports.start")}
          </Button>
          {stage.kind === "done" || stage.kind === "failed" ? (
            <Button type="button" size="lg" variant="outline" onClick={again}>
              <RotateCcw />
              {t("imports.again")}
            </Button>
          ) : null}
        </div>

        {stage.kind === "uploading" || stage.kind === "working" ? (
          <div ref={progress} className="mt-5 scroll-mb-24 space-y-2 lg:scroll-mb-4" data-testid="import-progress" aria-live="polite">
            <Progress
              value={stage.kind === "uploading" ? stage.fraction * 100 : stage.total ? (stage.done / stage.total) * 100 : 100}
              aria-label={t("imports.progressLabel")}
              className={stage.kind === "working" && !stage.total ? "animate-pulse" : undefined}
            />
            <p className="text-sm text-muted-foreground">
              {stage.kind === "uploading"
                ? t("imports.phase.uploading", { percent: Math.round(stage.fraction * 100) })
                : stage.total
                  ? t(`imports.phase.${stage.phase}Of`, { done: format.number(stage.done), total: format.number(stage.total) })
                  : t(`imports.phase.${stage.phase}`, { done: format.number(stage.done) })}
            </p>
          </div>
        ) : null}

        {stage.kind === "failed" ? (
          <Alert variant="destructive" className="mt-5" data-testid="import-outcome">
            <AlertCircle />
            <AlertDescription>{t(stage.message, stage.params ?? {})}</AlertDescription>
          </Alert>
        ) : null}
        {outcome ? <Outcome outcome={outcome} kind={kind} doneHref={doneHref} /> : null}
      </section>
    </div>
  );
}

function Outcome({ outcome, kind, doneHref }: { outcome: ImportOutcome; kind: "workers" | "orgs"; doneHref: string }) {
  const t = useTranslations();
  const format = useFormatter();
  if (outcome.ok) {
    return (
      <Alert variant="success" className="mt-5" data-testid="import-outcome">
        <CheckCircle2 />
        <AlertTitle>{t("imports.success.title", { rows: format.number(outcome.rows) })}</AlertTitle>
        <AlertDescription>
          <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
            {Object.entries(outcome.summary).map(([key, n]) => (
              <li key={key} data-summary={key}>
                {t(`imports.summary.${key}`, { count: n })}
              </li>
            ))}
          </ul>
          <Link href={doneHref} className="mt-2 inline-block font-medium underline underline-offset-4">
            {t(`imports.${kind}.view`)}
          </Link>
        </AlertDescription>
      </Alert>
    );
  }
  if ("fileProblem" in outcome) {
    const p = outcome.fileProblem;
    return (
      <Alert variant="destructive" className="mt-5" data-testid="import-outcome">
        <AlertCircle />
        <AlertTitle>{t("imports.nothingImported")}</AlertTitle>
        <AlertDescription>
          {t(p.message, { ...(p.params ?? {}), headers: (p.headers ?? []).join("、") })}
          {p.message.endsWith("Headers") ? <span className="mt-1 block">{t("imports.useTemplate")}</span> : null}
        </AlertDescription>
      </Alert>
    );
  }
  return (
    <div className="mt-5" data-testid="import-outcome">
      <Alert variant="destructive">
        <AlertCircle />
        <AlertTitle>{t("imports.nothingImported")}</AlertTitle>
        <AlertDescription>
          {t("imports.badRows", { bad: outcome.badRows, rows: outcome.rows, problems: outcome.problems.length + outcome.moreProblems })}
        </AlertDescription>
      </Alert>
      <ul className="mt-3 grid max-h-[28rem] gap-2 overflow-auto md:hidden" data-testid="import-problems-cards">
        {outcome.problems.map((p, i) => (
          <li key={i} className="rounded-lg border px-3 py-2 text-sm">
            <div className="flex items-baseline justify-between gap-2 text-xs text-muted-foreground">
              <span>{t("imports.rowColumn", { row: p.row, column: p.column ?? "—" })}</span>
              <span className="max-w-32 truncate font-mono" data-user-content>
                {p.value || t("imports.blank")}
              </span>
            </div>
            <div className="mt-1">{t(p.message, p.params ?? {})}</div>
          </li>
        ))}
      </ul>
      <div className="mt-3 hidden max-h-[28rem] overflow-auto rounded-lg border md:block">
        <table className="w-full text-sm" data-testid="import-problems">
          <thead className="sticky top-0 bg-secondary text-left text-xs text-muted-foreground">
            <tr>
              <th className="px-3 py-2 font-medium">{t("imports.col.row")}</th>
              <th className="px-3 py-2 font-medium">{t("imports.col.column")}</th>
              <th className="px-3 py-2 font-medium">{t("imports.col.value")}</th>
              <th className="px-3 py-2 font-medium">{t("imports.col.problem")}</th>
            </tr>
          </thead>
          <tbody className="divide-y">
            {outcome.problems.map((p, i) => (
              <tr key={i} data-row={p.row}>
                <td className="px-3 py-2">{p.row}</td>
                <td className="px-3 py-2 whitespace-nowrap">{p.column ?? "—"}</td>
                <td className="max-w-40 truncate px-3 py-2 font-mono text-xs" data-user-content title={p.value}>
                  {p.value || <span className="text-muted-foreground">{t("imports.blank")}</span>}
                </td>
                <td className="px-3 py-2">{t(p.message, p.params ?? {})}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {outcome.moreProblems > 0 ? <p className="mt-2 text-sm text-muted-foreground">{t("imports.moreProblems", { count: outcome.moreProblems })}</p> : null}
    </div>
  );
}
