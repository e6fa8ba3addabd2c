import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { BadgeCheck, CircleX, SearchX } from "@/components/icons";
import { BrandMark } from "@/components/brand-mark";
import { LanguageSwitch } from "@/components/language-switch";
import { verifyCertificate } from "@/lib/certificates/queries";
import { documentDate } from "@/lib/documents/format";
import { cn } from "@/lib/utils";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("verify");
  // A certificate's page is for whoever holds the paper, not for search engines.
  return { title: t("title"), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ code: string }> };

/**
 * NOTE: public (proxy.ts lets /verify/ through without a session). Shows what the certificate
 * itself prints and whether it still stands; an unknown code gets a plain "not found".
 */
export default async function VerifyPage({ params }: Props) {
  const [t, locale] = await Promise.all([getTranslations(), getLocale()]);
  const v = await verifyCertificate((await params).code);
  const state = !v ? "notFound" : v.status === "held" ? "valid" : "withdrawn";
  const Icon = state === "valid" ? BadgeCheck : state === "withdrawn" ? CircleX : SearchX;
  return (
    <div className="min-h-dvh bg-secondary/40 px-4 py-6">
      <div className="mx-auto flex max-w-md items-center justify-between">
        <span className="flex items-center gap-2 text-sm font-semibold">
          <BrandMark className="size-7" />
          {t("common.productName")}
        </span>
        <LanguageSwitch />
      </div>
      <main className="mx-auto mt-6 max-w-md rounded-2xl border bg-card p-6 shadow-sm" data-testid="verification" data-state={state}>
        <p className="text-xs font-medium text-primary">{t("verify.eyebrow")}</p>
        <div className={cn("mt-3 flex items-center gap-3 rounded-xl px-4 py-3", state === "valid" ? "bg-success/10 text-success" : state === "withdrawn" ? "bg-destructive/10 text-destructive" : "bg-secondary text-muted-foreground")}>
          <Icon className="size-8 shrink-0" />
          <div>
            <h1 className="text-lg font-semibold" data-testid="verification-state">
              {t(`verify.${state}`)}
            </h1>
            <p className="text-sm">
              {state === "valid" ? t("verify.validHint") : state === "withdrawn" ? t("verify.withdrawnHint", { date: v?.withdrawnAt ? documentDate(v.withdrawnAt, locale) : "" }) : t("verify.notFoundHint")}
            </p>
          </div>
        </div>
        {v ? (
          <dl className="mt-5 grid grid-cols-[6rem_minmax(0,1fr)] gap-x-3 gap-y-2.5 text-sm">
            <dt className="text-muted-foreground">{t("verify.titleName")}</dt>
            <dd className={cn("font-medium", state === "withdrawn" && "line-through")}>{t(`titles.name.${v.target}`, { year: v.year })}</dd>
            <dt className="text-muted-foreground">{t("verify.holder")}</dt>
            <dd className="font-medium" data-testid="verification-holder">
              {v.holder}
            </dd>
            {v.where ? (
              <>
                <dt className="text-muted-foreground">{t("verify.where")}</dt>
                <dd>{v.where}</dd>
              </>
            ) : null}
            <dt className="text-muted-foreground">{t("verify.year")}</dt>
            <dd>{t("verify.yearValue", { year: v.year })}</dd>
            <dt className="text-muted-foreground">{t("verify.issuer")}</dt>
            <dd>{t("documents.federation", { county: v.issuerCounty })}</dd>
            <dt className="text-muted-foreground">{t("verify.namedOn")}</dt>
            <dd>{documentDate(v.namedAt, locale)}</dd>
          </dl>
        ) : null}
      </main>
    </div>
  );
}
