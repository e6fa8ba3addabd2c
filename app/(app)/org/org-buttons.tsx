"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Archive, Loader2, RotateCcw } from "lucide-react";
import { archiveOrgAction, restoreOrgAction } from "@/lib/org/actions";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/confirm-action";

/** Archives a unit (with its teams) or a team, after asking. */
export function ArchiveOrgButton({ id, name, level }: { id: string; name: string; level: "unit" | "team" }) {
  const t = useTranslations("org.archive");
  return (
    <ConfirmAction
      label={t("button")}
      icon={<Archive />}
      title={t("title", { name })}
      description={level === "unit" ? t("descriptionUnit") : t("descriptionTeam")}
      confirmLabel={t("confirm")}
      destructive
      className="h-11 md:h-9"
      action={() => archiveOrgAction(id)}
    />
  );
}

/** Brings an archived unit or team back; a refusal (its name is taken now) shows beside it. */
export function RestoreOrgButton({ id }: { id: string }) {
  const t = useTranslations();
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <span className="flex flex-wrap items-center justify-end gap-2">
      {message ? <span className="text-sm text-destructive">{t(message)}</span> : null}
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="h-11 md:h-8"
        disabled={pending}
        onClick={() =>
          start(async () => {
            const result = await restoreOrgAction(id);
            setMessage(result.ok ? null : (result.message ?? "errors.invalidInput"));
          })
        }
      >
        {pending ? <Loader2 className="animate-spin" /> : <RotateCcw />}
        {t("org.restore")}
      </Button>
    </span>
  );
}
