import { ChevronDown, Loader2 } from "@/components/icons";

export type UserMenuProps = { displayName: string; roleLabel: string; orgName: string };

/** The user menu's trigger: the same button before and after the menu itself has loaded. */
export const USER_MENU_TRIGGER =
  "flex min-h-10 items-center gap-2 rounded-md px-2 text-sm outline-none hover:bg-secondary focus-visible:ring-[3px] focus-visible:ring-ring/40";

/** What the trigger shows: the user's initial, name and role, and a spinner while something is under way. */
export function UserMenuFace({ displayName, roleLabel, busy }: { displayName: string; roleLabel: string; busy: boolean }) {
  return (
    <>
      <span data-user-content className="grid size-8 place-items-center rounded-full bg-accent text-sm font-medium text-accent-foreground">
        {displayName.slice(0, 1)}
      </span>
      <span className="hidden text-left leading-tight sm:block">
        <span data-user-content className="block font-medium">
          {displayName}
        </span>
        <span className="block text-xs text-muted-foreground">{roleLabel}</span>
      </span>
      {busy ? <Loader2 className="size-4 animate-spin text-muted-foreground" /> : <ChevronDown className="size-4 text-muted-foreground" />}
    </>
  );
}
