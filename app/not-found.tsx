import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SearchX } from "@/components/icons";
import { Button } from "@/components/ui/button";

/** The same page for "does not exist" and "not yours": no hint either way. */
export default async function NotFound() {
  const t = await getTranslations("notFound");
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
