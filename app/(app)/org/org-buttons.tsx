"use client";

import { useTranslations } from "next-intl";
import { Archive, Loader2, RotateCcw } from "@/components/icons";
import { archiveOrgAction, restoreOrgAction } from "@/lib/org/actions";
import { Button } from "@/components/ui/button";
import { ConfirmAction } from "@/components/confirm-action";
import { InlineRefusal, useButtonAction } from "@/components/form-bits";

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
  const { state, pending, run } = useButtonAction(restoreOrgAction);
  return (
    <span className="flex flex-wrap items-center justify-end gap-2">
      <InlineRefusal state={state} />
      <Button
        type="button"
        variant="outline"
        size="sm"
        className="h-11 md:h-8"
        disabled={pending}
        onClick={() => run(id)}
      >
        {pending ? <Loader2 className="animate-spin" /> : <RotateCcw />}
        {t("org.restore")}
      </Button>
    </span>
  );
}
