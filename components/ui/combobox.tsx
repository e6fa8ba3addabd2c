"use client";

import * as React from "react";
import { Check, ChevronsUpDown, Loader2, Search } from "@/components/icons";
import { Popover, PopoverContent, PopoverTrigger } from "@/components/ui/popover";
import { cn } from "@/lib/utils";

export interface ComboboxOption {
  value: string;
  label: string;
  /** A second line, e.g. a team's unit. */
  hint?: string | null;
}

export interface ComboboxLabels {
  /** The trigger's text when nothing is chosen, and the first option (choosing it clears the choice). */
  all: string;
  search: string;
  noMatch: string;
  loading: string;
}

/**
 * A searchable picker (shadcn-style, on a Radix Popover) whose options come from `search` as one types:
 * for choices too many to list, such as a county's teams. Keyboard: ↑/↓ move, Enter picks, Esc closes.
 * `name` puts the choice in a hidden input, so it works inside a plain GET form.
 */
export function Combobox({
  name,
  value,
  search,
  labels,
  ariaLabel,
  className,
  onChange,
}: {
  name: string;
  value: ComboboxOption | null;
  search: (q: string, signal: AbortSignal) => Promise<ComboboxOption[]>;
  labels: ComboboxLabels;
  ariaLabel: string;
  className?: string;
  onChange?: (option: ComboboxOption | null) => void;
}) {
  const id = React.useId();
  const [open, setOpen] = React.useState(false);
  const [chosen, setChosen] = React.useState<ComboboxOption | null>(value);
  const [query, setQuery] = React.useState("");
  const [options, setOptions] = React.useState<ComboboxOption[]>([]);
  const [loading, setLoading] = React.useState(false);
  const [active, setActive] = React.useState(0);

  React.useEffect(() => {
    if (!open) return;
    const controller = new AbortController();
    // A short pause while typing, so a search runs per word rather than per keystroke.
    const timer = setTimeout(() => {
      setLoading(true);
      search(query, controller.signal)
        .then((found) => {
          setOptions(found);
          setActive(0);
          setLoading(false);
        })
        .catch(() => {
          if (!controller.signal.aborted) setLoading(false);
        });
    }, query ? 200 : 0);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [open, query, search]);

  // The "all" row first, then the matches.
  const rows: (ComboboxOption | null)[] = [null, ...options];
  const pick = (option: ComboboxOption | null) => {
    setChosen(option);
    setOpen(false);
    setQuery("");
    onChange?.(option);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === "ArrowDown") {
      e.preventDefault();
      setActive((a) => Math.min(a + 1, rows.length - 1));
    } else if (e.key === "ArrowUp") {
      e.preventDefault();
      setActive((a) => Math.max(a - 1, 0));
    } else if (e.key === "Enter") {
      e.preventDefault();
      if (!loading || active === 0) pick(rows[active] ?? null);
    }
  };
  const optionId = (i: number) => `${id}-option-${i}`;

  return (
    <Popover open={open} onOpenChange={setOpen}>
      <input type="hidden" name={name} value={chosen?.value ?? ""} />
      <PopoverTrigger asChild>
        <button
          type="button"
          role="combobox"
          aria-label={ariaLabel}
          aria-expanded={open}
          aria-haspopup="listbox"
          aria-controls={open ? `${id}-list` : undefined}
          className={cn(
            "flex h-10 w-full items-center justify-between gap-2 rounded-md border border-input bg-card px-3 text-left text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/30 md:h-9",
            className,
          )}
        >
          <span className={cn("min-w-0 truncate", !chosen && "text-muted-foreground")}>{chosen ? chosen.label : labels.all}</span>
          <ChevronsUpDown className="size-4 shrink-0 text-muted-foreground" aria-hidden />
        </button>
      </PopoverTrigger>
      <PopoverContent className="w-[min(22rem,calc(100vw-2rem))]" onOpenAutoFocus={(e) => e.preventDefault()}>
        <div className="flex items-center gap-2 border-b px-3">
          <Search className="size-4 shrink-0 text-muted-foreground" aria-hidden />
          <input
            autoFocus
            type="search"
            role="searchbox"
            value={query}
            onChange={(e) => setQuery(e.target.value)}
            onKeyDown={onKeyDown}
            placeholder={labels.search}
            aria-label={labels.search}
            aria-controls={`${id}-list`}
            aria-activedescendant={optionId(active)}
            className="h-10 min-w-0 flex-1 bg-transparent text-base outline-none placeholder:text-muted-foreground md:text-sm"
          />
          {loading ? <Loader2 className="size-4 shrink-0 animate-spin text-muted-foreground" aria-label={labels.loading} /> : null}
        </div>
        <ul id={`${id}-list`} role="listbox" aria-label={ariaLabel} className="max-h-72 overflow-y-auto p-1">
          {rows.map((option, i) => {
            const selected = option ? chosen?.value === option.value : !chosen;
            return (
              <li
                key={option?.value ?? ""}
                id={optionId(i)}
                role="option"
                aria-selected={selected}
                onMouseMove={() => setActive(i)}
                onClick={() => pick(option)}
                className={cn("flex min-h-10 cursor-pointer items-center gap-2 rounded-sm px-2 py-1.5 text-sm", i === active && "bg-secondary")}
              >
                <Check className={cn("size-4 shrink-0", selected ? "text-primary" : "invisible")} aria-hidden />
                <span className="min-w-0">
                  <span className="block truncate">{option ? option.label : labels.all}</span>
                  {option?.hint ? <span className="block truncate text-xs text-muted-foreground">{option.hint}</span> : null}
                </span>
              </li>
            );
          })}
          {!loading && options.length === 0 ? <li className="px-2 py-3 text-sm text-muted-foreground">{labels.noMatch}</li> : null}
        </ul>
      </PopoverContent>
    </Popover>
  );
}
