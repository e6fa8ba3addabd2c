import { Link } from "@/components/ui/link";
import { cn } from "@/lib/utils";

/** Tabs as links (server-rendered; each tab is an address that can be bookmarked and shared). */
export function LinkTabs({ label, tabs, current }: { label: string; tabs: { key: string; href: string; label: string; count?: number }[]; current: string }) {
  return (
    <nav aria-label={label} className="mb-4 flex gap-1 overflow-x-auto border-b">
      {tabs.map((tab) => (
        <Link
          key={tab.key}
          href={tab.href}
          aria-current={current === tab.key ? "page" : undefined}
          className={cn(
            "-mb-px flex min-h-11 shrink-0 items-center gap-1.5 whitespace-nowrap border-b-2 px-4 text-sm",
            current === tab.key ? "border-primary font-medium text-foreground" : "border-transparent text-muted-foreground hover:text-foreground",
          )}
        >
          {tab.label}
          {tab.count ? <span className="rounded-full bg-primary/10 px-1.5 text-xs font-medium text-primary">{tab.count}</span> : null}
        </Link>
      ))}
    </nav>
  );
}
