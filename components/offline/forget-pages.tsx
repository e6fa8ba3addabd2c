"use client";

import { useEffect } from "react";
import { forgetPages } from "@/lib/offline/forget";

/**
 * On the sign-in page nobody is signed in: the pages the service worker kept for the last user go
 * (a session that ran out, or a phone handed to someone else). Their unsent records stay until
 * someone else's pages open (OfflineProvider keeps only its user's).
 */
export function ForgetPages() {
  useEffect(() => {
    void forgetPages().catch(() => undefined);
  }, []);
  return null;
}
