"use client";

/** The sprite every icon draws from: made from lucide's drawings by `npm run icons` (lib/icons/sprite.ts). */
const SPRITE_URL = "/icons/lucide.svg";

type IconProps = React.ComponentProps<"svg">;

/** An icon: what lucide-react's components were here, drawn from the sprite. */
export type IconComponent = ((props: IconProps) => React.ReactElement) & { iconName: string; displayName: string };

/**
 * Icons are a `<use>` of one same-origin sprite (public/icons/lucide.svg) instead of lucide-react's
 * inline drawings: a lucide icon is ~400 bytes of paths and attributes in the HTML, and its paths
 * again in the RSC payload when a server component draws it (they are props of lucide's client
 * `Icon`); the shell alone draws 17 on every page (docs/scaling.md).
 * The `<svg>` stays, so the rules that size icons in buttons, menus and alerts (`[&_svg]`) still hold;
 * the sprite is a public file, so the service worker precaches it for offline pages. Like lucide's,
 * an icon is hidden from assistive technology unless it is given a label. A client module: a server
 * component's icon is then a reference of ~40 bytes in the RSC payload, not its <svg> a second time.
 */
function icon(name: string): IconComponent {
  function SpriteIcon(props: IconProps) {
    // An ARIA role (e.g. role="img") also makes the icon something to announce.
    const labelled = ["aria-label", "aria-labelledby", "role"].some((attribute) => props[attribute as keyof IconProps] !== undefined);
    return (
      <svg width={24} height={24} aria-hidden={labelled ? undefined : true} {...props}>
        <use href={`${SPRITE_URL}#${name}`} />
      </svg>
    );
  }
  return Object.assign(SpriteIcon, { iconName: name, displayName: name });
}

// lucide-react's names; an old alias draws the icon it stands for (CheckCircle2 is CircleCheck).
export const AlertCircle = icon("CircleAlert");
export const AlertTriangle = icon("TriangleAlert");
export const Archive = icon("Archive");
export const ArrowDown = icon("ArrowDown");
export const ArrowDownRight = icon("ArrowDownRight");
export const ArrowRight = icon("ArrowRight");
export const ArrowUp = icon("ArrowUp");
export const ArrowUpRight = icon("ArrowUpRight");
export const Award = icon("Award");
export const BadgeCheck = icon("BadgeCheck");
export const BellRing = icon("BellRing");
export const BookMarked = icon("BookMarked");
export const BookOpen = icon("BookOpen");
export const BookOpenCheck = icon("BookOpenCheck");
export const BookOpenText = icon("BookOpenText");
export const Building2 = icon("Building2");
export const CalendarCheck = icon("CalendarCheck");
export const CalendarClock = icon("CalendarClock");
export const CalendarDays = icon("CalendarDays");
export const CalendarPlus = icon("CalendarPlus");
export const CalendarRange = icon("CalendarRange");
export const Camera = icon("Camera");
export const ChartColumn = icon("ChartColumn");
export const Check = icon("Check");
export const CheckCheck = icon("CheckCheck");
export const CheckCircle2 = icon("CircleCheck");
export const ChevronDown = icon("ChevronDown");
export const ChevronLeft = icon("ChevronLeft");
export const ChevronRight = icon("ChevronRight");
export const ChevronsUpDown = icon("ChevronsUpDown");
export const CircleAlert = icon("CircleAlert");
export const CircleCheck = icon("CircleCheck");
export const CircleX = icon("CircleX");
export const ClipboardCheck = icon("ClipboardCheck");
export const ClipboardList = icon("ClipboardList");
export const Clock = icon("Clock");
export const CloudOff = icon("CloudOff");
export const Copy = icon("Copy");
export const CopyPlus = icon("CopyPlus");
export const Download = icon("Download");
export const Drama = icon("Drama");
export const Dumbbell = icon("Dumbbell");
export const ExternalLink = icon("ExternalLink");
export const FileClock = icon("FileClock");
export const FileSpreadsheet = icon("FileSpreadsheet");
export const FileText = icon("FileText");
export const FileUp = icon("FileUp");
export const GraduationCap = icon("GraduationCap");
export const History = icon("History");
export const House = icon("House");
export const ImagePlus = icon("ImagePlus");
export const Inbox = icon("Inbox");
export const Info = icon("Info");
export const KeyRound = icon("KeyRound");
export const Languages = icon("Languages");
export const Lightbulb = icon("Lightbulb");
export const ListChecks = icon("ListChecks");
export const Loader2 = icon("LoaderCircle");
export const Lock = icon("Lock");
export const LockOpen = icon("LockOpen");
export const LogOut = icon("LogOut");
export const Medal = icon("Medal");
export const Megaphone = icon("Megaphone");
export const Music = icon("Music");
export const Paperclip = icon("Paperclip");
export const Pencil = icon("Pencil");
export const PlayCircle = icon("CirclePlay");
export const Plus = icon("Plus");
export const Power = icon("Power");
export const PowerOff = icon("PowerOff");
export const Printer = icon("Printer");
export const RotateCcw = icon("RotateCcw");
export const Save = icon("Save");
export const ScrollText = icon("ScrollText");
export const Search = icon("Search");
export const SearchX = icon("SearchX");
export const Send = icon("Send");
export const ShieldAlert = icon("ShieldAlert");
export const Sparkles = icon("Sparkles");
export const SquareCheck = icon("SquareCheck");
export const Trash2 = icon("Trash2");
export const TriangleAlert = icon("TriangleAlert");
export const Trophy = icon("Trophy");
export const Undo = icon("Undo");
export const Undo2 = icon("Undo2");
export const Upload = icon("Upload");
export const UserCheck = icon("UserCheck");
export const UserPlus = icon("UserPlus");
export const UserRound = icon("UserRound");
export const UserRoundCheck = icon("UserRoundCheck");
export const UserRoundX = icon("UserRoundX");
export const Users = icon("Users");
export const UsersRound = icon("UsersRound");
export const Wrench = icon("Wrench");
export const X = icon("X");
export const XIcon = icon("X");
