"use client";

import { useEffect, useRef, useState } from "react";
import { Link } from "@/components/ui/link";
import { useTranslations } from "next-intl";
import { LogOut, UserRound } from "@/components/icons";
import { logout } from "@/lib/auth/actions";
import { forgetPages, forgetRecordsExcept } from "@/lib/offline/forget";
import { pendingCount } from "@/lib/offline/outbox";
import { draftsOf, offlineDb, outboxOf } from "@/lib/offline/store";
import { useOffline } from "@/components/offline/offline-provider";
import { useConfirmDialog } from "@/components/confirm-submit";
import { USER_MENU_TRIGGER, UserMenuFace, type UserMenuProps } from "./user-menu-face";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

/**
 * The user menu itself (Radix's dropdown, and a confirmation dialog for unsent records): loaded by
 * UserMenu (./user-menu.tsx) only once the user reaches for the menu, so no page pays for it up front.
 */
export default function UserMenuDropdown({
  displayName,
  roleLabel,
  orgName,
  reachedBy,
}: UserMenuProps & {
  /** How the user reached for the menu: a tap, click or key opens it at once; a focus stays on its trigger. */
  reachedBy: "pointer" | "focus" | "open";
}) {
  const t = useTranslations("nav");
  const tOffline = useTranslations("offline");
  const { userId } = useOffline();
  const confirmSignOut = useConfirmDialog();
  const [leaving, setLeaving] = useState(false);
  const trigger = useRef<HTMLButtonElement>(null);
  // The placeholder this replaces had the keyboard's focus: keep it on the menu's trigger.
  useEffect(() => {
    if (reachedBy === "focus") trigger.current?.focus();
  }, [reachedBy]);

  /** Signing out leaves nothing of this user on the phone: kept pages, drafts and the outbox (after asking, if records are unsent). */
  async function signOut() {
    const db = await offlineDb().catch(() => null);
    const unsent = db ? pendingCount(await outboxOf(db, userId)) + (await draftsOf(db, userId)).length : 0;
    const leave = async () => {
      // The menu has closed: its trigger shows that signing out is under way.
      setLeaving(true);
      if (db) await forgetRecordsExcept(db, null);
      await forgetPages().catch(() => undefined);
      await logout();
    };
    if (unsent > 0) {
      confirmSignOut.ask({ title: t("logout"), description: tOffline("signOutUnsent", { count: unsent }), confirmLabel: t("logout"), destructive: true }, () => void leave());
      return;
    }
    await leave();
  }

  return (
    <>
    <DropdownMenu defaultOpen={reachedBy === "open"}>
      <DropdownMenuTrigger ref={trigger} className={USER_MENU_TRIGGER} aria-label={t("userMenu")} aria-busy={leaving || undefined}>
        <UserMenuFace displayName={displayName} roleLabel={roleLabel} busy={leaving} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end" className="w-56">
        <DropdownMenuLabel>
          <span className="block font-medium">{displayName}</span>
          <span className="block text-xs font-normal text-muted-foreground">
            {roleLabel} · {orgName}
          </span>
        </DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/account">
            <UserRound />
            {t("account.short")}
          </Link>
        </DropdownMenuItem>
        <DropdownMenuItem asChild>
          <form action={signOut} className="w-full">
            <button type="submit" className="flex w-full items-center gap-2">
              <LogOut />
              {t("logout")}
            </button>
          </form>
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
    {confirmSignOut.dialog}
    </>
  );
}
