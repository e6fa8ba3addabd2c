"use client";

import { useMemo, useState } from "react";
import { useTranslations } from "next-intl";
import { CheckCheck, Search, X } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { Input } from "@/components/ui/input";
import type { PickableWorker } from "@/lib/records/queries";
import { cn } from "@/lib/utils";

/**
 * Picks workers from the roster: search by name or number, select all shown in one tap, large
 * touch targets. Selected ids are submitted as repeated hidden inputs named `name`.
 */
export function WorkerPicker({
  name,
  workers,
  defaultValue,
  invalid,
  describedBy,
}: {
  name: string;
  workers: PickableWorker[];
  defaultValue: string[];
  invalid?: boolean;
  describedBy?: string;
}) {
  const t = useTranslations("records.picker");
  const [selected, setSelected] = useState<Set<string>>(() => new Set(defaultValue.filter((id) => workers.some((w) => w.id === id))));
  const [query, setQuery] = useState("");
  const shown = useMemo(() => {
    const q = query.trim().toLowerCase();
    return q ? workers.filter((w) => w.name.includes(q) || w.employeeNo.toLowerCase().includes(q) || (w.post ?? "").includes(q)) : workers;
  }, [workers, query]);
  const multiTeam = new Set(workers.map((w) => w.teamId)).size > 1;

  const toggle = (id: string) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allShownSelected = shown.length > 0 && shown.every((w) => selected.has(w.id));

  return (
    <div className={cn("rounded-lg border bg-card", invalid && "border-destructive")} aria-describedby={describedBy}>
      {[...selected].map((id) => (
        <input key={id} type="hidden" name={name} value={id} />
      ))}
      <div className="flex flex-wrap items-center gap-2 border-b p-2">
        <label className="relative min-w-40 flex-1">
          <span className="sr-only">{t("search")}</span>
          <Search className="pointer-events-none absolute left-3 top-1/2 size-4 -translate-y-1/2 text-muted-foreground" />
          <Input value={query} onChange={(e) => setQuery(e.target.value)} placeholder={t("search")} className="pl-9 md:h-9" />
        </label>
        <Button
          type="button"
          variant="outline"
          className="h-10 md:h-9"
          onClick={() =>
            setSelected((prev) => {
              const next = new Set(prev);
              for (const w of shown) {
                if (allShownSelected) next.delete(w.id);
                else next.add(w.id);
              }
              return next;
            })
          }
        >
          {allShownSelected ? <X /> : <CheckCheck />}
          {allShownSelected ? t("clearShown") : t("selectAll")}
        </Button>
        <span className="ml-auto px-1 text-sm text-muted-foreground" aria-live="polite">
          {t("selected", { count: selected.size, total: workers.length })}
        </span>
      </div>
      {workers.length === 0 ? (
        <p className="p-4 text-sm text-muted-foreground">{t("emptyRoster")}</p>
      ) : (
        <ul className="grid max-h-80 grid-cols-1 gap-1 overflow-y-auto p-2 sm:grid-cols-2 lg:grid-cols-3">
          {shown.map((w) => {
            const on = selected.has(w.id);
            return (
              <li key={w.id}>
                <label
                  className={cn(
                    "flex min-h-12 cursor-pointer items-center gap-3 rounded-md border px-3 py-2 text-sm transition-colors",
                    on ? "border-primary/40 bg-accent" : "border-transparent hover:bg-secondary",
                  )}
                >
                  <input type="checkbox" className="size-5" checked={on} onChange={() => toggle(w.id)} />
                  <span className="min-w-0">
                    <span className="block truncate font-medium">{w.name}</span>
                    <span className="block truncate text-xs text-muted-foreground">
                      {w.employeeNo}
                      {multiTeam ? ` · ${w.teamName}` : w.post ? ` · ${w.post}` : ""}
                    </span>
                  </span>
                </label>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
