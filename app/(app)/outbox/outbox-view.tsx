"use client";

import { refusalOf } from "@/lib/offline/transport";
import type { Refusal } from "@/lib/offline/store";
import { useState } from "react";
import { Link } from "@/components/ui/link";
import { useFormatter, useTranslations } from "next-intl";
import { AlertCircle, CheckCircle2, CloudOff, Inbox, Loader2, Pencil, Send } from "@/components/icons";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { EmptyState } from "@/components/empty-state";
import { useOffline } from "@/components/offline/offline-provider";
import { pendingCount } from "@/lib/offline/outbox";
import type { OutboxRow } from "@/lib/offline/store";

const STATE_STYLE: Record<OutboxRow["state"], "warning" | "accent" | "success"> = { waiting: "warning", sending: "accent", sent: "success" };

/** The outbox: what waits (等待网络), what is going (正在发送), what arrived (已提交) and what came back refused (被拒绝). */
export function OutboxView() {
  const t = useTranslations();
  const format = useFormatter();
  const { outbox, refused, online, sendNow } = useOffline();
  const [sending, setSending] = useState(false);
  const waiting = pendingCount(outbox);
  const when = (ms: number) => format.dateTime(new Date(ms), { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" });

  if (!outbox.length && !refused.length) {
    return <EmptyState icon={Inbox} title={t("offline.emptyTitle")} description={t("offline.emptyHint")} />;
  }

  return (
    <div className="space-y-4">
      {waiting > 0 ? (
        <div className="flex flex-wrap items-center gap-3 rounded-xl border bg-card p-4">
          <p className="flex-1 text-sm text-muted-foreground">
            {online ? t("offline.waitingOnline", { count: waiting }) : t("offline.waitingOffline", { count: waiting })}
          </p>
          <Button
            size="lg"
            disabled={sending}
            onClick={async () => {
              setSending(true);
              await sendNow().finally(() => setSending(false));
            }}
          >
            {sending ? <Loader2 className="animate-spin" /> : <Send />}
            {t("offline.sendNow")}
          </Button>
        </div>
      ) : null}
      <ul className="space-y-2" data-testid="outbox">
        {refused.map((d) => (
          <li key={d.clientToken} className="rounded-xl border border-destructive/40 bg-card p-4" data-state="refused">
            <div className="flex flex-wrap items-center gap-2">
              <span className="min-w-0 flex-1 truncate font-medium">{String(d.values.title ?? "") || t(`enums.recordKind.${d.kind}`)}</span>
              <Badge variant="outline" className="border-transparent bg-destructive/10 text-destructive">
                <AlertCircle />
                {t("offline.state.refused")}
              </Badge>
            </div>
            <p className="mt-2 text-sm text-destructive">{t("offline.refusedBecause", { reason: refusalText(t, d.refusal ? refusalOf(d.refusal) : undefined) })}</p>
            <Button asChild variant="outline" className="mt-3 h-11">
              <Link href={`/records/new?kind=${d.kind}&draft=${d.clientToken}`}>
                <Pencil />
                {t("offline.continueEditing")}
              </Link>
            </Button>
          </li>
        ))}
        {outbox
          .slice()
          .reverse()
          .map((row) => (
            <li key={row.clientToken} className="rounded-xl border bg-card p-4" data-state={row.state}>
              <div className="flex flex-wrap items-center gap-2">
                <span className="min-w-0 flex-1 truncate font-medium">{String(row.values.title ?? "") || t(`enums.recordKind.${row.kind}`)}</span>
                <Badge variant={STATE_STYLE[row.state]}>
                  {row.state === "sent" ? <CheckCircle2 /> : row.state === "sending" ? <Loader2 className="animate-spin" /> : <CloudOff />}
                  {t(`offline.state.${row.state}`)}
                </Badge>
              </div>
              <p className="mt-1 text-sm text-muted-foreground">
                {t(`enums.recordKind.${row.kind}`)} · {t("offline.queuedAt", { at: when(row.createdAt) })}
                {row.photos.length ? ` · ${t("offline.photos", { count: row.photos.length })}` : ""}
              </p>
              {row.needsSignIn ? <p className="mt-1 text-sm text-destructive">{t("offline.needsSignIn")}</p> : null}
              {row.state === "sent" && row.recordId ? (
                <Link href={`/records/${row.recordId}`} className="mt-2 inline-block text-sm text-primary hover:underline">
                  {t("offline.viewRecord")}
                </Link>
              ) : null}
            </li>
          ))}
      </ul>
    </div>
  );
}

/** The refusal's message, or its first field's message with the field's name. */
function refusalText(t: ReturnType<typeof useTranslations>, refusal: Refusal | undefined): string {
  if (refusal?.message) return t(refusal.message.key, refusal.message.values);
  const [field, messages] = Object.entries(refusal?.fieldErrors ?? {}).find(([, m]) => m?.length) ?? [];
  if (!field || !messages?.[0]) return t("errors.invalidInput");
  return `${t(`records.field.${field}`)}：${t(messages[0].key, messages[0].values)}`;
}
