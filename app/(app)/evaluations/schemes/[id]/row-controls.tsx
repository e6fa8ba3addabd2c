"use client";

import { useTranslations } from "next-intl";
import { ArrowDown, ArrowUp, Pencil, Trash2 } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { useConfirmDialog } from "@/components/confirm-submit";
import { InlineRefusal, useButtonAction } from "@/components/form-bits";
import { deleteIndicatorAction, deleteItemAction, moveIndicatorAction, moveItemAction, renameIndicatorAction } from "@/lib/evaluations/scheme-actions";
import { IndicatorNameDialog } from "./indicator-name-dialog";
import type { ActionResult } from "@/lib/actions/result";

/** Up / down / delete buttons for an indicator or item; deleting asks first. */
function RowControls({ onMove, onDelete, label, confirmText }: { onMove: (d: "up" | "down") => Promise<ActionResult>; onDelete: () => Promise<ActionResult>; label: string; confirmText: string }) {
  const t = useTranslations("evaluations.scheme");
  const { state, pending, run } = useButtonAction((act: () => Promise<ActionResult>) => act());
  const confirmDelete = useConfirmDialog();
  return (
    <div className="flex items-center gap-0.5">
      <Button type="button" variant="ghost" size="icon" className="size-9" disabled={pending} aria-label={t("moveUp", { name: label })} onClick={() => run(() => onMove("up"))}>
        <ArrowUp />
      </Button>
      <Button type="button" variant="ghost" size="icon" className="size-9" disabled={pending} aria-label={t("moveDown", { name: label })} onClick={() => run(() => onMove("down"))}>
        <ArrowDown />
      </Button>
      <Button
        type="button"
        variant="ghost"
        size="icon"
        className="size-9 text-muted-foreground hover:text-destructive"
        disabled={pending}
        aria-label={t("delete", { name: label })}
        onClick={() => confirmDelete.ask({ title: t("delete", { name: label }), description: confirmText, confirmLabel: t("deleteConfirm"), destructive: true }, () => run(onDelete))}
      >
        <Trash2 />
      </Button>
      <InlineRefusal state={state} />
      {confirmDelete.dialog}
    </div>
  );
}

/** An indicator's rename, move and delete buttons. */
export function IndicatorControls({ schemeId, indicatorId, name }: { schemeId: string; indicatorId: string; name: string }) {
  const t = useTranslations("evaluations.scheme");
  return (
    <div className="flex items-center gap-0.5">
      <IndicatorNameDialog
        action={renameIndicatorAction.bind(null, schemeId, indicatorId)}
        title={t("renameIndicator")}
        initial={name}
        trigger={
          <Button type="button" variant="ghost" size="icon" className="size-9" aria-label={t("renameIndicatorNamed", { name })}>
            <Pencil />
          </Button>
        }
      />
      <RowControls
        label={name}
        confirmText={t("confirmDeleteIndicator", { name })}
        onMove={(d) => moveIndicatorAction(schemeId, indicatorId, d)}
        onDelete={() => deleteIndicatorAction(schemeId, indicatorId)}
      />
    </div>
  );
}

/** An item's move and delete buttons (its edit dialog is ItemDialog). */
export function ItemControls({ schemeId, itemId, name }: { schemeId: string; itemId: string; name: string }) {
  const t = useTranslations("evaluations.scheme");
  return <RowControls label={name} confirmText={t("confirmDeleteItem", { name })} onMove={(d) => moveItemAction(schemeId, itemId, d)} onDelete={() => deleteItemAction(schemeId, itemId)} />;
}
