import { Link } from "@/components/ui/link";
import { getTranslations } from "next-intl/server";
import {CircleAlert} from "@/components/icons";
import type { RecordListRow } from "@/lib/records/queries";

/** The user's records sent back, with the reviewer's reason: the first thing to fix. */
export async function RejectedRecords({ rows }: { rows: RecordListRow[] }) {
  const t = await getTranslations();
  if (rows.length === 0) return null;
  return (
    <section className="mb-4 rounded-xl border border-primary/30 bg-accent/60 p-4" aria-labelledby="rejected-heading">
      <h2 id="rejected-heading" className="flex items-center gap-2 text-sm font-semibold text-accent-foreground">
        <CircleAlert className="size-4" />
        {t("home.rejected.title", { count: rows.length })}
      </h2>
      <ul className="mt-2 grid gap-2">
        {rows.map((r) => (
          <li key={r.id}>
            <Link href={`/records/${r.id}`} className="flex min-h-12 items-center gap-3 rounded-lg bg-card px-3 py-2 active:bg-secondary">
              <div className="min-w-0 flex-1">
                <div className="truncate text-sm font-medium">{r.title}</div>
                <div className="truncate text-xs text-primary">{r.reviewNote}</div>
              </div>
              <span className="chevron" aria-hidden="true" />
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
