import "server-only";
import { cache } from "react";
import { redirect } from "next/navigation";
import { auth } from "@/auth";
import { getDb } from "@/db/client";
import { ensureYearsToday } from "@/lib/periods/cycle";
import { loadActiveUser, type CurrentUser } from "./load-user";
import { isUuid } from "@/lib/forms/ids";

export type { CurrentUser } from "./load-user";


/** The current request's user, re-read from the database once per request. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = session?.user?.id;
  if (!id || !isUuid(id)) return null;
  const db = await getDb();
  // The first request of each China day opens the years due (a string comparison on every other one).
  await ensureYearsToday(db);
  return loadActiveUser(db, id, session.sessionVersion ?? 0);
});

/** For pages and actions: the current user, or off to the login page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}
