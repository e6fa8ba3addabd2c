import * as React from "react";
import { cn } from "@/lib/utils";

export type BadgeVariant = "default" | "secondary" | "accent" | "success" | "warning" | "outline";

/**
 * A badge's look lives in app/globals.css (`.badge`, `.badge-<variant>`): lists show two per row,
 * each sent twice (HTML and RSC payload), and the twelve utilities spelled out were ~200 bytes a badge.
 */
function Badge({ className, variant, ...props }: React.ComponentProps<"span"> & { variant?: BadgeVariant | null }) {
  return <span className={cn("badge", `badge-${variant ?? "default"}`, className)} {...props} />;
}

export { Badge };
