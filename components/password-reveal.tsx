"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Check, Copy, KeyRound } from "@/components/icons";
import { Button } from "@/components/ui/button";

/** A one-time password, shown once: large, copyable, with the warning that it will not be shown again. */
export function PasswordReveal({ username, password }: { username: string; password: string }) {
  const t = useTranslations("users");
  const [copied, setCopied] = useState(false);
  async function copy() {
    try {
      await navigator.clipboard.writeText(password);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }
  return (
    <div className="rounded-lg border border-primary/30 bg-accent/40 p-4" data-testid="one-time-password">
      <div className="flex items-center gap-2 text-sm font-medium">
        <KeyRound className="size-4 text-primary" />
        {t("oneTime.title", { username })}
      </div>
      <div className="mt-3 flex items-center gap-2">
        <code data-user-content data-testid="password-value" className="flex-1 select-all rounded-md border bg-card px-3 py-2 font-mono text-lg tracking-wider">
          {password}
        </code>
        <Button type="button" variant="outline" onClick={copy} aria-label={t("oneTime.copy")}>
          {copied ? <Check /> : <Copy />}
          <span className="hidden sm:inline">{copied ? t("oneTime.copied") : t("oneTime.copy")}</span>
        </Button>
      </div>
      <p className="mt-3 text-xs text-muted-foreground">{t("oneTime.warning")}</p>
    </div>
  );
}
