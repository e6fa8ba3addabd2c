import "server-only";
import { headers } from "next/headers";
import { userAgent } from "next/server";

export type ListLayout = "table" | "cards";

/**
 * Phones get lists as cards, everything else as a dense table. Rendering only one of the two (not
 * both, switched by CSS) halves what a list page renders and sends (docs/scaling.md). A phone
 * asking for the desktop site gets the table, which scrolls sideways.
 */
export function listLayoutFor(requestHeaders: Headers): ListLayout {
  const mobileHint = requestHeaders.get("sec-ch-ua-mobile");
  if (mobileHint) return mobileHint === "?1" ? "cards" : "table";
  return userAgent({ headers: requestHeaders }).device.type === "mobile" ? "cards" : "table";
}

/** The current request's list layout. */
export async function listLayout(): Promise<ListLayout> {
  return listLayoutFor(await headers());
}
