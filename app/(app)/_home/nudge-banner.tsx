"use client";

import { useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { BellRing, Loader2, X } from "@/components/icons";
import { dismissNudgeAction } from "@/lib/nudges/actions";
import type { NudgeNotice } from "@/lib/nudges/queries";

/** Reminders (催办) sent to the user's team or unit, until dismissed; `now` is the server's render time (ms). */
export function NudgeBanner({ nudges, now }: { nudges: NudgeNotice[]; now: number }) {
  const t = useTranslations("nudge");
  const format = useFormatter();
  const [pending, start] = useTransition();
  const [busyId, setBusyId] = useState<string | null>(null);
  if (nudges.length === 0) return null;
  return (
    <ul className="mb-4 grid gap-2" aria-label={t("received")}>
      {nudges.map((n) => (
        <li key={n.id} role="status" className="flex items-start gap-3 rounded-xl border border-warning/50 bg-warning/10 px-4 py-3">
          <BellRing className="mt-0.5 size-4 shrink-0 text-[oklch(0.5_0.12_70)]" />
          <div className="min-w-0 flex-1 text-sm">
            <p className="font-medium">{t("message", { from: n.fromOrg, name: n.fromName })}</p>
            <p className="text-xs text-muted-foreground">{format.relativeTime(n.createdAt, now)}</p>
          </div>
          <button
            type="button"
            disabled={pending}
            aria-busy={pending && busyId === n.id ? true : undefined}
            onClick={() => {
              setBusyId(n.id);
              start(async () => void (await dismissNudgeAction(n.id)));
            }}
            className="grid size-8 place-items-center rounded-md text-muted-foreground hover:bg-secondary"
            aria-label={t("dismiss")}
          >
            {pending && busyId === n.id ? <Loader2 className="size-4 animate-spin" /> : <X className="size-4" />}
          </button>
        </li>
      ))}
    </ul>
  );
}
