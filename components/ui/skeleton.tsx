import { cn } from "@/lib/utils";

/** A grey placeholder block that pulses while a page's data loads. */
function Skeleton({ className, ...props }: React.ComponentProps<"div">) {
  return <div data-slot="skeleton" className={cn("animate-pulse rounded-md bg-secondary", className)} {...props} />;
}

export { Skeleton };
