import * as React from "react";
import { Slot } from "radix-ui";
import { cn } from "@/lib/utils";

type ButtonVariant = "default" | "destructive" | "outline" | "secondary" | "ghost" | "link";
type ButtonSize = "default" | "sm" | "lg" | "icon";

/**
 * A button's look lives in app/globals.css (`.btn`, `.btn-<variant>`, `.btn-<size>`): the utilities spelled
 * out were ~450 bytes a button, sent twice (HTML and RSC payload), on every page. A `className` still
 * wins over them (utilities come after components).
 */
function buttonVariants({ variant, size, className }: { variant?: ButtonVariant | null; size?: ButtonSize | null; className?: string } = {}) {
  return cn("btn", `btn-${variant ?? "default"}`, `btn-size-${size ?? "default"}`, className);
}

function Button({
  className,
  variant,
  size,
  asChild = false,
  ...props
}: React.ComponentProps<"button"> & { variant?: ButtonVariant | null; size?: ButtonSize | null; asChild?: boolean }) {
  const Comp = asChild ? Slot.Root : "button";
  return <Comp className={buttonVariants({ variant, size, className })} {...props} />;
}

export { Button, buttonVariants };
