"use client";

import NextLink from "next/link";
import { useRouter } from "next/navigation";

type LinkProps = Omit<React.ComponentProps<typeof NextLink>, "href" | "prefetch"> & {
  href: string;
  /** `false` (a download, a PDF): never fetched ahead. */
  prefetch?: false;
};

/**
 * The app's link: it prefetches its page when a pointer (a finger's touch included) or focus reaches it,
 * not when it scrolls into view. Next's viewport prefetch sent two requests per visible link right after
 * hydration and handled their answers on the main thread while the page was still hydrating: with the
 * navigation's ten links that was most of a phone's blocked main thread on the homes (Lighthouse TBT), and
 * the homes' tiles and lists added as many again. A tap is answered at once either way
 * (components/shell/pending-navigation.tsx).
 */
export function Link({ href, prefetch, onPointerEnter, onFocus, ...props }: LinkProps) {
  const router = useRouter();
  const onIntent = () => {
    if (prefetch !== false) router.prefetch(href);
  };
  return (
    <NextLink
      href={href}
      prefetch={false}
      onPointerEnter={(event) => {
        onIntent();
        onPointerEnter?.(event);
      }}
      onFocus={(event) => {
        onIntent();
        onFocus?.(event);
      }}
      {...props}
    />
  );
}
