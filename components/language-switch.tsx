"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Languages } from "lucide-react";
import { changeLocale } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/domain/enums";
import { cn } from "@/lib/utils";

/** 中文 | English toggle; the choice is a cookie (and the user's preference when signed in). */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("language")} className={cn("inline-flex items-center gap-1 rounded-lg border bg-card p-0.5 text-sm", className)}>
      <Languages className="mx-1.5 size-4 text-muted-foreground" aria-hidden="true" />
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-pressed={locale === l}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await changeLocale(l);
              router.refresh();
            })
          }
          className={cn(
            "min-h-8 rounded-md px-2.5 py-1 transition-colors",
            locale === l ? "bg-secondary font-medium text-foreground" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {l === "zh-CN" ? "中文" : "English"}
        </button>
      ))}
    </div>
  );
}
