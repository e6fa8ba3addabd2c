import { Link } from "@/components/ui/link";
import type { IconComponent } from "@/components/icons";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/page-header";

export interface HeaderLink {
  href: string;
  label: string;
  icon: IconComponent;
  /** "outline" for the secondary actions; the page's main action keeps the filled default. */
  variant?: "outline";
  /** A file to save (the export): a plain link the browser downloads, not a page to navigate to. */
  download?: boolean;
}

/**
 * A list page's title with its links beside it (export, import, new …), in the order given; a `false`
 * entry is a link the user may not follow. On phones each link is a thumb's height.
 */
export function ListPageHeader({ title, description, links }: { title: React.ReactNode; description?: React.ReactNode; links: (HeaderLink | false)[] }) {
  const shown = links.filter((link): link is HeaderLink => link !== false);
  return (
    <PageHeader
      title={title}
      description={description}
      actions={
        shown.length ? (
          <>
            {shown.map(({ href, label, icon: Icon, variant, download }) => (
              <Button key={href} asChild variant={variant} className="h-11 md:h-9">
                {download ? (
                  <a href={href} download>
                    <Icon />
                    {label}
                  </a>
                ) : (
                  <Link href={href}>
                    <Icon />
                    {label}
                  </Link>
                )}
              </Button>
            ))}
          </>
        ) : undefined
      }
    />
  );
}
