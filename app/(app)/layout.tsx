import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/lib/auth/current-user";
import { navFor, tabsFor } from "@/lib/nav";
import { countWaitingFor } from "@/lib/records/queries";
import { countEvaluationsWaiting } from "@/lib/evaluations/queries";
import { BrandMark } from "@/components/brand-mark";
import { LanguageSwitch } from "@/components/language-switch";
import { SidebarNav, TabBar } from "@/components/shell/nav-links";
import { UserMenu } from "@/components/shell/user-menu";
import { PendingNavigation, PendingPage } from "@/components/shell/pending-navigation";
import { OfflineBanner, OutboxBadge } from "@/components/offline/offline-banner";
import { OfflineProvider } from "@/components/offline/offline-provider";
import { kindsLoggableBy } from "@/lib/records/kinds";
import { OFFLINE_PATHS } from "@/lib/offline/pages";
import { now } from "@/lib/time";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const [t, waiting, evaluationsWaiting] = await Promise.all([getTranslations(), countWaitingFor(user), countEvaluationsWaiting(user)]);
  const items = navFor(user);
  const badges = { "/review": waiting.review, "/records": waiting.rejected, "/evaluations": evaluationsWaiting };
  // The pages this user's phone keeps for offline use: the fixed ones and a form per kind the role logs.
  const warmUrls = [...OFFLINE_PATHS, ...kindsLoggableBy(user.role).map((k) => `/records/new?kind=${k.kind}`)];
  return (
    <OfflineProvider userId={user.id} warmUrls={warmUrls}>
    <PendingNavigation>
    <div className="min-h-dvh lg:grid lg:grid-cols-[15rem_minmax(0,1fr)] print:block">
      {/* First stop for keyboard users: past the sidebar's links straight to the page. */}
      <a
        href="#main"
        className="sr-only z-50 rounded-md bg-primary px-4 py-2 text-sm font-medium text-primary-foreground focus:not-sr-only focus:fixed focus:left-3 focus:top-3 focus:outline-none focus:ring-[3px] focus:ring-ring/50"
      >
        {t("common.skipToContent")}
      </a>
      <aside className="sticky top-0 hidden h-dvh flex-col border-r bg-sidebar px-3 py-4 lg:flex print:hidden">
        <Link href="/" className="mb-6 flex items-center gap-2.5 px-2">
          <BrandMark className="size-8" />
          <span className="leading-tight">
            <span className="block font-semibold">{t("common.productName")}</span>
            <span className="block text-xs text-muted-foreground">{t("common.productSub")}</span>
          </span>
        </Link>
        <SidebarNav items={items} role={user.role} badges={badges} />
        <div className="mt-auto rounded-lg bg-secondary/70 px-3 py-2.5 text-xs text-muted-foreground">
          <span className="block font-medium text-foreground">{user.orgName}</span>
          {t(`enums.role.${user.role}`)}
        </div>
      </aside>
      <div className="flex min-w-0 flex-col">
        <header className="sticky top-0 z-30 flex h-14 items-center gap-3 border-b bg-card/90 px-4 backdrop-blur lg:px-8 print:hidden">
          <Link href="/" className="flex items-center gap-2 lg:hidden" aria-label={t("common.productName")}>
            <BrandMark className="size-7" />
          </Link>
          <span className="min-w-0 truncate text-sm font-medium text-muted-foreground">{user.orgName}</span>
          <div className="ml-auto flex items-center gap-2">
            <OutboxBadge />
            <LanguageSwitch />
            <UserMenu displayName={user.displayName} roleLabel={t(`enums.role.${user.role}`)} orgName={user.orgName} />
          </div>
        </header>
        <OfflineBanner renderedAt={now().toISOString()} />
        <main id="main" tabIndex={-1} className="mx-auto outline-none w-full max-w-7xl flex-1 px-4 pb-24 pt-5 lg:px-8 lg:pb-10 lg:pt-7 print:max-w-none print:p-0">
          <PendingPage>{children}</PendingPage>
        </main>
      </div>
      <TabBar items={tabsFor(user)} badges={badges} />
    </div>
    </PendingNavigation>
    </OfflineProvider>
  );
}
