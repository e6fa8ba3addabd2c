"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";

type LinkProps = React.ComponentProps<typeof NextLink>;

/**
 * The app's link: it prefetches its page when a pointer, finger or focus reaches it, not when it scrolls
 * into view. Next's viewport prefetch sent two requests per visible link right after hydration and handled
 * their answers on the main thread while the page was still hydrating: with the navigation's ten links that
 * was most of a phone's blocked main thread on the homes (Lighthouse TBT), and the homes' tiles and lists
 * added as many again. A tap is answered at once either way (components/shell/pending-navigation.tsx).
 * `prefetch={false}` (a download) prefetches nothing.
 */
export function Link({ href, prefetch, onPointerEnter, onTouchStart, onFocus, ...props }: LinkProps) {
  const router = useRouter();
  const target = typeof href === "string" ? href : null;
  const onIntent = () => {
    if (target !== null && prefetch !== false) router.prefetch(target);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        onIntent();
        onPointerEnter?.(event);
      }}
      onTouchStart={(event) => {
        onIntent();
        onTouchStart?.(event);
      }}
      onFocus={(event) => {
        onIntent();
        onFocus?.(event);
      }}
      {...props}
    />
  );
}
