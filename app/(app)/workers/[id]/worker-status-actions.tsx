"use client";

import { useTranslations } from "next-intl";
import { LogOut, Trash2, Undo2 } from "@/components/icons";
import { deleteWorkerAction, markWorkerLeftAction, rejoinWorkerAction } from "@/lib/workers/actions";
import { ConfirmAction } from "@/components/confirm-action";

/** Mark as left / bring back, and delete — offered only for a worker no record names. */
export function WorkerStatusActions({ id, name, version, status, deletable }: { id: string; name: string; version: number; status: "active" | "left"; deletable: boolean }) {
  const t = useTranslations("workers");
  return (
    <div className="flex flex-wrap gap-2">
      {status === "active" ? (
        <ConfirmAction
          label={t("left.button")}
          icon={<LogOut />}
          title={t("left.title", { name })}
          description={t("left.description")}
          confirmLabel={t("left.confirm")}
          className="h-11 md:h-9"
          action={() => markWorkerLeftAction(id, version)}
        />
      ) : (
        <ConfirmAction
          label={t("rejoin.button")}
          icon={<Undo2 />}
          title={t("rejoin.title", { name })}
          description={t("rejoin.description")}
          confirmLabel={t("rejoin.confirm")}
          className="h-11 md:h-9"
          action={() => rejoinWorkerAction(id, version)}
        />
      )}
      {deletable ? (
        <ConfirmAction
          label={t("delete.button")}
          icon={<Trash2 />}
          title={t("delete.title", { name })}
          description={t("delete.description")}
          confirmLabel={t("delete.confirm")}
          className="h-11 md:h-9"
          destructive
          variant="ghost"
          action={() => deleteWorkerAction(id)}
        />
      ) : null}
    </div>
  );
}
