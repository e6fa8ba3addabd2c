import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { KeyRound, Languages, UserRound } from "@/components/icons";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { LanguageSwitch } from "@/components/language-switch";
import { PageHeader } from "@/components/page-header";
import { requireUser } from "@/lib/auth/current-user";
import { PasswordForm } from "./password-form";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("nav");
  return { title: t("account.short") };
}

export default async function AccountPage() {
  const user = await requireUser();
  const t = await getTranslations();
  const facts = [
    [t("account.username"), user.username],
    [t("account.displayName"), user.displayName],
    [t("account.role"), t(`enums.role.${user.role}`)],
    [t("account.org"), user.orgName],
  ] as const;
  return (
    <>
      <PageHeader title={t("account.title")} description={t("account.description")} />
      <div className="grid gap-4 lg:grid-cols-[minmax(0,2fr)_minmax(0,3fr)]">
        <div className="grid content-start gap-4">
          <Card>
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <UserRound className="size-4 text-primary" />
                {t("account.profile")}
              </CardTitle>
            </CardHeader>
            <CardContent>
              <dl className="divide-y text-sm">
                {facts.map(([label, value]) => (
                  <div key={label} className="flex justify-between gap-4 py-2.5">
                    <dt className="text-muted-foreground">{label}</dt>
                    <dd className="text-right font-medium">{value}</dd>
                  </div>
                ))}
              </dl>
            </CardContent>
          </Card>
          <Card>
            <CardHeader>
              <CardTitle className="flex items-center gap-2">
                <Languages className="size-4 text-primary" />
                {t("account.language")}
              </CardTitle>
              <CardDescription>{t("account.languageHint")}</CardDescription>
            </CardHeader>
            <CardContent>
              <LanguageSwitch />
            </CardContent>
          </Card>
        </div>
        <Card>
          <CardHeader>
            <CardTitle className="flex items-center gap-2">
              <KeyRound className="size-4 text-primary" />
              {t("account.password.title")}
            </CardTitle>
            <CardDescription>{t("account.password.hint")}</CardDescription>
          </CardHeader>
          <CardContent>
            <PasswordForm />
          </CardContent>
        </Card>
      </div>
    </>
  );
}
