import { cn } from "@/lib/utils";

/** The product mark: an open book rising into a star, in the union's red. */
export function BrandMark({ className }: { className?: string }) {
  return (
    <svg viewBox="0 0 40 40" className={cn("shrink-0", className)} aria-hidden="true">
      <rect width="40" height="40" rx="10" fill="oklch(0.53 0.2 26)" />
      <path d="M8 27.5c4-1.6 8-1.6 12 0c4-1.6 8-1.6 12 0V15c-4-1.6-8-1.6-12 0c-4-1.6-8-1.6-12 0z" fill="#fff" opacity=".95" />
      <path d="M20 15v12.5" stroke="oklch(0.53 0.2 26)" strokeWidth="1.4" />
      <path d="m20 5.5 1.5 3 3.3.5-2.4 2.3.6 3.3-3-1.6-3 1.6.6-3.3-2.4-2.3 3.3-.5z" fill="oklch(0.86 0.14 85)" />
    </svg>
  );
}
