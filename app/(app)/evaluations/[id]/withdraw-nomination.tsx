"use client";

import { useTranslations } from "next-intl";
import { UserRoundX } from "@/components/icons";
import { ConfirmAction } from "@/components/confirm-action";
import { withdrawNominationAction } from "@/lib/evaluations/actions";

/** The leader withdraws a nomination not yet submitted (asks first). */
export function WithdrawNomination({ evaluationId, version }: { evaluationId: string; version: number }) {
  const t = useTranslations("evaluations.nominate");
  return (
    <ConfirmAction
      label={t("withdraw")}
      icon={<UserRoundX />}
      title={t("withdraw")}
      description={t("withdrawConfirm")}
      confirmLabel={t("withdraw")}
      destructive
      action={() => {
        const fd = new FormData();
        fd.set("version", String(version));
        return withdrawNominationAction(evaluationId, { ok: true }, fd);
      }}
    />
  );
}
