"use client";

import { useCallback } from "react";
import { Combobox, type ComboboxLabels, type ComboboxOption } from "@/components/ui/combobox";

interface OrgChoice {
  id: string;
  name: string;
  unitName: string | null;
}

/**
 * A filter's unit or team picker: searches the signed-in user's units or teams on the server as one
 * types (GET /api/orgs/search, scoped by lib/org/choices.ts), instead of a <select> of every team.
 */
export function OrgPicker({
  name,
  level,
  unitId,
  chosen,
  labels,
  ariaLabel,
  className,
  unitHint,
}: {
  name: string;
  level: "unit" | "team" | "unitOrTeam";
  /** Teams of this unit only. */
  unitId?: string;
  chosen: OrgChoice | null;
  labels: ComboboxLabels;
  ariaLabel: string;
  className?: string;
  /** The second line of a unit among teams (a team's is its unit). */
  unitHint?: string;
}) {
  const search = useCallback(
    async (q: string, signal: AbortSignal): Promise<ComboboxOption[]> => {
      const params = new URLSearchParams({ level, q, ...(unitId ? { unit: unitId } : {}) });
      const res = await fetch(`/api/orgs/search?${params}`, { signal });
      if (!res.ok) return [];
      const { choices } = (await res.json()) as { choices: OrgChoice[] };
      return choices.map((c) => ({ value: c.id, label: c.name, hint: c.unitName ?? unitHint }));
    },
    [level, unitId, unitHint],
  );
  return (
    <Combobox
      name={name}
      value={chosen ? { value: chosen.id, label: chosen.name, hint: chosen.unitName ?? unitHint } : null}
      search={search}
      labels={labels}
      ariaLabel={ariaLabel}
      className={className}
    />
  );
}
