"use client";

import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { SearchX } from "@/components/icons";
import { Button } from "@/components/ui/button";

/**
 * The same page for "does not exist" and "not yours": no hint either way. A client component because
 * every page's RSC payload carries its layouts' not-found fallbacks (twice here, ~1.2 KB each as server
 * markup); as a client component each is a reference of a few bytes, and its three messages are few.
 */
export default function NotFound() {
  const t = useTranslations("notFound");
  return (
    <div className="grid min-h-[70dvh] place-items-center px-6">
      <div className="text-center">
        <span className="mx-auto grid size-14 place-items-center rounded-full bg-secondary text-muted-foreground">
          <SearchX className="size-7" />
        </span>
        <h1 className="mt-5 text-xl font-semibold">{t("title")}</h1>
        <p className="mt-2 max-w-sm text-sm text-muted-foreground">{t("description")}</p>
        <Button asChild className="mt-6">
          <Link href="/">{t("home")}</Link>
        </Button>
      </div>
    </div>
  );
}
