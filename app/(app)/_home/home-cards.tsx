import { getNow, getTranslations } from "next-intl/server";
import { BellRing, GraduationCap } from "@/components/icons";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { percent } from "@/lib/format";
import type { LateOrg } from "@/lib/nudges/queries";
import { LateOrgs } from "./late-orgs";

type Profile = { total: number; female: number; collegeOrAbove: number; certified: number; technicians: number };

/** The workforce-profile card of the office's and a union's home. */
export async function ProfileCard({ profile }: { profile: Profile }) {
  const t = await getTranslations("home.profile");
  return (
    <Card>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <GraduationCap className="size-4 text-primary" />
          {t("title")}
        </CardTitle>
        <CardDescription>{t("description")}</CardDescription>
      </CardHeader>
      <CardContent>
        <ProfileBars profile={profile} />
      </CardContent>
    </Card>
  );
}

/**
 * How many late orgs a card lists: the longest silent first (listLateOrgs' order). A county can have
 * hundreds; the card says how many more there are rather than growing with the county.
 */
export const LATE_SHOWN = 20;

/**
 * Teams or units with nothing submitted this month. By default it lists them with 催办 buttons and
 * counts them in the description; a page may word the description and list them its own way.
 */
export async function LateCard({
  level,
  orgs,
  description,
  className,
  children,
}: {
  level: "unit" | "team";
  orgs: LateOrg[];
  description?: string;
  className?: string;
  children?: React.ReactNode;
}) {
  const [t, now] = await Promise.all([getTranslations("home.late"), getNow()]);
  const hidden = Math.max(0, orgs.length - LATE_SHOWN);
  return (
    <Card className={className}>
      <CardHeader>
        <CardTitle className="flex items-center gap-2">
          <BellRing className="size-4 text-primary" />
          {t(level === "unit" ? "unitsTitle" : "teamsTitle")}
        </CardTitle>
        <CardDescription>{description ?? t(level === "unit" ? "unitsDescription" : "teamsDescription", { count: orgs.length })}</CardDescription>
      </CardHeader>
      <CardContent>
        {children ?? <LateOrgs orgs={orgs.slice(0, LATE_SHOWN)} now={now.getTime()} />}
        {hidden ? <p className="mt-2 text-xs text-muted-foreground">{t("moreNotShown", { count: hidden })}</p> : null}
      </CardContent>
    </Card>
  );
}

/** The roster's make-up as labelled bars (share of workers, with head counts). */
async function ProfileBars({ profile }: { profile: Profile }) {
  const t = await getTranslations("home.profile");
  const rows = [
    { key: "collegeOrAbove", value: profile.collegeOrAbove },
    { key: "certified", value: profile.certified },
    { key: "technicians", value: profile.technicians },
    { key: "female", value: profile.female },
  ] as const;
  return (
    <dl className="grid gap-3">
      {rows.map((r) => {
        const pct = percent(r.value, profile.total);
        return (
          // A <dl> groups may hold only dt and dd: the bar is a second dd, hidden from screen readers.
          <div key={r.key} className="grid grid-cols-[1fr_auto] items-baseline gap-x-2 text-sm">
            <dt className="text-muted-foreground">{t(r.key)}</dt>
            <dd>
              <span className="font-medium">{pct}%</span>
              <span className="ml-1.5 text-xs text-muted-foreground">{t("count", { count: r.value })}</span>
            </dd>
            <dd className="col-span-2 mt-1.5 h-1.5 overflow-hidden rounded-full bg-secondary" aria-hidden="true">
              <div className="h-full rounded-full bg-primary/80" style={{ width: `${pct}%` }} />
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
