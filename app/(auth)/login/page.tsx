import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { BookOpenCheck, Lightbulb, Trophy, Users } from "@/components/icons";
import { getCurrentUser } from "@/lib/auth/current-user";
import { listDemoAccounts } from "@/lib/auth/demo-accounts";
import { LanguageSwitch } from "@/components/language-switch";
import { BrandMark } from "@/components/brand-mark";
import { AreaMessages } from "@/components/area-messages";
import { LoginForm } from "./login-form";
import { ForgetPages } from "@/components/offline/forget-pages";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("login");
  return { title: t("title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ changed?: string }> }) {
  if (await getCurrentUser()) redirect("/");
  const [t, demoAccounts] = await Promise.all([getTranslations("login"), listDemoAccounts()]);
  const highlights = [
    { icon: BookOpenCheck, text: t("highlights.study") },
    { icon: Lightbulb, text: t("highlights.innovation") },
    { icon: Trophy, text: t("highlights.evaluation") },
    { icon: Users, text: t("highlights.roster") },
  ];
  return (
    <div className="grid min-h-dvh lg:grid-cols-[minmax(0,5fr)_minmax(0,6fr)]">
      <ForgetPages />
      <aside className="relative hidden overflow-hidden bg-[oklch(0.3_0.06_20)] p-12 text-white lg:flex lg:flex-col lg:justify-between">
        <div className="pointer-events-none absolute -right-24 -top-24 size-96 rounded-full bg-primary/40 blur-3xl" />
        <div className="pointer-events-none absolute -bottom-32 -left-16 size-96 rounded-full bg-[oklch(0.55_0.15_40)]/30 blur-3xl" />
        <div className="relative flex items-center gap-3">
          <BrandMark className="size-10" />
          <span className="text-lg font-semibold tracking-wide">{t("brand")}</span>
        </div>
        <div className="relative space-y-6">
          <h1 className="whitespace-pre-line text-3xl font-semibold leading-snug">{t("heroTitle")}</h1>
          <p className="max-w-md text-white/75">{t("heroText")}</p>
          <ul className="grid max-w-md grid-cols-2 gap-3">
            {highlights.map(({ icon: Icon, text }) => (
              <li key={text} className="flex items-center gap-2 rounded-lg bg-white/8 px-3 py-2.5 text-sm text-white/90 ring-1 ring-white/10">
                <Icon className="size-4 shrink-0 text-[oklch(0.82_0.12_60)]" />
                {text}
              </li>
            ))}
          </ul>
        </div>
        <p className="relative text-xs text-white/75">{t("footer")}</p>
      </aside>
      <main className="flex flex-col px-5 py-6 sm:px-10">
        <div className="flex items-center justify-between lg:justify-end">
          <div className="flex items-center gap-2 lg:hidden">
            <BrandMark className="size-8" />
            <span className="font-semibold">{t("brand")}</span>
          </div>
          <LanguageSwitch />
        </div>
        <div className="mx-auto flex w-full max-w-sm flex-1 flex-col justify-center py-10">
          <h2 className="text-2xl font-semibold">{t("title")}</h2>
          <p className="mt-1.5 text-sm text-muted-foreground">{t("subtitle")}</p>
          <AreaMessages areas={["login"]}>
            <LoginForm demoAccounts={demoAccounts} notice={(await searchParams).changed === "1" ? "login.passwordChanged" : undefined} />
          </AreaMessages>
        </div>
      </main>
    </div>
  );
}
