"use client";

import { useTranslations } from "next-intl";
import { TriangleAlert } from "@/components/icons";
import { Button } from "@/components/ui/button";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("errors");
  return (
    <div className="grid min-h-[60dvh] place-items-center px-6 text-center">
      <div>
        <span className="mx-auto grid size-14 place-items-center rounded-full bg-accent text-primary">
          <TriangleAlert className="size-7" />
        </span>
        <h1 className="mt-5 text-xl font-semibold">{t("unexpectedTitle")}</h1>
        <p className="mt-2 max-w-sm text-sm text-muted-foreground">{t("unexpected")}</p>
        <Button className="mt-6" onClick={reset}>
          {t("retry")}
        </Button>
      </div>
    </div>
  );
}
