"use client";

import { useState } from "react";
import { Link } from "@/components/ui/link";
import { usePathname } from "next/navigation";
import { useFormatter, useTranslations } from "next-intl";
import { CloudOff, Inbox } from "@/components/icons";
import { pendingCount } from "@/lib/offline/outbox";
import { useOffline } from "./offline-provider";

/**
 * While the phone is offline: says so, and when what is on screen was fetched (the page may come from
 * the service worker's cache). `renderedAt` is the server's time of rendering this document; a later
 * navigation made online fetched fresh data, so the stamp moves with it.
 */
export function OfflineBanner({ renderedAt }: { renderedAt: string }) {
  const t = useTranslations("offline");
  const format = useFormatter();
  const { online } = useOffline();
  const pathname = usePathname();
  const [shown, setShown] = useState(() => ({ pathname, fetchedAt: new Date(renderedAt) }));
  // A navigation while online brought this page's data from the server just now.
  if (shown.pathname !== pathname) setShown({ pathname, fetchedAt: navigator.onLine ? new Date() : shown.fetchedAt });
  const { fetchedAt } = shown;
  if (online) return null;
  return (
    <div role="status" data-testid="offline-banner" className="flex items-start gap-2 border-b border-amber-300 bg-amber-50 px-4 py-2.5 text-sm text-amber-950 lg:px-8 print:hidden">
      <CloudOff className="mt-0.5 size-4 shrink-0" />
      <p>
        <span className="font-medium">{t("banner")}</span> {t("fetchedAt", { at: format.dateTime(fetchedAt, { month: "numeric", day: "numeric", hour: "2-digit", minute: "2-digit" }) })}
        {t("bannerHint")}
      </p>
    </div>
  );
}

/** The header's link to the outbox while records wait there (or came back refused). */
export function OutboxBadge() {
  const t = useTranslations("offline");
  const { outbox, refused } = useOffline();
  const waiting = pendingCount(outbox) + refused.length;
  if (!waiting) return null;
  return (
    <Link
      href="/outbox"
      data-testid="outbox-badge"
      className="inline-flex min-h-9 shrink-0 items-center whitespace-nowrap gap-1.5 rounded-full border border-primary/30 bg-accent px-3 text-sm font-medium text-accent-foreground"
    >
      <Inbox className="size-4" />
      {t("pending", { count: waiting })}
    </Link>
  );
}
