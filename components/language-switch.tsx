"use client";

import { useTransition } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Languages } from "@/components/icons";
import { changeLocale } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/domain/enums";
import { cn } from "@/lib/utils";

/**
 * 中文 | English toggle; the choice is a cookie (and the user's preference when signed in). On a
 * phone it shrinks to 中文 | EN without the icon, so it fits the top bar beside the user menu.
 */
export function LanguageSwitch({ className }: { className?: string }) {
  const locale = useLocale();
  const t = useTranslations("common");
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div role="group" aria-label={t("language")} className={cn("inline-flex items-center gap-1 rounded-lg border bg-card p-0.5 text-sm", className)}>
      <Languages className="mx-1.5 hidden size-4 text-muted-foreground sm:block" aria-hidden="true" />
      {LOCALES.map((l) => (
        <button
          key={l}
          type="button"
          lang={l}
          aria-label={l === "zh-CN" ? "中文" : "English"}
          aria-pressed={locale === l}
          disabled={pending}
          onClick={() =>
            startTransition(async () => {
              await changeLocale(l);
              router.refresh();
            })
          }
          className={cn(
            "min-h-8 rounded-md px-2 py-1 transition-colors sm:px-2.5",
            locale === l ? "bg-secondary font-medium text-foreground" : "text-muted-foreground hover:text-foreground",
          )}
        >
          {l === "zh-CN" ? (
            "中文"
          ) : (
            <>
              <span className="sm:hidden">EN</span>
              <span className="hidden sm:inline">English</span>
            </>
          )}
        </button>
      ))}
    </div>
  );
}
