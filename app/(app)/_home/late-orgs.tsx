"use client";

import { useState, useTransition } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { BellRing, Check, Loader2 } from "@/components/icons";
import { nudgeOrgAction } from "@/lib/nudges/actions";
import type { LateOrg } from "@/lib/nudges/queries";
import { Button } from "@/components/ui/button";
import { type Message, message } from "@/lib/actions/result";

/**
 * Teams (for a union) or units (for the office) with nothing submitted this month, each with 催办.
 * `now` is the server's render time (ms), so "3 days ago" reads the same on the server and in the browser.
 */
export function LateOrgs({ orgs, now }: { orgs: LateOrg[]; now: number }) {
  const t = useTranslations();
  const format = useFormatter();
  const [pending, start] = useTransition();
  const [messages, setMessages] = useState<Record<string, Message>>({});
  // Which 催办 is on its way: that button shows the spinner, the others wait.
  const [busyId, setBusyId] = useState<string | null>(null);
  if (orgs.length === 0) return <p className="text-sm text-muted-foreground">{t("home.late.none")}</p>;
  return (
    <ul className="divide-y">
      {orgs.map((o) => {
        const done = o.nudgedToday || messages[o.id]?.key === "nudge.sent";
        return (
          <li key={o.id} className="flex min-h-14 items-center gap-3 py-2">
            <div className="min-w-0 flex-1">
              <div className="truncate text-sm font-medium">{o.name}</div>
              <div className="text-xs text-muted-foreground">
                {o.lastSubmittedAt ? t("home.late.lastSubmitted", { when: format.relativeTime(o.lastSubmittedAt, now) }) : t("home.late.never")}
                {messages[o.id] && messages[o.id]!.key !== "nudge.sent" ? <span className="ml-2 text-destructive">{t(messages[o.id]!.key, messages[o.id]!.values)}</span> : null}
              </div>
            </div>
            <Button
              type="button"
              size="sm"
              variant={done ? "ghost" : "outline"}
              disabled={done || pending}
              className="h-9"
              aria-busy={pending && busyId === o.id ? true : undefined}
              onClick={() => {
                setBusyId(o.id);
                start(async () => {
                  const result = await nudgeOrgAction(o.id);
                  setMessages((m) => ({ ...m, [o.id]: result.message ?? message(result.ok ? "nudge.sent" : "errors.unexpected") }));
                });
              }}
            >
              {pending && busyId === o.id ? <Loader2 className="animate-spin" /> : done ? <Check /> : <BellRing />}
              {done ? t("nudge.done") : t("nudge.button")}
            </Button>
          </li>
        );
      })}
    </ul>
  );
}
