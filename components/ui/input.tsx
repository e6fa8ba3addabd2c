import * as React from "react";
import { cn } from "@/lib/utils";

/**
 * `size="lg"` is 44 px tall (a thumb's target, on forms used on phones); `fullWidth={false}` leaves the
 * width to the caller's className. (The native `size` attribute, a width in characters, is not used here.)
 */
function Input({
  className,
  type,
  size = "default",
  fullWidth = true,
  ...props
}: Omit<React.ComponentProps<"input">, "size"> & { size?: "default" | "lg"; fullWidth?: boolean }) {
  return (
    <input
      type={type}
      data-slot="input"
      className={cn(
        size === "lg" ? "h-11" : "h-10",
        fullWidth && "w-full",
        "flex min-w-0 rounded-md border border-input bg-card px-3 py-1 text-base shadow-xs outline-none transition-[color,box-shadow] placeholder:text-muted-foreground disabled:cursor-not-allowed disabled:opacity-50 md:text-sm",
        "focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/30",
        "aria-invalid:border-destructive aria-invalid:ring-destructive/20",
        className,
      )}
      {...props}
    />
  );
}

export { Input };
