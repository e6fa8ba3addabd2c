import type { IconComponent } from "@/components/icons";
import { cn } from "@/lib/utils";

/** A headline figure with its unit (人, 个, %) and an optional breakdown line. */
export function StatCard({
  label,
  value,
  unit,
  hint,
  icon: Icon,
  compare,
  className,
}: {
  label: string;
  value: string;
  unit?: string;
  hint?: React.ReactNode;
  icon?: IconComponent;
  /** A comparison line under the figure (the dashboard's 同比). */
  compare?: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={cn("rounded-xl border bg-card p-4 shadow-xs sm:p-5", className)} data-slot="stat-card">
      <div className="flex items-center justify-between gap-2">
        <span className="text-sm text-muted-foreground">{label}</span>
        {Icon ? (
          <span className="grid size-8 place-items-center rounded-lg bg-accent text-primary">
            <Icon className="size-4" />
          </span>
        ) : null}
      </div>
      <div className="mt-2 flex items-baseline gap-1">
        <span className="text-2xl font-semibold tracking-tight sm:text-3xl">{value}</span>
        {unit ? <span className="text-sm text-muted-foreground">{unit}</span> : null}
      </div>
      {hint ? <div className="mt-1.5 text-xs text-muted-foreground">{hint}</div> : null}
      {compare ? <div className="mt-2 border-t pt-2 text-xs">{compare}</div> : null}
    </div>
  );
}
