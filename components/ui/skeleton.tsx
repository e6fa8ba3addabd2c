import { cn } from "@/lib/utils";

/** A grey placeholder block that pulses while a page's data loads; `shape="card"` has a card's rounder corners. */
function Skeleton({ className, shape = "field", ...props }: React.ComponentProps<"div"> & { shape?: "field" | "card" }) {
  return <div data-slot="skeleton" className={cn("animate-pulse bg-secondary", shape === "card" ? "rounded-xl" : "rounded-md", className)} {...props} />;
}

export { Skeleton };
