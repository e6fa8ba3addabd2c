"use client";

import { useRef, useState, type ComponentType } from "react";
import { useTranslations } from "next-intl";
import { USER_MENU_TRIGGER, UserMenuFace, type UserMenuProps } from "./user-menu-face";

type ReachedBy = "pointer" | "focus" | "open";
type Dropdown = ComponentType<UserMenuProps & { reachedBy: ReachedBy }>;
const STRENGTH: Record<ReachedBy, number> = { pointer: 0, focus: 1, open: 2 };
/** The keys that open a menu button (as Radix's trigger has them). */
const OPENING_KEYS = new Set(["Enter", " ", "ArrowDown"]);

/**
 * The user menu's button, server-rendered on every page; the menu itself (Radix's dropdown and dialog,
 * ~50 KB of compressed JavaScript every page would otherwise load before it can be used) is fetched
 * when the user reaches for it: a pointer over the button or the keyboard's focus on it load it, a tap,
 * click or key opens it as soon as it has arrived (the button shows a spinner meanwhile).
 */
export function UserMenu(props: UserMenuProps) {
  const t = useTranslations("nav");
  const [menu, setMenu] = useState<{ Dropdown: Dropdown; reachedBy: ReachedBy } | null>(null);
  const [opening, setOpening] = useState(false);
  const wanted = useRef<ReachedBy>("pointer");
  const loading = useRef<Promise<void> | null>(null);
  const loaded = useRef<Dropdown | null>(null);

  function reach(how: ReachedBy) {
    if (STRENGTH[how] > STRENGTH[wanted.current]) wanted.current = how;
    if (how === "open") setOpening(true);
    // Arrived but not yet drawn: a key pressed in between still reaches the dropdown, which would otherwise
    // mount closed with the reach it arrived under (the focus) while this button swallowed the key.
    if (loaded.current) setMenu({ Dropdown: loaded.current, reachedBy: wanted.current });
    loading.current ??= import("./user-menu-dropdown").then((m) => {
      loaded.current = m.default;
      setMenu({ Dropdown: m.default, reachedBy: wanted.current });
    });
  }

  if (menu) return <menu.Dropdown {...props} reachedBy={menu.reachedBy} />;
  return (
    <button
      type="button"
      className={USER_MENU_TRIGGER}
      aria-label={t("userMenu")}
      aria-haspopup="menu"
      aria-expanded={false}
      aria-busy={opening || undefined}
      onPointerEnter={() => reach("pointer")}
      onFocus={() => reach("focus")}
      onClick={() => reach("open")}
      onKeyDown={(event) => {
        if (!OPENING_KEYS.has(event.key)) return;
        event.preventDefault();
        reach("open");
      }}
    >
      <UserMenuFace displayName={props.displayName} roleLabel={props.roleLabel} busy={opening} />
    </button>
  );
}
