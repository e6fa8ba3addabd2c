"use client";

import { useEffect } from "react";
import { Link } from "@/components/ui/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ChevronLeft, ChevronRight, ListChecks } from "@/components/icons";
import { Button } from "@/components/ui/button";

/** Typing in a field or working in a dialog is not a shortcut. */
function typingOrInDialog(e: KeyboardEvent): boolean {
  const el = e.target as HTMLElement | null;
  if (e.ctrlKey || e.metaKey || e.altKey) return true;
  if (el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName))) return true;
  return document.querySelector("[role=dialog],[role=alertdialog]") !== null;
}

/**
 * The review queue around a record opened from it: where it stands (3 / 41), the one before and after,
 * the way back with the same filters and order, and on a keyboard J / K (next / previous), A (approve)
 * and R (send back), which press the page's own buttons.
 */
export function QueueNav({ position, total, previousHref, nextHref, queueHref }: { position: number | null; total: number; previousHref: string | null; nextHref: string | null; queueHref: string }) {
  const t = useTranslations("review.nav");
  const router = useRouter();
  // A reviewer works the queue in order: the next record (where J and approving go) and the one before
  // are fetched ahead here, since the app's links otherwise wait for a pointer to reach them.
  useEffect(() => {
    for (const href of [nextHref, previousHref]) if (href) router.prefetch(href);
  }, [nextHref, previousHref, router]);
  useEffect(() => {
    function onKey(e: KeyboardEvent) {
      if (typingOrInDialog(e)) return;
      const key = e.key.toLowerCase();
      const go = key === "j" ? nextHref : key === "k" ? previousHref : null;
      if (go) {
        e.preventDefault();
        router.push(go);
        return;
      }
      const target = key === "a" || key === "r" ? document.querySelector<HTMLButtonElement>(`[data-shortcut="${key}"]:not(:disabled)`) : null;
      if (target) {
        e.preventDefault();
        target.click();
      }
    }
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [nextHref, previousHref, router]);
  return (
    <nav aria-label={t("label")} className="mb-4 flex flex-wrap items-center gap-2 rounded-xl border bg-card px-3 py-2" data-testid="queue-nav">
      <Button asChild variant="ghost" size="sm" className="min-h-10">
        <Link href={queueHref}>
          <ListChecks />
          {t("backToQueue")}
        </Link>
      </Button>
      <span className="ml-auto text-sm text-muted-foreground" data-testid="queue-position" aria-live="polite">
        {position ? t("position", { position, total }) : t("notInQueue", { total })}
      </span>
      <div className="flex gap-1">
        {previousHref ? (
          <Button asChild variant="outline" size="sm" className="min-h-10">
            <Link href={previousHref} aria-keyshortcuts="k">
              <ChevronLeft />
              {t("previous")}
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" className="min-h-10" disabled>
            <ChevronLeft />
            {t("previous")}
          </Button>
        )}
        {nextHref ? (
          <Button asChild variant="outline" size="sm" className="min-h-10">
            <Link href={nextHref} aria-keyshortcuts="j">
              {t("next")}
              <ChevronRight />
            </Link>
          </Button>
        ) : (
          <Button variant="outline" size="sm" className="min-h-10" disabled>
            {t("next")}
            <ChevronRight />
          </Button>
        )}
      </div>
      <p className="hidden basis-full text-xs text-muted-foreground lg:block" data-testid="shortcut-hint">
        {t.rich("shortcuts", { kbd: (chunks) => <kbd className="rounded border bg-secondary px-1 font-mono text-[11px]">{chunks}</kbd> })}
      </p>
    </nav>
  );
}
