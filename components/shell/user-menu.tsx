"use client";

import { useState } from "react";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { ChevronDown, Loader2, LogOut, UserRound } from "@/components/icons";
import { logout } from "@/lib/auth/actions";
import { forgetPages, forgetRecordsExcept } from "@/lib/offline/forget";
import { pendingCount } from "@/lib/offline/outbox";
import { draftsOf, offlineDb, outboxOf } from "@/lib/offline/store";
import { useOffline } from "@/components/offline/offline-provider";
import { useConfirmDialog } from "@/components/confirm-submit";
import {
  DropdownMenu,
  DropdownMenuContent,
  DropdownMenuItem,
  DropdownMenuLabel,
  DropdownMenuSeparator,
  DropdownMenuTrigger,
} from "@/components/ui/dropdown-menu";

export function UserMenu({ displayName, roleLabel, orgName }: { displayName: string; roleLabel: string; orgName: string }) {
  const t = useTranslations("nav");
  const tOffline = useTranslations("offline");
  const { userId } = useOffline();
  const confirmSignOut = useConfirmDialog();
  const [leaving, setLeaving] = useState(false);

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
    <DropdownMenu>
      <DropdownMenuTrigger
        className="flex min-h-10 items-center gap-2 rounded-md px-2 text-sm outline-none hover:bg-secondary focus-visible:ring-[3px] focus-visible:ring-ring/40"
        aria-label={t("userMenu")}
        aria-busy={leaving || undefined}
      >
        <span data-user-content className="grid size-8 place-items-center rounded-full bg-accent text-sm font-medium text-accent-foreground">
          {displayName.slice(0, 1)}
        </span>
        <span className="hidden text-left leading-tight sm:block">
          <span data-user-content className="block font-medium">
            {displayName}
          </span>
          <span className="block text-xs text-muted-foreground">{roleLabel}</span>
        </span>
        {leaving ? <Loader2 className="size-4 animate-spin text-muted-foreground" /> : <ChevronDown className="size-4 text-muted-foreground" />}
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
