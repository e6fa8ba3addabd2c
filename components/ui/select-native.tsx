import * as React from "react";
import { cn } from "@/lib/utils";

/** A styled native <select>: works in GET filter forms without JavaScript and is phone-friendly. */
function NativeSelect({ className, ...props }: React.ComponentProps<"select">) {
  return (
    <select
      data-slot="native-select"
      className={cn(
        "h-10 w-full rounded-md border border-input bg-card px-3 text-sm shadow-xs outline-none focus-visible:border-ring focus-visible:ring-[3px] focus-visible:ring-ring/30 aria-invalid:border-destructive aria-invalid:ring-destructive/20 md:h-9",
        className,
      )}
      {...props}
    />
  );
}

export { NativeSelect };
