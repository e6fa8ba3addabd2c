import * as React from "react";
import { cn } from "@/lib/utils";

/**
 * A styled native <select>: works in GET filter forms without JavaScript and is phone-friendly.
 * `fullWidth={false}`: as wide as its longest option (or as the caller's className says).
 */
function NativeSelect({ className, fullWidth = true, ...props }: React.ComponentProps<"select"> & { fullWidth?: boolean }) {
  return (
    <select
      data-slot="native-select"
      className={cn(
        fullWidth && "w-full",
        "h-10 rounded-md border border-input bg-card px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/30 aria-invalid:border-destructive aria-invalid:ring-destructive/20 md:h-9",
        className,
      )}
      {...props}
    />
  );
}

export { NativeSelect };
