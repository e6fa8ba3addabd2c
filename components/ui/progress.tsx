import * as React from "react";
import { cn } from "@/lib/utils";

/**
 * A progress bar with the markup and ARIA of Radix's, drawn without client JavaScript: the office
 * home's year bar is a server component, and Radix's would add ~14 KB of script to the page for a
 * bar that never changes. Client components (the import panel) use it just the same.
 */
function Progress({ className, value, max = 100, ...props }: Omit<React.ComponentProps<"div">, "children"> & { value?: number | null; max?: number }) {
  const known = value !== null && value !== undefined;
  const share = known ? Math.min(100, Math.max(0, (value / max) * 100)) : 0;
  const state = !known ? "indeterminate" : value >= max ? "complete" : "loading";
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={max}
      aria-valuenow={known ? value : undefined}
      aria-valuetext={known ? `${Math.round(share)}%` : undefined}
      data-state={state}
      data-value={known ? value : undefined}
      data-max={max}
      data-slot="progress"
      className={cn("relative h-2 w-full overflow-hidden rounded-full bg-secondary", className)}
      {...props}
    >
      <div data-slot="progress-indicator" data-state={state} className="h-full w-full flex-1 bg-primary transition-all" style={{ transform: `translateX(-${100 - share}%)` }} />
    </div>
  );
}

export { Progress };
